// The Cypher console over HTTP (`POST /api/cypher`) on the real Neo4j: every hostile query is refused with a
// JSON 400 and writes nothing, a long query ends in 504 CYPHER_TIMEOUT, rows are capped.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { GraphStore } from '@shabaka/schema';
import { hostileQueries } from '../../../../packages/store-neo4j/src/security/hostile-cypher.fixtures.js';
import { SETUP_MS } from '../graph.fixtures.js';
import { call } from '../http-client.fixtures.js';
import { openNeo4j, runawayAnswer } from '../neo4j.fixtures.js';
import { startServer } from '../server.js';

const LABEL = `Probe_${randomUUID().replace(/-/g, '').slice(0, 10)}`;
let store: GraphStore;
let server: { url: string; close(): Promise<void> };

jest.setTimeout(120_000);
beforeAll(async () => {
  // Far above what a refusal takes on a cold server, so a slow plan is never mistaken for a timeout; the timeout
  // itself is tested on a server of its own.
  store = await openNeo4j();
  server = await startServer({ store, port: 0, viewerDir: '/nonexistent-viewer' });
}, SETUP_MS);
afterAll(async () => {
  await server?.close();
  await store?.close();
});

const cypher = (query: string) => call(server.url, '/api/cypher', { method: 'POST', json: { query } });

describe('POST /api/cypher refuses', () => {
  it.each(hostileQueries(LABEL).map((h) => [h.why, h.query] as const))('%s', async (_why, query) => {
    const res = await cypher(query);
    expect(res.status).toBe(400);
    expect(['CYPHER_WRITE_REJECTED', 'INVALID_INPUT']).toContain(res.json().code);
    expect(res.json().hint).toEqual(expect.any(String));
  });

  it('and none of it wrote anything', async () => {
    const res = await cypher(`MATCH (n:\`${LABEL}\`) RETURN count(n) AS n`);
    expect(res.status).toBe(200);
    expect(res.json().rows).toEqual([[0]]);
  });
});

describe('POST /api/cypher limits', () => {
  it('answers 504 CYPHER_TIMEOUT for a query longer than the timeout', async () => {
    const res = await runawayAnswer(1_500);
    expect(res.status).toBe(504);
    expect(res.json().code).toBe('CYPHER_TIMEOUT');
  });

  it('caps rows at the limit and marks the answer truncated', async () => {
    const res = await cypher('UNWIND range(1, 100000) AS x RETURN x');
    expect(res.status).toBe(200);
    expect(res.json().rows).toHaveLength(50);
    expect(res.json().truncated).toBe(true);
  });

  it('passes parameters as values, never as text', async () => {
    const res = await call(server.url, '/api/cypher', {
      method: 'POST',
      json: { query: 'RETURN $q AS q', params: { q: "') DETACH DELETE n //" } },
    });
    expect(res.status).toBe(200);
    expect(res.json().rows).toEqual([["') DETACH DELETE n //"]]);
  });
});
