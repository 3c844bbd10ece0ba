// Contract cases for writes: idempotence, aggregation of repeated evidence, large batches, concurrent writers.
import { describe, expect, test } from '@jest/globals';
import { UpsertSummary } from '@shabaka/schema';
import { buildLargeBatch, buildWriterPair } from './batch.fixtures.js';
import { canonicalGraph, danglingEdges, edgesBetween, nodeIds, sentenceIdsOf } from './contract-context.js';
import type { ContractContext } from './contract-context.js';

/** Relations in the large-batch case (the issue asks for 20k in one upsert). */
export const LARGE_BATCH_RELATIONS = 20_000;

export function upsertCases(ctx: ContractContext): void {
  describe('upsert', () => {
    // A store must report what it created, so the CLI can print it and re-runs can prove they were no-ops.
    test('the first upsert of new data reports created nodes and relationships', () => {
      for (const summary of ctx.firstUpserts) {
        expect(UpsertSummary.safeParse(summary).success).toBe(true);
        expect(summary.nodesCreated).toBeGreaterThan(0);
        expect(summary.relationshipsCreated).toBeGreaterThan(0);
      }
    });

    // Re-ingesting the same article is the common case (feeds repeat); it must change nothing.
    test('re-upserting the same results creates nothing and leaves every answer unchanged', async () => {
      const { store, world } = ctx;
      const before = {
        entity: await store.entity(world.ids.erdogan),
        neighbors: canonicalGraph(await store.neighbors(world.ids.erdogan, { depth: 2 })),
        hub: canonicalGraph(await store.neighbors(world.ids.un)),
      };
      for (const result of world.results) {
        const again = await store.upsert(result);
        expect({ nodes: again.nodesCreated, rels: again.relationshipsCreated }).toEqual({ nodes: 0, rels: 0 });
      }
      const after = {
        entity: await store.entity(world.ids.erdogan),
        neighbors: canonicalGraph(await store.neighbors(world.ids.erdogan, { depth: 2 })),
        hub: canonicalGraph(await store.neighbors(world.ids.un)),
      };
      expect(after).toEqual(before);
    });

    // MET is evidenced once in the Arabic article and once (written Trump→Erdogan) in the English one.
    test('the same relation from two articles is one relationship with weight 2, dates and both sentences', async () => {
      const { store, world } = ctx;
      const graph = await store.neighbors(world.ids.erdogan, { predicates: ['MET'] });
      const met = edgesBetween(graph, world.ids.erdogan, world.ids.trump, 'MET');
      expect(met).toHaveLength(1);
      expect(met[0]?.weight).toBe(2);
      expect(met[0]?.firstSeen?.slice(0, 10)).toBe(world.dates.docAr);
      expect(met[0]?.lastSeen?.slice(0, 10)).toBe(world.dates.docEn);
      expect(sentenceIdsOf(met[0]).sort()).toEqual([`${world.ids.docAr}#0`, `${world.ids.docEn}#0`].sort());
    });

    // Ankara LOCATED_IN Turkey is said twice in one article: two evidences, one relationship, direction kept.
    test('the same relation twice in one batch is one relationship with weight 2', async () => {
      const { store, world } = ctx;
      const graph = await store.neighbors(world.ids.ankara, { predicates: ['LOCATED_IN'] });
      const located = edgesBetween(graph, world.ids.ankara, world.ids.turkey, 'LOCATED_IN');
      expect(located).toHaveLength(1);
      expect(located[0]).toMatchObject({ source: world.ids.ankara, target: world.ids.turkey, weight: 2 });
      expect(sentenceIdsOf(located[0]).sort()).toEqual([`${world.ids.docAr}#3`, `${world.ids.docAr}#4`]);
    });

    test(`a batch of ${LARGE_BATCH_RELATIONS} relations lands in one upsert, and again as a no-op`, async () => {
      const { store } = ctx;
      const big = buildLargeBatch(ctx.tokens, ctx.random, LARGE_BATCH_RELATIONS);
      const first = await store.upsert(big.result);
      expect(first.relationshipsCreated).toBeGreaterThanOrEqual(LARGE_BATCH_RELATIONS);
      expect(first.nodesCreated).toBeGreaterThanOrEqual(big.entityIds.length);
      for (const id of [big.entityIds[0]!, big.entityIds[big.entityIds.length - 1]!, big.entityIds[777]!]) {
        const graph = await store.neighbors(id, { limit: 5000 });
        expect(nodeIds(graph, id)).toHaveLength(big.neighbourCount(id));
        expect(graph.more ?? 0).toBe(0);
      }
      const again = await store.upsert(big.result);
      expect({ nodes: again.nodesCreated, rels: again.relationshipsCreated }).toEqual({ nodes: 0, rels: 0 });
    }, 300_000);

    // Two ingest processes writing overlapping results at once must not create duplicate nodes or edges.
    test('concurrent upserts of overlapping results from two writers leave no duplicates', async () => {
      const pair = buildWriterPair(ctx.tokens);
      const other = await ctx.open();
      try {
        await Promise.all([ctx.store.upsert(pair.first), other.upsert(pair.second)]);
      } finally {
        await other.close();
      }
      const [king, sisi] = pair.sharedEntityIds as [string, string];
      const graph = await ctx.store.neighbors(king, { depth: 2 });
      const ids = nodeIds(graph);
      expect(new Set(ids).size).toBe(ids.length);
      expect([...ids].sort()).toEqual([...pair.allEntityIds].sort());
      expect(danglingEdges(graph)).toEqual([]);
      expect(graph.edges).toHaveLength(pair.relationCount);
      const shared = edgesBetween(graph, king, sisi, pair.shared.predicate);
      expect(shared).toHaveLength(1);
      // Both writers carried the very same evidence: it counts once.
      expect(shared[0]?.weight).toBe(1);
      const hits = await ctx.store.search(`السيسي ${ctx.tokens.ar}`);
      expect(hits.filter((h) => h.id === sisi)).toHaveLength(1);
    }, 60_000);
  });
}
