// Serves the built viewer (apps/viewer/dist) with SPA fallback, and a helpful page when it is not built.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { HttpError } from './errors.js';

/** The viewer's build folder, found from this file (src/http/ and dist/http/ are both three levels under apps/). */
export const DEFAULT_VIEWER_DIR = fileURLToPath(new URL('../../../viewer/dist', import.meta.url));

/**
 * A strict CSP for the viewer: no inline or remote scripts (article text can never run), blob: workers for
 * ForceAtlas2, inline styles for CodeMirror, API calls to ourselves only.
 */
export const VIEWER_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

function notBuiltPage(viewerDir: string): string {
  const escaped = viewerDir.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<!doctype html><html lang="en"><meta charset="utf-8"><title>Shabaka: viewer not built</title>
<body style="font-family:system-ui;max-width:40rem;margin:3rem auto">
<h1>The viewer is not built</h1>
<p>The API is running (try <a href="/api/health">/api/health</a> and <a href="/openapi.json">/openapi.json</a>),
but no viewer was found in <code>${escaped}</code>.</p>
<p>Build it with <code>pnpm build</code> (or <code>pnpm --filter @shabaka/viewer build</code>) and reload.</p>
</body></html>`;
}

/**
 * Registers static files and the not-found handler: /api/* → JSON 404; other GETs → index.html (client-side
 * routes) or, without a built viewer, an explanatory 404 page.
 * @example await registerViewer(app, DEFAULT_VIEWER_DIR)
 */
export async function registerViewer(app: FastifyInstance, viewerDir: string): Promise<void> {
  const hasViewer = existsSync(join(viewerDir, 'index.html'));
  if (hasViewer) {
    await app.register(fastifyStatic, {
      root: viewerDir,
      index: ['index.html'],
      setHeaders: (res) => res.setHeader('Content-Security-Policy', VIEWER_CSP),
    });
  }
  app.setNotFoundHandler(async (request, reply: FastifyReply) => {
    const path = request.url.split('?')[0] ?? '';
    if (path === '/api' || path.startsWith('/api/') || (request.method !== 'GET' && request.method !== 'HEAD')) {
      throw new HttpError(
        404,
        'ROUTE_NOT_FOUND',
        `server: no route ${request.method} ${path}`,
        'the routes are listed in /openapi.json',
      );
    }
    reply.header('Content-Security-Policy', VIEWER_CSP);
    if (hasViewer) {
      reply.header('Cache-Control', 'no-cache');
      return reply.sendFile('index.html');
    }
    return reply.code(404).type('text/html; charset=utf-8').send(notBuiltPage(viewerDir));
  });
}
