// buildServer / startServer: the fastify app over a GraphStore, with its security defaults and routes.
import { readFileSync } from 'node:fs';
import fastifyMultipart from '@fastify/multipart';
import { createExtractPool } from '@shabaka/ingest';
import type { ExtractPool } from '@shabaka/ingest';
import { ShabakaError } from '@shabaka/schema';
import type { GraphStore } from '@shabaka/schema';
import Fastify from 'fastify';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { CommunityCache } from './analytics/communities.js';
import { toErrorResponse } from './http/errors.js';
import { buildOpenApi } from './http/openapi.js';
import { registerMethodCheck } from './http/methods.js';
import { isLoopback, registerSecurity } from './http/security.js';
import { DEFAULT_VIEWER_DIR, registerViewer } from './http/viewer.js';
import type { ExtractFn } from './ingest/extract-fn.js';
import { registerCommunitiesRoute } from './routes/communities-route.js';
import { registerCurationRoute } from './routes/curation-route.js';
import { registerCypherRoute } from './routes/cypher-route.js';
import { registerExportRoute } from './routes/export-route.js';
import { registerGraphRoutes } from './routes/graph-routes.js';
import { registerIngestRoute } from './routes/ingest-route.js';

/** Options of buildServer/startServer other than the store and the injected extractor. */
export const ServerSettings = z.object({
  host: z.string().min(1).default('127.0.0.1'),
  port: z.number().int().min(0).max(65_535).default(5178),
  token: z.string().min(1).optional(),
  viewerDir: z.string().min(1).optional(),
  logger: z.boolean().default(false),
  /** Origins besides the server's own that browsers may call the API from (e.g. `http://127.0.0.1:5173`). */
  allowedOrigins: z.array(z.url()).default([]),
  /** Largest JSON or text body, in bytes. */
  bodyLimit: z
    .number()
    .int()
    .positive()
    .default(2 * 1024 * 1024),
  /** Largest total upload of one multipart request, in bytes. */
  uploadLimit: z
    .number()
    .int()
    .positive()
    .default(20 * 1024 * 1024),
  /** Extraction threads for `POST /api/ingest` (0 = the request thread; ignored when `extract` is injected). */
  extractWorkers: z.number().int().min(0).max(16).default(1),
});
export type ServerSettings = z.input<typeof ServerSettings>;

export interface ServerOptions extends ServerSettings {
  store: GraphStore;
  /** Replaces `extract` from @shabaka/ingest (tests, custom pipelines). */
  extract?: ExtractFn;
}

const VERSION = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string })
  .version;

function parseSettings(options: ServerOptions): z.output<typeof ServerSettings> {
  const { store: _store, extract: _extract, ...settings } = options;
  const parsed = ServerSettings.safeParse(settings);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ShabakaError('INVALID_INPUT', `server: invalid option ${issue?.path.join('.')}: ${issue?.message}`, {
      hint: 'see ServerSettings in apps/server/src/server.ts',
    });
  }
  return parsed.data;
}

/**
 * The fastify app, not listening yet (tests use `app.inject` or `listen`). The caller owns and closes the store.
 * @example const app = await buildServer({ store }); const res = await app.inject('/api/health')
 */
export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const settings = parseSettings(options);
  const { store } = options;
  const app = Fastify({
    bodyLimit: settings.bodyLimit,
    // Entity ids may be 300 characters (EntityParams); the router's default of 100 would answer a longer
    // valid id with a route-level 404 instead of the entity lookup's.
    routerOptions: { maxParamLength: 400 },
    // Not behind a proxy by default: bound the time a client may take to send its request (slowloris).
    requestTimeout: 60_000,
    logger: settings.logger ? { level: 'info', redact: ['req.headers.authorization'] } : false,
  });
  app.setErrorHandler(async (error, request, reply) => {
    const { status, body } = toErrorResponse(error);
    if (status >= 500) request.log.error({ err: error }, body.error);
    return reply.code(status).send(body);
  });
  registerMethodCheck(app);
  registerSecurity(app, {
    token: settings.token,
    host: settings.host,
    // Browsers send bare origins (`http://host:port`), so `http://host:port/` must match too.
    allowedOrigins: settings.allowedOrigins.map((origin) => new URL(origin).origin),
  });
  await app.register(fastifyMultipart, {
    limits: { fileSize: settings.uploadLimit, files: 50, fields: 20, fieldSize: settings.bodyLimit },
  });

  const communities = new CommunityCache(store);
  registerGraphRoutes(app, store, VERSION);
  registerCommunitiesRoute(app, communities);
  registerCypherRoute(app, store);
  // Extraction is pure CPU: on worker threads it never stalls other requests; started on the first ingest.
  let pool: ExtractPool | undefined;
  const extractor = (): ExtractPool =>
    (pool ??= createExtractPool(
      options.extract ? 0 : settings.extractWorkers,
      options.extract ? { extract: options.extract } : {},
    ));
  app.addHook('onClose', async () => {
    await pool?.close();
  });
  registerIngestRoute(app, {
    store,
    extractor,
    uploadLimit: settings.uploadLimit,
    onIngested: () => communities.invalidate(),
  });
  registerExportRoute(app, store);
  registerCurationRoute(app, { store, onChanged: () => communities.invalidate() });
  const openapi = buildOpenApi(VERSION);
  app.get('/openapi.json', async () => openapi);
  await registerViewer(app, settings.viewerDir ?? DEFAULT_VIEWER_DIR);
  return app;
}

/**
 * Builds the app and listens (127.0.0.1:5178 by default; port 0 picks a free port).
 * @example const { url, close } = await startServer({ store, port: 0 }); console.log(url); await close()
 */
export async function startServer(options: ServerOptions): Promise<{ url: string; close(): Promise<void> }> {
  const settings = parseSettings(options);
  const app = await buildServer(options);
  if (!isLoopback(settings.host) && !settings.token) {
    // Emitted on the process, not the (possibly silent) request logger: this must reach the operator.
    process.emitWarning(
      `server: listening on ${settings.host} without a token: anyone who can reach it can read and ingest`,
      {
        code: 'SHABAKA_OPEN_BIND',
      },
    );
  }
  await app.listen({ host: settings.host, port: settings.port });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : settings.port;
  const shownHost = settings.host.includes(':') ? `[${settings.host}]` : settings.host;
  return { url: `http://${shownHost}:${port}`, close: () => app.close() };
}
