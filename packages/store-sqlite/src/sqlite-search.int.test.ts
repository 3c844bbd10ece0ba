// SQLite-specific search behaviour beyond the contract: rank classes (exact > prefix > words > substring)
// and the degree tie-break, on a real in-memory database.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { ExtractionResult } from '@shabaka/schema';
import type { GraphStore } from '@shabaka/schema';
import { createSqliteStore } from './sqlite-store.js';

const entity = (id: string, name: string) => ({ id, type: 'PERSON' as const, name, nameEn: id });
const evidence = { doc: 'd1', sentence: 'نص', start: 0, end: 2 };

describe('sqlite search ranking', () => {
  let store: GraphStore;
  beforeAll(async () => {
    store = await createSqliteStore({ path: ':memory:' });
    await store.upsert(
      ExtractionResult.parse({
        documents: [{ id: 'd1', title: 't', text: 'نص', lang: 'ar' }],
        entities: [
          entity('exact', 'سلمان'),
          entity('prefix', 'سلمان العودة'),
          entity('words', 'الملك سلمان'),
          entity('substring', 'أبوسلماني'),
          entity('hub', 'الأمير سلمان'),
          entity('other', 'خالد'),
        ],
        // 'hub' is better connected than 'words': same rank class, so it must come first of the two.
        relations: ['other', 'exact', 'prefix'].map((o) => ({
          subject: 'hub',
          predicate: 'MET' as const,
          object: o,
          evidence,
          confidence: 1,
        })),
      }),
    );
  });
  afterAll(async () => {
    await store.close();
  });

  test('exact, then prefix, then whole words (by degree), then substring', async () => {
    const hits = await store.search('سلمان', { limit: 10 });
    expect(hits.map((h) => h.id)).toEqual(['exact', 'prefix', 'hub', 'words', 'substring']);
  });

  test('a fragment inside a word is found through the trigram index', async () => {
    expect((await store.search('وسلما')).map((h) => h.id)).toEqual(['substring']);
  });
});
