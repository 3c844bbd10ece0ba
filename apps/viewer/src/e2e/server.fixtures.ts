// A real server for the end-to-end tests: a temp SQLite store (or the shared Neo4j) holding the sample page.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extract, ingest } from '@shabaka/ingest';
import type { GraphStore } from '@shabaka/schema';
import { startServer } from '@shabaka/server';
import { createSqliteStore } from '@shabaka/store-sqlite';
import { SAMPLE_PAGE, VIEWER_DIST, assertViewerBuilt } from './paths.fixtures.js';

export interface ViewerServer {
  url: string;
  store: GraphStore;
  close(): Promise<void>;
}

/**
 * Ingests the sample page into `store` (in this thread: jest runs TypeScript sources, not worker builds).
 * @example await ingestSample(store)
 */
export async function ingestSample(store: GraphStore): Promise<void> {
  const summary = await ingest([SAMPLE_PAGE], { store, workers: 0 });
  if (summary.issues.length > 0) {
    throw new Error(`viewer e2e: the sample did not ingest cleanly: ${JSON.stringify(summary.issues[0])}`);
  }
}

/**
 * Starts the HTTP server on 127.0.0.1 (random port) over `store`, serving the built viewer.
 * @example const server = await serveStore(store); await page.goto(server.url)
 */
export async function serveStore(
  store: GraphStore,
  cleanup: () => void = () => undefined,
  options: { token?: string } = {},
): Promise<ViewerServer> {
  assertViewerBuilt();
  const server = await startServer({ store, host: '127.0.0.1', port: 0, viewerDir: VIEWER_DIST, extract, ...options });
  return {
    url: server.url,
    store,
    async close() {
      await server.close();
      await store.close();
      cleanup();
    },
  };
}

/**
 * A fresh temp SQLite store with the sample ingested, served by a real server (with `token`: one that needs it).
 * @example const server = await startSqliteViewer(); …; await server.close()
 */
export async function startSqliteViewer(options: { token?: string } = {}): Promise<ViewerServer> {
  const dir = mkdtempSync(join(tmpdir(), 'shabaka-viewer-e2e-'));
  const store = await createSqliteStore({ path: join(dir, 'graph.db') });
  try {
    await ingestSample(store);
  } catch (error) {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return serveStore(store, () => rmSync(dir, { recursive: true, force: true }), options);
}
