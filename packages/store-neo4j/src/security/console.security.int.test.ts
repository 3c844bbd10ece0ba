// The analyst console on the real Neo4j refuses every hostile query (and writes nothing), stops long queries
// at the timeout and caps rows; hostile values sent through the store's own API stay data.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import neo4j from 'neo4j-driver';
import type { Driver } from 'neo4j-driver';
import { ShabakaError } from '@shabaka/schema';
import { openTestStore, testConnection } from '../connection.fixtures.js';
import type { Neo4jStore } from '../neo4j-store.js';
import { hostileQueries } from './hostile-cypher.fixtures.js';

const RUN = randomUUID().replace(/-/g, '').slice(0, 10);
const LABEL = `Probe_${RUN}`;
let store: Neo4jStore;
let driver: Driver;

jest.setTimeout(120_000);
beforeAll(async () => {
  // Far above what any refusal takes on a cold server, so a slow plan is never mistaken for a timeout; the
  // timeout itself is tested on a store of its own.
  store = await openTestStore({ queryTimeoutMs: 30_000, rowLimit: 50 });
  const { uri, user, password } = testConnection();
  driver = neo4j.driver(uri, neo4j.auth.basic(user, password));
});
afterAll(async () => {
  await store?.close();
  await driver?.close();
});

async function probeCount(): Promise<number> {
  const { records } = await driver.executeQuery(`MATCH (n:\`${LABEL}\`) RETURN count(n) AS n`);
  return (records[0]?.get('n') as { toNumber(): number }).toNumber();
}

describe('console refusals', () => {
  it.each(hostileQueries(LABEL).map((h) => [h.why, h.query] as const))('%s is refused', async (_why, query) => {
    const error = await store.cypher(query).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ShabakaError);
    // Refused as a write, or (for procedures Neo4j does not know, e.g. APOC absent) as invalid; never run.
    expect(['CYPHER_WRITE_REJECTED', 'INVALID_INPUT']).toContain((error as ShabakaError).code);
    expect((error as ShabakaError).message).toMatch(/^store-neo4j/);
  });

  it('wrote nothing: no probe node, no intruder user, the full-text index still there', async () => {
    expect(await probeCount()).toBe(0);
    const indexes = await store.cypher('SHOW INDEXES YIELD name RETURN collect(name) AS names');
    expect(indexes.rows[0]?.[0]).toEqual(expect.arrayContaining(['entity_names_std']));
  });
});

describe('limits', () => {
  it('stops a long query at the timeout with CYPHER_TIMEOUT', async () => {
    const short = await openTestStore({ queryTimeoutMs: 1_500 });
    try {
      const started = Date.now();
      await expect(
        short.cypher('UNWIND range(1, 2000000000) AS x WITH x WHERE x % 7 = 3 RETURN count(x) AS n'),
      ).rejects.toMatchObject({ code: 'CYPHER_TIMEOUT' });
      // Not a timing assertion on speed: it proves the query was stopped rather than run to the end (minutes).
      expect(Date.now() - started).toBeLessThan(60_000);
    } finally {
      await short.close();
    }
  });

  it('caps rows and says so', async () => {
    const result = await store.cypher('UNWIND range(1, 100000) AS x RETURN x');
    expect(result.rows).toHaveLength(50);
    expect(result.truncated).toBe(true);
  });
});

describe('hostile values through the store API stay parameters', () => {
  it.each([
    "') DETACH DELETE n //",
    '`}) MATCH (n) DETACH DELETE n //',
    '"; CALL db.clearQueryCaches(); //',
    "\\' OR 1=1 --",
    '*:* OR name:*',
    '\u202Eمرحبا\u200D',
  ])('search(%j) answers without error', async (q) => {
    await expect(store.search(q)).resolves.toEqual(expect.any(Array));
    await expect(store.neighbors(q)).resolves.toMatchObject({ nodes: expect.any(Array) });
    await expect(store.entity(q)).resolves.toBeNull();
  });

  it('refuses unknown predicates and types instead of splicing them into Cypher', async () => {
    await expect(store.neighbors('x', { predicates: ['MET]->() DETACH DELETE n //' as 'MET'] })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
  });
});
