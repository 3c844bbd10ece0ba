// The server's defences over real HTTP on 127.0.0.1 (SQLite store): loopback bind, body limits, zod validation
// of every route parameter (driven by the route table, so a new route is covered automatically), CORS for its
// own origin only, and the bearer token on every API route.
import { mkdtempSync, rmSync } from 'node:fs';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { MAX_DOCUMENT_CHARS } from '@shabaka/ingest';
import type { GraphStore } from '@shabaka/schema';
import { createSqliteStore } from '@shabaka/store-sqlite';
import { SETUP_MS, newsFixture, runPrefix } from '../graph.fixtures.js';
import { call } from '../http-client.fixtures.js';
import { ROUTE_DOCS } from '../http/openapi.js';
import { startServer } from '../server.js';

const dir = mkdtempSync(join(tmpdir(), 'shabaka-security-'));
const prefix = runPrefix();
const { result, ids } = newsFixture(prefix);
const TOKEN = `tok-${prefix}`;
let store: GraphStore;
let open: { url: string; close(): Promise<void> };
let guarded: { url: string; close(): Promise<void> };

beforeAll(async () => {
  store = await createSqliteStore({ path: join(dir, 'graph.db') });
  await store.upsert(result);
  const noExtract = { extract: () => result };
  open = await startServer({ store, port: 0, viewerDir: '/nonexistent-viewer', ...noExtract });
  guarded = await startServer({ store, port: 0, token: TOKEN, viewerDir: '/nonexistent-viewer', ...noExtract });
}, SETUP_MS);
afterAll(async () => {
  await open?.close();
  await guarded?.close();
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A concrete path for a route of the table (`{id}` → a real entity). */
function concrete(path: string): string {
  return path.replace('{id}', encodeURIComponent(ids.fidan));
}

/** Values that no parameter of ours accepts in every position: wrong types, unknown enum members, huge. */
const HOSTILE_VALUES = ['', 'abc', '-1', '1e9', 'NOPE,BOGUS', 'x'.repeat(5000), '1;DROP', '{"$gt":""}'];

function nonLoopbackAddress(): string | undefined {
  for (const list of Object.values(networkInterfaces()))
    for (const a of list ?? []) if (a.family === 'IPv4' && !a.internal) return a.address;
  return undefined;
}

describe('bind address', () => {
  it('listens on 127.0.0.1 by default and is not reachable on other interfaces', async () => {
    const url = new URL(open.url);
    expect(url.hostname).toBe('127.0.0.1');
    const other = nonLoopbackAddress();
    if (other === undefined) return; // a machine with loopback only: nothing else to reach
    const reached = await new Promise<boolean>((resolve) => {
      const socket = connect({ host: other, port: Number(url.port) });
      socket.once('connect', () => (socket.destroy(), resolve(true)));
      socket.once('error', () => resolve(false));
    });
    expect(reached).toBe(false);
  });
});

describe('body limits', () => {
  it('answers 413 JSON to a body over 2 MB and keeps serving', async () => {
    const huge = JSON.stringify({ query: 'RETURN 1', params: { x: 'a'.repeat(3 * 1024 * 1024) } });
    const res = await call(open.url, '/api/cypher', {
      method: 'POST',
      body: huge,
      headers: { 'content-type': 'application/json' },
    });
    expect(res.status).toBe(413);
    expect(res.json()).toMatchObject({ code: expect.any(String), error: expect.any(String) });
    expect((await call(open.url, '/api/health')).status).toBe(200);
  });

  it('answers 413 to an ingest text body over the limit', async () => {
    const res = await call(open.url, '/api/ingest', {
      method: 'POST',
      body: 'نص '.repeat(800_000),
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    });
    expect(res.status).toBe(413);
  });
});

describe('parameter validation (every route of the table)', () => {
  const withQuery = ROUTE_DOCS.filter((r) => r.method === 'get' && r.query);
  it.each(withQuery.map((r) => [r.path, r] as const))('GET %s: every query parameter is checked', async (_p, route) => {
    const shape = route.query?.shape ?? {};
    for (const name of Object.keys(shape)) {
      const statuses: number[] = [];
      for (const value of HOSTILE_VALUES) {
        const res = await call(open.url, `${concrete(route.path)}?${name}=${encodeURIComponent(value)}`);
        // Never a crash: a hostile value is refused (400) or harmlessly answered.
        expect([200, 400, 404]).toContain(res.status);
        if (res.status === 400) {
          expect(res.json()).toMatchObject({ code: 'INVALID_INPUT', issues: expect.any(Array) });
          statuses.push(400);
        }
      }
      // Each parameter refuses at least one of the hostile values: it is validated, not passed through.
      expect({ name, refused: statuses.length > 0 }).toEqual({ name, refused: true });
    }
  });

  it('refuses an oversized entity id with a JSON 4xx (fastify caps path parameters at 100 characters: 414)', async () => {
    for (const path of [`/api/entities/${'x'.repeat(400)}`, `/api/entities/${'x'.repeat(400)}/neighbors`]) {
      const res = await call(open.url, path);
      expect([400, 414]).toContain(res.status);
      expect(res.json()).toMatchObject({ code: expect.any(String), error: expect.any(String) });
    }
  });

  it('refuses bodies of the wrong shape with 400 and names the field', async () => {
    for (const [path, json] of [
      ['/api/cypher', { query: 42 }],
      ['/api/cypher', { query: '' }],
      ['/api/cypher', { query: 'RETURN 1', params: [1, 2] }],
      ['/api/ingest', { text: '' }],
      ['/api/ingest', { text: 'x', lang: 'fr' }],
      ['/api/ingest', { text: 'x', url: 'not a url' }],
      ['/api/ingest', { text: 'Ankara. '.repeat(Math.ceil(MAX_DOCUMENT_CHARS / 8) + 1) }],
    ] as const) {
      const res = await call(open.url, path, { method: 'POST', json });
      expect({ path, json, status: res.status }).toEqual({ path, json, status: 400 });
      expect(res.json().issues.length).toBeGreaterThan(0);
    }
  });
});

describe('CORS', () => {
  it('allows its own origin and no other', async () => {
    const own = new URL(open.url).origin;
    const mine = await call(open.url, '/api/health', { headers: { origin: own } });
    expect(mine.headers['access-control-allow-origin']).toBe(own);
    const evil = await call(open.url, '/api/health', { headers: { origin: 'http://evil.example' } });
    expect(evil.headers['access-control-allow-origin']).toBeUndefined();
    const preflight = await call(open.url, '/api/ingest', {
      method: 'OPTIONS',
      headers: { origin: 'http://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('refuses a cross-origin write (CSRF) and writes nothing', async () => {
    const before = await store.stats();
    const res = await call(open.url, '/api/ingest', {
      method: 'POST',
      json: { text: 'Foreign Minister Hakan Fidan met Ayman Safadi in Ankara.' },
      headers: { origin: 'http://evil.example' },
    });
    expect(res.status).toBe(403);
    expect(await store.stats()).toEqual(before);
  });

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    const res = await call(open.url, '/api/health', { headers: { host: 'evil.example' } });
    expect(res.status).toBe(403);
  });
});

describe('bearer token', () => {
  it.each(ROUTE_DOCS.map((r) => [r.method.toUpperCase(), r.path, r] as const))(
    '%s %s refuses requests without the token or with a wrong one',
    async (_m, _p, route) => {
      const method = route.method.toUpperCase();
      const body = method === 'POST' ? { json: { query: 'RETURN 1', text: 'x' } } : {};
      const none = await call(guarded.url, concrete(route.path), { method, ...body });
      expect(none.status).toBe(401);
      expect(none.json()).toMatchObject({ code: 'UNAUTHORIZED', hint: expect.stringContaining('Bearer') });
      const wrong = await call(guarded.url, concrete(route.path), {
        method,
        ...body,
        headers: { authorization: `Bearer ${TOKEN}x` },
      });
      expect(wrong.status).toBe(401);
    },
  );

  it('answers with the right token', async () => {
    const res = await call(guarded.url, '/api/stats', { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(res.status).toBe(200);
  });
});
