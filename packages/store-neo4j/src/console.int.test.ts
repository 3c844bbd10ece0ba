// Neo4j-specific behaviour: counters on re-upsert, the console's refusals (pre-check and server),
// its timeout and row cap, and the conversion of driver values to JSON and GraphData.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import neo4j from 'neo4j-driver';
import { GraphData, ShabakaError } from '@shabaka/schema';
import { runSeed, runTokens, seededRandom } from '@shabaka/store-contract';
import { buildAnalystWorld } from './analyst.fixtures.js';
import { deleteByIdPrefix, openTestStore, testConnection } from './connection.fixtures.js';
import { Executor } from './executor.js';
import type { Neo4jStore } from './neo4j-store.js';

const tokens = runTokens(seededRandom(runSeed()));
const world = buildAnalystWorld(tokens);

async function codeOf(work: Promise<unknown>): Promise<string> {
  try {
    await work;
    return 'resolved';
  } catch (error) {
    if (error instanceof ShabakaError) return error.code;
    throw error;
  }
}

describe('Neo4j store: counters and the analyst console', () => {
  let store: Neo4jStore;
  let firstSummaries: Awaited<ReturnType<Neo4jStore['upsert']>>[] = [];

  beforeAll(async () => {
    // A timeout far above any of these queries on a cold server; the runaway test opens its own short one.
    store = await openTestStore({ rowLimit: 5, queryTimeoutMs: 30_000 });
    firstSummaries = [];
    for (const result of world.results) firstSummaries.push(await store.upsert(result));
  }, 120_000);

  afterAll(async () => {
    await store?.close();
    await deleteByIdPrefix(tokens.prefix);
  }, 60_000);

  test('re-upserting creates 0 nodes and 0 relationships and sets 0 properties (Neo4j counters)', async () => {
    expect(firstSummaries.every((s) => s.nodesCreated > 0 && s.relationshipsCreated > 0)).toBe(true);
    for (const result of world.results) {
      expect(await store.upsert(result)).toEqual({ nodesCreated: 0, relationshipsCreated: 0, propertiesSet: 0 });
    }
  });

  test('init is idempotent: running the schema setup again changes nothing', async () => {
    await expect(store.init()).resolves.toBeUndefined();
    const indexes = await store.cypher(
      "SHOW INDEXES YIELD name, type WHERE type = 'FULLTEXT' RETURN name ORDER BY name",
    );
    expect(indexes.rows.flat()).toEqual(expect.arrayContaining(['entity_names_ar', 'entity_names_std']));
  });

  test.each([
    'CREATE (n:Person {id: "x"})',
    'MATCH (n:Entity) MERGE (n)-[:MET]->(n)',
    'MATCH (n:Entity {id: "nobody"}) DELETE n',
    'MATCH (n:Entity {id: "nobody"}) DETACH DELETE n',
    'MATCH (n:Entity {id: "nobody"}) SET n.name = "x"',
    'MATCH (n:Entity {id: "nobody"}) REMOVE n.name',
    'DROP INDEX entity_names_ar',
    "LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row",
    "CALL db.createLabel('Hacked')",
    "CALL apoc.create.node(['Hacked'], {})",
    'UNWIND [1] AS x CALL (x) { CREATE (:Hacked) } IN TRANSACTIONS RETURN x',
    'RETURN 1; RETURN 2',
  ])('the console refuses %s', async (query) => {
    expect(await codeOf(store.cypher(query))).toBe('CYPHER_WRITE_REJECTED');
  });

  test('a write that gets past the pre-check is refused by the read transaction itself', async () => {
    const { uri, user, password } = testConnection();
    const driver = neo4j.driver(uri, neo4j.auth.basic(user, password));
    const executor = new Executor(driver, uri, undefined);
    try {
      const write = executor.read((tx) => tx.run('CREATE (:ConsoleProbe {id: $id})', { id: `${tokens.prefix}probe` }));
      expect(await codeOf(write)).toBe('CYPHER_WRITE_REJECTED');
      const probe = await store.cypher('MATCH (n:ConsoleProbe {id: $id}) RETURN count(n) AS n', {
        id: `${tokens.prefix}probe`,
      });
      expect(probe.rows).toEqual([[0]]);
    } finally {
      await driver.close();
    }
  });

  test('a runaway query is stopped by the transaction timeout', async () => {
    const short = await openTestStore({ queryTimeoutMs: 500 });
    try {
      const runaway = short.cypher('UNWIND range(1, 100000000) AS x WITH x WHERE x % 7 = 0 RETURN count(x)');
      const error = await runaway.catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ShabakaError);
      expect((error as ShabakaError).code).toBe('CYPHER_TIMEOUT');
      expect((error as ShabakaError).message).toMatch(/500 ms/);
    } finally {
      await short.close();
    }
  });

  test('rows are capped and the answer says it was truncated', async () => {
    const capped = await store.cypher('UNWIND range(1, 100000) AS x RETURN x');
    expect(capped.rows).toEqual([[1], [2], [3], [4], [5]]);
    expect(capped.truncated).toBe(true);
    const whole = await store.cypher('UNWIND range(1, $n) AS x RETURN x', { n: 5 });
    expect(whole.rows).toHaveLength(5);
    expect(whole.truncated).toBe(false);
  });

  test('values become JSON-safe: integers, temporals, maps, and 64-bit integers as strings', async () => {
    const r = await store.cypher(
      "RETURN 42 AS n, 1.5 AS f, [1, 'a', null] AS l, {k: date('2025-05-12')} AS m, 9007199254740993 AS big",
    );
    expect(r.columns).toEqual(['n', 'f', 'l', 'm', 'big']);
    expect(r.rows).toEqual([[42, 1.5, [1, 'a', null], { k: '2025-05-12' }, '9007199254740993']]);
    expect(JSON.parse(JSON.stringify(r.rows))).toEqual(r.rows);
  });

  test('nodes, relationships and paths in the rows become the answer graph, endpoints included', async () => {
    const { ids } = world;
    const rel = await store.cypher('MATCH (:Entity {id: $a})-[r:MET]-(:Entity {id: $b}) RETURN r', {
      a: ids.erdogan,
      b: ids.trump,
    });
    expect(GraphData.safeParse(rel.graph).success).toBe(true);
    expect(rel.graph.nodes.map((n) => n.id).sort()).toEqual([ids.erdogan, ids.trump].sort());
    expect(rel.graph.edges).toEqual([
      expect.objectContaining({ type: 'MET', weight: 2, source: expect.any(String), target: expect.any(String) }),
    ]);
    const row = rel.rows[0]?.[0] as { type: string; properties: { weight: number } };
    expect(row).toMatchObject({ type: 'MET', properties: { weight: 2 } });

    const path = await store.cypher('MATCH p = (:Entity {id: $a})-[:MET]-()-[:SPOKE_WITH]-() RETURN p', {
      a: ids.erdogan,
    });
    expect(path.graph.nodes.map((n) => [n.id, n.kind])).toEqual(
      expect.arrayContaining([
        [ids.erdogan, 'PERSON'],
        [ids.putin, 'PERSON'],
      ]),
    );
    expect(path.graph.edges.map((e) => e.type).sort()).toEqual(['MET', 'SPOKE_WITH']);
  });

  test('a bad query or a missing parameter is INVALID_INPUT with the server message', async () => {
    expect(await codeOf(store.cypher('MATCH (n RETURN n'))).toBe('INVALID_INPUT');
    expect(await codeOf(store.cypher('MATCH (n:Entity {id: $missing}) RETURN n'))).toBe('INVALID_INPUT');
  });
});

describe('Neo4j store: connection errors', () => {
  test('an unreachable server is STORE_UNAVAILABLE with a hint to start it', async () => {
    const error = await openTestStore({ uri: 'bolt://127.0.0.1:1' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ShabakaError);
    expect((error as ShabakaError).code).toBe('STORE_UNAVAILABLE');
    expect((error as ShabakaError).message).toContain('pnpm neo4j:start');
  });

  test('an unsupported URI is refused before connecting', async () => {
    expect(await codeOf(openTestStore({ uri: 'http://127.0.0.1:7474' }))).toBe('INVALID_INPUT');
  });
});
