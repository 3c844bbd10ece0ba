// Contract case: names and sentences with marks, emoji, ZWJ, RTL marks, quotes and query metacharacters
// come back byte for byte and stay searchable.
import { describe, expect, test } from '@jest/globals';
import { buildUnicodeCase } from './batch.fixtures.js';
import type { ContractContext } from './contract-context.js';

export function unicodeCases(ctx: ContractContext): void {
  describe('unicode round-trip', () => {
    test('names, titles, sources and sentences come back exactly and stay searchable', async () => {
      const u = buildUnicodeCase(ctx.tokens);
      const summary = await ctx.store.upsert(u.result);
      expect(summary.nodesCreated).toBeGreaterThan(0);
      const person = await ctx.store.entity(u.personId);
      expect(person?.entity.name).toBe(u.personName);
      expect(person?.entity.aliases).toEqual(expect.arrayContaining(u.result.entities[0]?.aliases ?? []));
      const org = await ctx.store.entity(u.orgId);
      expect(org?.entity.name).toBe(u.orgName);
      expect(org?.entity.nameEn).toBe(u.orgName);
      const evidence = person?.evidence[0];
      expect(evidence?.sentence).toBe(u.sentence);
      expect(evidence && evidence.sentence.slice(evidence.start, evidence.end)).toBe(u.highlighted);
      const doc = u.result.documents[0];
      expect(evidence?.doc).toMatchObject({ title: doc?.title, source: doc?.source });
      expect((await ctx.store.search(u.personName)).map((h) => h.id)).toContain(u.personId);
      expect((await ctx.store.search(u.orgName)).map((h) => h.id)).toContain(u.orgId);
      expect((await ctx.store.search(`محمد ${ctx.tokens.ar}`)).map((h) => h.id)).toContain(u.personId);
      const again = await ctx.store.upsert(u.result);
      expect({ nodes: again.nodesCreated, rels: again.relationshipsCreated }).toEqual({ nodes: 0, rels: 0 });
    });
  });
}
