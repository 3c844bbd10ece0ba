// Contract case: two writers bring the same new evidence to relationships that already exist. Each piece of
// evidence must count once (weight 2, not 3), and an alias learnt by either writer must survive the other.
import { describe, expect, test } from '@jest/globals';
import { ExtractionResult } from '@shabaka/schema';
import type { EntityInput, RelationInput } from '@shabaka/schema';
import { ArticleDraft } from './article-draft.fixtures.js';
import type { ContractContext } from './contract-context.js';

/** Relationships per round: enough that two concurrent batches interleave on many of them. */
const PAIRS = 200;

export function concurrencyCases(ctx: ContractContext): void {
  const p = (): string => `${ctx.tokens.prefix}cc_`;
  const people = (): EntityInput[] =>
    Array.from({ length: PAIRS + 1 }, (_, i) => ({
      id: `${p()}per_${i}`,
      type: 'PERSON',
      name: `شخص ${i}`,
      nameEn: `P ${i}`,
    }));
  const article = (doc: string, entities: EntityInput[]) => {
    const draft = new ArticleDraft({
      id: `${p()}${doc}`,
      title: doc,
      lang: 'ar',
      publishedAt: '2025-07-01',
      source: 's',
    });
    draft.add('التقى الطرفان في العاصمة.');
    const relations: RelationInput[] = Array.from({ length: PAIRS }, (_, i) => ({
      subject: `${p()}per_${i}`,
      predicate: 'MET',
      object: `${p()}per_${i + 1}`,
      evidence: draft.evidence(0, 'التقى'),
      confidence: 0.8,
    }));
    return ExtractionResult.parse({ documents: [draft.document()], sentences: draft.sentences, entities, relations });
  };

  describe('concurrent writers on existing data', () => {
    test('the same new evidence from two writers at once counts once; aliases from both are kept', async () => {
      await ctx.store.upsert(article('doc_first', people()));
      const withAlias = (tag: string) => people().map((e) => ({ ...e, aliases: [`${e.name} ${tag}`] }));
      const other = await ctx.open();
      try {
        await Promise.all([
          ctx.store.upsert(article('doc_second', withAlias('أ'))),
          other.upsert(article('doc_second', withAlias('ب'))),
        ]);
      } finally {
        await other.close();
      }
      const weights = new Map<string, number>();
      for (let i = 0; i < PAIRS; i += 20) {
        const graph = await ctx.store.neighbors(`${p()}per_${i}`, { predicates: ['MET'] });
        const edge = graph.edges.find((e) => [e.source, e.target].includes(`${p()}per_${i + 1}`));
        weights.set(`${i}`, edge?.weight ?? -1);
      }
      expect([...new Set(weights.values())]).toEqual([2]);
      const detail = await ctx.store.entity(`${p()}per_7`);
      expect(detail?.entity.aliases).toEqual(expect.arrayContaining(['شخص 7 أ', 'شخص 7 ب']));
    }, 120_000);
  });
}
