// Upsert transactions against real contention: a small result is one transaction (nothing of it is visible
// until all of it is), and bulk relationship batches, created blindly, fall back to MERGE when a key is
// stored already or a rival creates it meanwhile.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import neo4j from 'neo4j-driver';
import type { Driver } from 'neo4j-driver';
import { buildLargeBatch, buildWriterPair, runSeed, runTokens, seededRandom } from '@shabaka/store-contract';
import { deleteByIdPrefix, openTestStore, testConnection } from './connection.fixtures.js';
import { createRelations } from './cypher/upsert.js';
import type { Neo4jStore } from './neo4j-store.js';
import { CREATE_MIN_ROWS } from './relation-writes.js';
import { toUpsertRows } from './rows.js';

const tokens = runTokens(seededRandom(runSeed()));
const otherTokens = runTokens(seededRandom(runSeed() + 1));
const storedTokens = runTokens(seededRandom(runSeed() + 2));
const sentenceTokens = runTokens(seededRandom(runSeed() + 3));
let store: Neo4jStore;
let driver: Driver;

beforeAll(async () => {
  store = await openTestStore();
  const { uri, user, password } = testConnection();
  driver = neo4j.driver(uri, neo4j.auth.basic(user, password));
});

afterAll(async () => {
  await store.close();
  await driver.close();
  for (const t of [tokens, otherTokens, storedTokens, sentenceTokens]) await deleteByIdPrefix(t.prefix);
}, 60_000);

/** Resolves once some transaction on the server waits for a lock (ours, behind the open one). */
async function someTransactionBlocked(): Promise<void> {
  for (let i = 0; i < 200; i++) {
    const { records } = await driver.executeQuery(
      "SHOW TRANSACTIONS YIELD status WHERE status STARTS WITH 'Blocked' RETURN count(*) AS n",
    );
    if (Number(records[0]?.get('n')) > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error('no transaction ever waited for the open one');
}

describe('a bulk batch of which some keys are stored already', () => {
  test('is merged instead: new keys created once, stored ones gain the new evidence, counters of the failed CREATE dropped', async () => {
    const big = buildLargeBatch(storedTokens, seededRandom(runSeed()), CREATE_MIN_ROWS + 500);
    const odd = big.result.relations.filter((_, i) => i % 2 === 1);
    await store.upsert({ ...big.result, relations: odd });
    // The same relations, all of them, evidenced by another span of the sentence: a new evidence key.
    const again = big.result.relations.map((r) => ({ ...r, evidence: { ...r.evidence, start: r.evidence.start + 1 } }));
    const summary = await store.upsert({ ...big.result, relations: again });
    expect(summary.relationshipsCreated).toBe(big.result.relations.length - odd.length);
    const [first, second] = [big.result.relations[0]!, big.result.relations[1]!];
    for (const [r, weight] of [
      [first, 1],
      [second, 2],
    ] as const) {
      const graph = await store.neighbors(r.subject, { limit: 100 });
      const edges = graph.edges.filter((e) => e.source === r.subject && e.target === r.object);
      expect(edges.map((e) => e.weight)).toEqual([weight]);
    }
  }, 60_000);
});

describe("a sentence's relationship keys", () => {
  test('hold each relationship it evidences once, through re-upserts and an added relationship', async () => {
    const keysOf = async (id: string) => {
      const { records } = await driver.executeQuery('MATCH (s:Sentence {id: $id}) RETURN s.relationKeys AS k', { id });
      return records[0]?.get('k') as string[];
    };
    const big = buildLargeBatch(sentenceTokens, seededRandom(runSeed() + 3), 1_200);
    const rest = { ...big.result, relations: big.result.relations.slice(1) };
    const restKeys = toUpsertRows(rest).sentences[0]!.relationKeys;
    await store.upsert(rest);
    await store.upsert(rest);
    const sentence = big.result.sentences[0]!.id;
    expect(new Set(await keysOf(sentence))).toEqual(new Set(restKeys));
    expect(await keysOf(sentence)).toHaveLength(restKeys.length);
    await store.upsert(big.result);
    const all = toUpsertRows(big.result).sentences[0]!.relationKeys;
    expect(all).toHaveLength(restKeys.length + 1);
    expect(new Set(await keysOf(sentence))).toEqual(new Set(all));
    expect(await keysOf(sentence)).toHaveLength(all.length);
  }, 60_000);
});

describe('a relationship created by another writer between the start of our bulk batch and its CREATE', () => {
  test('the batch falls back to MERGE: no error, one relationship, the rest of the batch written', async () => {
    const big = buildLargeBatch(tokens, seededRandom(runSeed()), CREATE_MIN_ROWS + 500);
    await store.upsert({ ...big.result, relations: [] });
    const raced = toUpsertRows(big.result).relations.get('SUPPORTS')![700]!;
    const session = driver.session();
    const rival = await session.beginTransaction();
    try {
      // Uncommitted: our CREATE of the same key waits for its lock, then fails on the uniqueness constraint.
      const create = createRelations('SUPPORTS', [raced]);
      await rival.run(create.cypher, create.params);
      const upsert = store.upsert(big.result);
      await someTransactionBlocked();
      await rival.commit();
      const summary = await upsert;
      expect(summary.relationshipsCreated).toBe(CREATE_MIN_ROWS + 499);
    } finally {
      await session.close();
    }
    const graph = await store.neighbors(raced.subject, { limit: 100 });
    expect(graph.nodes).toHaveLength(big.neighbourCount(raced.subject) + 1);
    const edges = graph.edges.filter((e) => e.source === raced.subject && e.target === raced.object);
    expect(edges.map((e) => e.weight)).toEqual([1]);
  }, 60_000);
});

describe('a result that fits one batch', () => {
  test('is written in one transaction: none of it is visible while part of it waits for a lock', async () => {
    const pair = buildWriterPair(otherTokens);
    const entities = pair.first.entities.map((e) => ({ ...e, mentions: [] }));
    await store.upsert({ documents: [], sentences: [], entities, relations: [], events: [] });
    const docId = pair.first.documents[0]!.id;
    const session = driver.session();
    const rival = await session.beginTransaction();
    try {
      // Holds the write lock of one entity: the upsert writes the article, then waits to link a mention to it.
      await rival.run('MATCH (e:Entity {id: $id}) SET e.heldByTest = true', { id: pair.shared.subject });
      const upsert = store.upsert(pair.first);
      await someTransactionBlocked();
      expect([...(await store.knownDocuments([docId])).keys()]).toEqual([]);
      await rival.rollback();
      await upsert;
    } finally {
      await session.close();
    }
    expect([...(await store.knownDocuments([docId])).keys()]).toEqual([docId]);
    const graph = await store.neighbors(pair.shared.subject, { predicates: ['MET'] });
    expect(graph.edges).toHaveLength(1);
  }, 30_000);
});
