// `shabaka serve`: the HTTP API and viewer over a store, until Ctrl-C.
import { startServer } from '@shabaka/server';
import type { GraphStore } from '@shabaka/schema';
import type { CliIo } from '../cli-io.js';
import { parseFlags, ServeFlags } from '../flags.js';
import { openStore } from '../store-spec.js';
import { EXIT_OK } from './ingest-command.js';

/**
 * Serves an open store until the user stops, then closes the server (the caller closes the store).
 * @example await serveStore(store, ServeFlags.parse({ port: 0 }), processIo())
 */
export async function serveStore(store: GraphStore, flags: ServeFlags, io: CliIo): Promise<number> {
  const server = await startServer({
    store,
    host: flags.host,
    port: flags.port,
    ...(flags.token ? { token: flags.token } : {}),
    ...(flags.viewerDir ? { viewerDir: flags.viewerDir } : {}),
  });
  io.stdout.write(`Shabaka is serving ${store.kind} at ${server.url}\n`);
  // The fragment never reaches the server or its logs; the viewer keeps the token for that tab only.
  if (flags.token)
    io.stdout.write(`Open ${server.url}/#token=${encodeURIComponent(flags.token)} to sign the viewer in.\n`);
  io.stderr.write('Press Ctrl-C to stop.\n');
  await io.waitForStop();
  await server.close();
  return EXIT_OK;
}

/**
 * `serve [--store …] [--host 127.0.0.1] [--port 5178] [--token T]`.
 * @example await runServe({ port: 0 }, processIo())
 */
export async function runServe(raw: Record<string, unknown>, io: CliIo): Promise<number> {
  const flags = parseFlags(ServeFlags, raw, 'serve');
  const store = await openStore(flags.store, io.env);
  try {
    return await serveStore(store, flags, io);
  } finally {
    await store.close();
  }
}
