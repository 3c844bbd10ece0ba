// HTTP protocol defects a fuzzer found, over real HTTP on 127.0.0.1 (SQLite store): 405 with Allow for methods a
// route lacks, 400 (not 500) for multipart without a boundary, the CLI's reader checks on pasted text and
// uploads (a binary is BINARY, nothing stored), and the 501 of /api/cypher in the OpenAPI document.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Document, GraphStore } from '@shabaka/schema';
import { createSqliteStore } from '@shabaka/store-sqlite';
import { SETUP_MS, newsFixture, runPrefix } from '../graph.fixtures.js';
import { call, multipart } from '../http-client.fixtures.js';
import { startServer } from '../server.js';

const dir = mkdtempSync(join(tmpdir(), 'shabaka-protocol-'));
const { result } = newsFixture(runPrefix());
let store: GraphStore;
let server: { url: string; close(): Promise<void> };
let extracted = 0;
let lastDocument: Document | undefined;

beforeAll(async () => {
  store = await createSqliteStore({ path: join(dir, 'graph.db') });
  const extract = (document: Document | string) => {
    extracted++;
    if (typeof document !== 'string') lastDocument = document;
    return result;
  };
  server = await startServer({ store, port: 0, viewerDir: '/nonexistent-viewer', extract });
}, SETUP_MS);
afterAll(async () => {
  await server?.close();
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A real executable's first bytes: what "Add article" read as text from /usr/bin/ls renamed x.txt. */
const BINARY = readFileSync(process.execPath).subarray(0, 64 * 1024);

describe('methods', () => {
  it.each([
    ['TRACE', '/api/stats', 'GET, HEAD, OPTIONS'],
    ['QUERY', '/api/entities/per_x', 'GET, HEAD, OPTIONS'],
    ['DELETE', '/api/ingest', 'OPTIONS, POST'],
    ['PUT', '/openapi.json', 'GET, HEAD, OPTIONS'],
    // A literal path beside a parameter route: not the undo of a decision whose id is "duplicates".
    ['DELETE', '/api/curation/duplicates', 'GET, HEAD, OPTIONS'],
  ])('%s %s → 405 with Allow: %s', async (method, path, allow) => {
    const res = await call(server.url, path, { method });
    expect(res.status).toBe(405);
    expect(res.headers.allow).toBe(allow);
    expect(res.json()).toMatchObject({ code: 'METHOD_NOT_ALLOWED' });
  });

  it('answers 405 to GET on a POST route while the built viewer serves every other GET', async () => {
    const viewerDir = join(dir, 'viewer');
    mkdirSync(viewerDir);
    writeFileSync(join(viewerDir, 'index.html'), '<!doctype html><title>viewer</title>');
    const withViewer = await startServer({ store, port: 0, viewerDir, extract: () => result });
    try {
      for (const path of ['/api/cypher', '/api/ingest']) {
        const res = await call(withViewer.url, path);
        expect({ path, status: res.status, allow: res.headers.allow }).toEqual({
          path,
          status: 405,
          allow: 'OPTIONS, POST',
        });
      }
      expect((await call(withViewer.url, '/graph/some-view')).status).toBe(200);
      expect((await call(withViewer.url, '/api/nope')).status).toBe(404);
    } finally {
      await withViewer.close();
    }
  });

  it('looks up an entity id of 300 characters (the schema limit) instead of refusing the route', async () => {
    const res = await call(server.url, `/api/entities/${'0'.repeat(300)}`);
    expect(res.status).toBe(404);
    expect(res.json()).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('still answers 404 for a path no method has', async () => {
    const res = await call(server.url, '/api/nope', { method: 'TRACE' });
    expect(res.status).toBe(404);
    expect(res.json()).toMatchObject({ code: 'ROUTE_NOT_FOUND' });
  });
});

describe('POST /api/ingest', () => {
  it.each(['multipart/form-data', 'multipart/form-data; boundary='])(
    'answers 400 with a code to %s',
    async (contentType) => {
      const res = await call(server.url, '/api/ingest', {
        method: 'POST',
        headers: { 'content-type': contentType },
        body: 'abc',
      });
      expect(res.status).toBe(400);
      expect(res.json()).toMatchObject({ code: 'INVALID_INPUT', error: expect.stringMatching(/boundary/) });
    },
  );

  it('answers 400 to a JSON string body (only a text/plain body is the article itself)', async () => {
    const res = await call(server.url, '/api/ingest', { method: 'POST', json: 'Fidan met Safadi in Ankara.' });
    expect(res.status).toBe(400);
    expect(res.json()).toMatchObject({ code: 'INVALID_INPUT' });
  });

  it('answers 400 to a truncated multipart body', async () => {
    const { body, contentType } = multipart({}, [{ name: 'a.txt', content: 'Fidan met Safadi in Ankara.' }]);
    const res = await call(server.url, '/api/ingest', {
      method: 'POST',
      headers: { 'content-type': contentType },
      body: body.subarray(0, body.length - 20),
    });
    expect(res.status).toBe(400);
  });

  it('refuses a binary pasted as text or uploaded as x.txt with the CLI code BINARY, storing nothing', async () => {
    const before = extracted;
    const pasted = await call(server.url, '/api/ingest', {
      method: 'POST',
      json: { text: new TextDecoder().decode(BINARY), title: 'x.txt' },
    });
    expect(pasted.status).toBe(400);
    expect(pasted.json()).toMatchObject({
      code: 'READ_FAILED',
      issues: [{ message: expect.stringMatching(/^BINARY/) }],
    });
    const { body, contentType } = multipart({}, [{ name: 'x.txt', content: BINARY }]);
    const uploaded = await call(server.url, '/api/ingest', {
      method: 'POST',
      headers: { 'content-type': contentType },
      body,
    });
    expect(uploaded.status).toBe(400);
    expect(uploaded.json()).toMatchObject({
      code: 'READ_FAILED',
      issues: [{ message: expect.stringMatching(/^BINARY/) }],
    });
    expect(extracted).toBe(before);
    expect((await store.stats()).documents).toBe(0);
  });

  it('reads pasted text as the CLI reads a file: header lines are metadata, the form title wins', async () => {
    const res = await call(server.url, '/api/ingest', {
      method: 'POST',
      json: { text: '# date: 2025-05-16\n\nFidan met Safadi in Ankara on Thursday.', title: 'Ankara talks' },
    });
    expect(res.status).toBe(200);
    expect(res.json()).toMatchObject({ issues: [] });
    expect(lastDocument).toMatchObject({
      title: 'Ankara talks',
      publishedAt: '2025-05-16',
      text: 'Fidan met Safadi in Ankara on Thursday.',
    });
  });
});

describe('OpenAPI', () => {
  it('documents the 501 /api/cypher answers on a store without Cypher', async () => {
    const doc = (await call(server.url, '/openapi.json')).json();
    expect(doc.paths['/api/cypher'].post.responses['501']).toMatchObject({
      description: expect.stringMatching(/Cypher/),
    });
    const res = await call(server.url, '/api/cypher', { method: 'POST', json: { query: 'RETURN 1' } });
    expect(res.status).toBe(501);
  });
});
