// Serving the built viewer over real HTTP: static files, SPA fallback, CSP, extra origins, /api staying JSON.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { GraphStore } from '@shabaka/schema';
import { createSqliteStore } from '@shabaka/store-sqlite';
import { SETUP_MS } from './graph.fixtures.js';
import { call } from './http-client.fixtures.js';
import { startServer } from './server.js';

describe('viewer files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'shabaka-viewer-'));
  const viewerDir = join(dir, 'dist');
  let store: GraphStore;
  let server: { url: string; close(): Promise<void> };

  beforeAll(async () => {
    mkdirSync(join(viewerDir, 'assets'), { recursive: true });
    writeFileSync(
      join(viewerDir, 'index.html'),
      '<!doctype html><div id="root"></div><script src="/assets/app.js"></script>',
    );
    writeFileSync(join(viewerDir, 'assets', 'app.js'), 'console.log("viewer")');
    store = await createSqliteStore({ path: join(dir, 'graph.db') });
    server = await startServer({
      store,
      port: 0,
      viewerDir,
      token: 'only-for-api',
      allowedOrigins: ['http://127.0.0.1:5173/'],
    });
  }, SETUP_MS);
  afterAll(async () => {
    await server?.close();
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves index.html at / without a token, with a strict CSP', async () => {
    const res = await call(server.url, '/');
    expect(res.status).toBe(200);
    expect(res.body).toContain('<div id="root">');
    expect(res.headers['content-security-policy']).toMatch(/script-src 'self'/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  it('serves assets with their type', async () => {
    const res = await call(server.url, '/assets/app.js');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/javascript/);
  });

  it('falls back to index.html for client-side routes', async () => {
    const res = await call(server.url, '/entity/per_123?view=graph');
    expect(res.status).toBe(200);
    expect(res.body).toContain('<div id="root">');
  });

  it('allows the configured dev-server origin as well as its own', async () => {
    const headers = { authorization: 'Bearer only-for-api' };
    const dev = await call(server.url, '/api/health', { headers: { ...headers, origin: 'http://127.0.0.1:5173' } });
    expect(dev.headers['access-control-allow-origin']).toBe('http://127.0.0.1:5173');
    const other = await call(server.url, '/api/health', { headers: { ...headers, origin: 'http://127.0.0.1:5174' } });
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('keeps unknown /api routes as JSON 404 (after the token check)', async () => {
    const res = await call(server.url, '/api/unknown', { headers: { authorization: 'Bearer only-for-api' } });
    expect(res.status).toBe(404);
    expect(res.json().code).toBe('ROUTE_NOT_FOUND');
  });
});
