// Routes over the real Neo4j store: the Cypher console (graph + table, read-only through HTTP) and the
// prefix-isolated read routes. The database is shared with other tests, so nothing asserts on global counts.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { GraphData } from '@shabaka/schema';
import type { GraphStore } from '@shabaka/schema';
import { SETUP_MS, newsFixture, runPrefix } from './graph.fixtures.js';
import { call } from './http-client.fixtures.js';
import { openNeo4j, runawayAnswer } from './neo4j.fixtures.js';
import { startServer } from './server.js';

describe('server over neo4j', () => {
  const prefix = runPrefix();
  const { result, ids } = newsFixture(prefix);
  let store: GraphStore;
  let url: string;
  let close: () => Promise<void>;

  beforeAll(async () => {
    store = await openNeo4j();
    await store.upsert(result);
    ({ url, close } = await startServer({ store, port: 0, viewerDir: '/nonexistent-viewer' }));
  }, SETUP_MS);
  afterAll(async () => {
    await close?.();
    await store?.close();
  });

  it('reports that Cypher is available', async () => {
    const res = await call(url, '/api/health');
    expect(res.json()).toMatchObject({ ok: true, store: 'neo4j', cypher: true });
  });

  it('runs a parameterised read query and answers with a graph and a table', async () => {
    const res = await call(url, '/api/cypher', {
      method: 'POST',
      json: {
        query: 'MATCH (a:Entity {id: $id})-[r]-(b:Entity) RETURN a, r, b, b.nameEn AS name ORDER BY name',
        params: { id: ids.fidan },
      },
    });
    expect(res.status).toBe(200);
    const body = res.json();
    expect(body.columns).toEqual(['a', 'r', 'b', 'name']);
    expect(body.rows.map((row: unknown[]) => row[3])).toContain(`Rustem Umerov ${prefix}`);
    expect(body.truncated).toBe(false);
    const graph = GraphData.parse(body.graph);
    expect(graph.nodes.map((n) => n.id)).toEqual(expect.arrayContaining([ids.fidan, ids.umerov, ids.turkey]));
    expect(graph.edges.some((e) => e.type === 'MET')).toBe(true);
  });

  it('caps rows and says so', async () => {
    const res = await call(url, '/api/cypher', {
      method: 'POST',
      json: { query: 'UNWIND range(1, 500) AS n RETURN n' },
    });
    expect(res.status).toBe(200);
    expect(res.json().rows).toHaveLength(50);
    expect(res.json().truncated).toBe(true);
  });

  it.each([
    ['a write clause', `MATCH (n:Entity {id: '${'x'}'}) DETACH DELETE n`],
    ['a create', "CREATE (:Entity {id: 'pwned'})"],
    ['a schema change', 'CREATE INDEX pwned FOR (n:Entity) ON (n.name)'],
    ['LOAD CSV', "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line"],
    ['two statements', 'MATCH (n) RETURN n LIMIT 1; MATCH (n) DETACH DELETE n'],
  ])('rejects %s with 400 and the store message', async (_what, query) => {
    const res = await call(url, '/api/cypher', { method: 'POST', json: { query } });
    expect(res.status).toBe(400);
    const body = res.json();
    expect(body.code).toBe('CYPHER_WRITE_REJECTED');
    expect(body.error).toMatch(/store-neo4j/);
  });

  it('stops a slow query at the store timeout and answers 504', async () => {
    const res = await runawayAnswer(300);
    expect(res.status).toBe(504);
    expect(res.json().code).toBe('CYPHER_TIMEOUT');
  });

  it('rejects a body without a query with 400', async () => {
    const res = await call(url, '/api/cypher', { method: 'POST', json: { params: {} } });
    expect(res.status).toBe(400);
    expect(res.json().issues[0].path).toBe('query');
  });

  it('serves search, entity, neighbours and path from Neo4j', async () => {
    const search = await call(url, `/api/search?q=${encodeURIComponent(`فيدان${prefix}`)}`);
    expect(search.json().results.map((r: { id: string }) => r.id)).toContain(ids.fidan);
    const entity = await call(url, `/api/entities/${ids.fidan}`);
    expect(entity.json().evidence.length).toBeGreaterThan(0);
    const neighbors = GraphData.parse((await call(url, `/api/entities/${ids.fidan}/neighbors`)).json());
    expect(neighbors.nodes.map((n) => n.id)).toContain(ids.umerov);
    const path = GraphData.parse((await call(url, `/api/path?from=${ids.erdogan}&to=${ids.umerov}`)).json());
    expect(path.nodes).toHaveLength(4);
  });
});
