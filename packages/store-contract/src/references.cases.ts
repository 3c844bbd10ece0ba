// Contract case: entity references. A relation or event may point at an entity stored by an earlier upsert;
// one pointing at an entity that exists nowhere is refused before anything of that upsert is written.
import { describe, expect, test } from '@jest/globals';
import { ExtractionResult, ShabakaError } from '@shabaka/schema';
import { ArticleDraft } from './article-draft.fixtures.js';
import { edgesBetween } from './contract-context.js';
import type { ContractContext } from './contract-context.js';

export function referencesCases(ctx: ContractContext): void {
  const p = (): string => `${ctx.tokens.prefix}ref_`;
  const person = (k: string) => ({ id: `${p()}per_${k}`, type: 'PERSON' as const, name: `شخص ${k}`, nameEn: k });
  const withRelation = (doc: string, entities: string[], subject: string, object: string) => {
    const draft = new ArticleDraft({
      id: `${p()}${doc}`,
      title: doc,
      lang: 'ar',
      publishedAt: '2025-05-01',
      source: 's',
    });
    draft.add('التقى الرجلان في الصباح.');
    return ExtractionResult.parse({
      documents: [draft.document()],
      sentences: draft.sentences,
      entities: entities.map(person),
      relations: [
        {
          subject: person(subject).id,
          predicate: 'MET',
          object: person(object).id,
          evidence: draft.evidence(0, 'التقى'),
          confidence: 1,
        },
      ],
    });
  };

  describe('entity references', () => {
    test('a relation may use entities stored by an earlier upsert', async () => {
      await ctx.store.upsert(withRelation('doc_a', ['a', 'b'], 'a', 'b'));
      await ctx.store.upsert(withRelation('doc_b', ['c'], 'c', 'a'));
      const graph = await ctx.store.neighbors(person('a').id);
      expect(graph.nodes.map((n) => n.id).sort()).toEqual([person('a').id, person('b').id, person('c').id].sort());
      expect(edgesBetween(graph, person('c').id, person('a').id, 'MET')).toHaveLength(1);
    });

    test('a relation to an entity that exists nowhere is refused, naming the field, and nothing is written', async () => {
      const bad = withRelation('doc_bad', ['d'], 'd', 'ghost');
      const error = await ctx.store.upsert(bad).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(ShabakaError);
      expect((error as ShabakaError).code).toBe('INVALID_INPUT');
      expect((error as Error).message).toContain(`relations[0].object = "${person('ghost').id}"`);
      expect(await ctx.store.entity(person('d').id)).toBeNull();
      expect((await ctx.store.knownDocuments([`${p()}doc_bad`])).size).toBe(0);
    });
  });
}
