// Contract cases for search: Arabic spelling tolerance, aliases, English case, prefixes, filters, hostile input.
import { describe, expect, test } from '@jest/globals';
import { SearchHit } from '@shabaka/schema';
import type { ContractContext } from './contract-context.js';

export function searchCases(ctx: ContractContext): void {
  describe('search', () => {
    const top = async (query: string): Promise<string | undefined> => (await ctx.store.search(query))[0]?.id;

    // Every name carries the run token, so the run's entity is the only one matching all the words.
    test('a bare alef finds the hamza spelling (اردوغان → أردوغان), with the hamza-below variant too', async () => {
      const { ids, tokens } = { ids: ctx.world.ids, tokens: ctx.tokens };
      expect(await top(`اردوغان ${tokens.ar}`)).toBe(ids.erdogan);
      expect(await top(`إردوغان ${tokens.ar}`)).toBe(ids.erdogan);
      const hits = await ctx.store.search(`اردوغان ${tokens.ar}`);
      for (const hit of hits) expect(SearchHit.safeParse(hit).success).toBe(true);
      expect(hits[0]).toMatchObject({ type: 'PERSON', nameEn: expect.stringContaining('Erdogan') });
    });

    test('spelling variants are found through aliases (ترامب and ترمب)', async () => {
      const { ids } = ctx.world;
      expect(await top(`ترمب ${ctx.tokens.ar}`)).toBe(ids.trump);
      expect(await top(`ترامب ${ctx.tokens.ar}`)).toBe(ids.trump);
    });

    test('diacritics, tatweel, taa marbuta and alef maqsura do not matter', async () => {
      const { ids } = ctx.world;
      expect(await top(`أَرْدُوغـــان ${ctx.tokens.ar}`)).toBe(ids.erdogan);
      expect(await top(`انقره ${ctx.tokens.ar}`)).toBe(ids.ankara);
      expect(await top(`تركيـا ${ctx.tokens.ar}`)).toBe(ids.turkey);
    });

    test('English names match case-insensitively', async () => {
      const { ids } = ctx.world;
      expect(await top(`ERDOGAN ${ctx.tokens.en.toUpperCase()}`)).toBe(ids.erdogan);
      expect(await top(`recep tayyip erdogan ${ctx.tokens.en}`)).toBe(ids.erdogan);
    });

    // Autocomplete: the last word of the query is a prefix.
    test('the last word is a prefix, for autocomplete', async () => {
      const { ids } = ctx.world;
      expect((await ctx.store.search(`${ctx.tokens.ar} أردو`)).map((h) => h.id)).toContain(ids.erdogan);
      expect((await ctx.store.search(`${ctx.tokens.en} Tru`)).map((h) => h.id)).toContain(ids.trump);
      expect((await ctx.store.search(`${ctx.tokens.ar} فلادي`)).map((h) => h.id)).toContain(ids.putin);
    });

    // "أنقرة T" is Ankara's whole name; "ولاية أنقرة T" (the province) merely contains those words.
    test('an exact name ranks before names that only contain the query, and scores decrease', async () => {
      const { ids } = ctx.world;
      const hits = await ctx.store.search(`أنقرة ${ctx.tokens.ar}`);
      expect(hits[0]?.id).toBe(ids.ankara);
      expect(hits.map((h) => h.id)).toContain(ids.province);
      expect(hits.map((h) => h.score)).toEqual([...hits.map((h) => h.score)].sort((a, b) => b - a));
      expect((await ctx.store.search(`ولاية انقره ${ctx.tokens.ar}`))[0]?.id).toBe(ids.province);
    });

    test('a type filter and the limit are respected', async () => {
      const { ids } = ctx.world;
      const places = await ctx.store.search(ctx.tokens.ar, { types: ['LOCATION'], limit: 100 });
      expect(places.length).toBeGreaterThan(0);
      expect(places.every((h) => h.type === 'LOCATION')).toBe(true);
      expect(places.map((h) => h.id)).toEqual(expect.arrayContaining([ids.ankara, ids.turkey]));
      expect(await ctx.store.search(ctx.tokens.ar, { limit: 3 })).toHaveLength(3);
    });

    // Query text reaches a full-text engine; its syntax characters must be treated as text.
    test('query syntax characters never throw', async () => {
      const hostile = [
        '"',
        '*',
        '(',
        ')',
        'OR',
        'NEAR(',
        "'",
        '\\',
        '} //',
        'a AND',
        '-',
        ':',
        '^',
        '~',
        '',
        '   ',
        '"a" OR b*',
      ];
      for (const query of hostile) {
        const hits = await ctx.store.search(query);
        expect(Array.isArray(hits)).toBe(true);
      }
    });
  });
}
