// Contract case: one HOLDS_ROLE per (person, role, body). An Arabic and an English article stating the same role
// give one relationship keyed by the role's English label, carrying the Arabic label too, whichever came first.
import { describe, expect, test } from '@jest/globals';
import { ExtractionResult } from '@shabaka/schema';
import { ArticleDraft } from './article-draft.fixtures.js';
import { edgesBetween } from './contract-context.js';
import type { ContractContext } from './contract-context.js';

export function rolesCases(ctx: ContractContext): void {
  const p = (): string => `${ctx.tokens.prefix}role_`;
  const minister = () => ({ id: `${p()}per_m`, type: 'PERSON' as const, name: 'سمير حداد', nameEn: 'Samir Haddad' });
  const country = () => ({ id: `${p()}loc_c`, type: 'LOCATION' as const, name: 'لبنان', nameEn: 'Lebanon' });
  const statement = (doc: string, lang: 'ar' | 'en', sentence: string, role: string, date: string) => {
    const draft = new ArticleDraft({ id: `${p()}${doc}`, title: doc, lang, publishedAt: date, source: 's' });
    draft.add(sentence);
    return ExtractionResult.parse({
      documents: [draft.document()],
      sentences: draft.sentences,
      entities: [minister(), country()],
      relations: [
        {
          subject: minister().id,
          predicate: 'HOLDS_ROLE',
          object: country().id,
          role,
          roleEn: 'foreign minister',
          evidence: draft.evidence(0, role),
          confidence: 0.9,
        },
      ],
    });
  };

  describe('roles', () => {
    test('an Arabic and an English statement of one role are one HOLDS_ROLE with both labels', async () => {
      await ctx.store.upsert(
        statement('doc_en', 'en', 'Samir Haddad, the foreign minister, spoke.', 'foreign minister', '2025-05-01'),
      );
      await ctx.store.upsert(statement('doc_ar', 'ar', 'قال وزير الخارجية سمير حداد.', 'وزير الخارجية', '2025-05-02'));
      const graph = await ctx.store.neighbors(minister().id, { predicates: ['HOLDS_ROLE'] });
      const held = edgesBetween(graph, minister().id, country().id, 'HOLDS_ROLE');
      expect(held).toHaveLength(1);
      expect(held[0]).toMatchObject({ role: 'وزير الخارجية', roleEn: 'foreign minister', weight: 2 });
      const detail = await ctx.store.entity(minister().id);
      expect(detail?.roles).toHaveLength(1);
      expect(detail?.roles[0]).toMatchObject({ role: 'وزير الخارجية', roleEn: 'foreign minister', weight: 2 });
    });

    test('re-upserting the English statement keeps the Arabic label', async () => {
      await ctx.store.upsert(
        statement('doc_en', 'en', 'Samir Haddad, the foreign minister, spoke.', 'foreign minister', '2025-05-01'),
      );
      const detail = await ctx.store.entity(minister().id);
      expect(detail?.roles[0]).toMatchObject({ role: 'وزير الخارجية', roleEn: 'foreign minister', weight: 2 });
    });
  });
}
