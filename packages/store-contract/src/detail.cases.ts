// Contract cases for entity detail (evidence, articles, roles), events, known documents and stats.
import { describe, expect, test } from '@jest/globals';
import { EntityDetail, EventSummary, StoreStats } from '@shabaka/schema';
import type { ContractContext } from './contract-context.js';

export function detailCases(ctx: ContractContext): void {
  describe('entity', () => {
    test('returns names, aliases, linked ids and the number of mentions', async () => {
      const { ids } = ctx.world;
      const detail = await ctx.store.entity(ids.erdogan);
      expect(detail).not.toBeNull();
      expect(EntityDetail.safeParse(detail).success).toBe(true);
      const source = ctx.world.results.flatMap((r) => r.entities).filter((e) => e.id === ids.erdogan);
      expect(detail?.entity).toMatchObject({
        id: ids.erdogan,
        type: 'PERSON',
        name: source[0]?.name,
        wikidata: 'Q39259',
      });
      expect(detail?.entity.aliases).toEqual(expect.arrayContaining(source[0]?.aliases ?? []));
      expect(detail?.entity.mentionCount).toBe(source.reduce((n, e) => n + e.mentions.length, 0));
    });

    // Analysts must be able to read the exact words behind every edge, with a link to the article.
    test('evidence sentences carry offsets inside the sentence that highlight the right words', async () => {
      const { ids, dates } = ctx.world;
      const detail = await ctx.store.entity(ids.erdogan);
      const evidence = detail?.evidence ?? [];
      for (const e of evidence) {
        expect(e.start).toBeLessThan(e.end);
        expect(e.end).toBeLessThanOrEqual(e.sentence.length);
      }
      const ar = evidence.find((e) => e.doc.id === ids.docAr && e.predicate === 'MET');
      expect(ar && ar.sentence.slice(ar.start, ar.end)).toBe('التقى');
      expect(ar?.doc.date?.slice(0, 10)).toBe(dates.docAr);
      expect(ar?.doc).toMatchObject({ source: 'الجزيرة', url: expect.stringContaining('https://example.org/ar/') });
      const en = evidence.find((e) => e.doc.id === ids.docEn && e.predicate === 'MET');
      expect(en && en.sentence.slice(en.start, en.end)).toBe('met');
      const role = evidence.find((e) => e.predicate === 'HOLDS_ROLE');
      expect(role && role.sentence.slice(role.start, role.end)).toBe('رئيس');
    });

    test('lists the articles that mention the entity or evidence its relations', async () => {
      const { ids } = ctx.world;
      const detail = await ctx.store.entity(ids.erdogan);
      const articles = detail?.articles.map((a) => a.id) ?? [];
      expect(articles).toEqual(expect.arrayContaining([ids.docAr, ids.docEn]));
      expect(articles).not.toContain(ids.docAr2);
      expect(new Set(articles).size).toBe(articles.length);
    });

    test('lists roles (HOLDS_ROLE with role text and organisation) and neighbours', async () => {
      const { ids, dates } = ctx.world;
      const detail = await ctx.store.entity(ids.erdogan);
      expect(detail?.roles).toHaveLength(1);
      expect(detail?.roles[0]).toMatchObject({ role: 'رئيس', org: { id: ids.turkey }, weight: 1 });
      expect(detail?.roles[0]?.firstSeen?.slice(0, 10)).toBe(dates.docAr);
      const met = detail?.neighbors.find((n) => n.id === ids.trump);
      expect(met).toMatchObject({ predicate: 'MET', weight: 2, type: 'PERSON' });
      expect(detail?.neighbors.map((n) => n.id)).toEqual(expect.arrayContaining([ids.turkey, ids.akp]));
    });

    test('is null for an unknown id', async () => {
      expect(await ctx.store.entity(`${ctx.tokens.prefix}nobody`)).toBeNull();
    });
  });

  describe('events', () => {
    test('by participant: participants, location, date, date text and evidence', async () => {
      const { ids, dates } = ctx.world;
      const events = await ctx.store.events({ participant: ids.erdogan });
      expect(events.map((e) => e.id)).toEqual([ids.meeting]);
      const meeting = events[0];
      expect(EventSummary.safeParse(meeting).success).toBe(true);
      expect(meeting).toMatchObject({ type: 'MEETING', dateText: 'يوم الاثنين', location: { id: ids.ankara } });
      expect(meeting?.date?.slice(0, 10)).toBe(dates.docAr);
      expect(meeting?.participants.map((p) => p.id).sort()).toEqual([ids.erdogan, ids.trump].sort());
      expect(meeting && meeting.evidence.sentence.slice(meeting.evidence.start, meeting.evidence.end)).toBe('التقى');
    });

    test("a place's coordinates reach its events, its card and the graph answers", async () => {
      const { ids } = ctx.world;
      const [meeting] = await ctx.store.events({ participant: ids.erdogan });
      expect(meeting?.location).toMatchObject({ id: ids.ankara, lat: 39.91987, lon: 32.85427 });
      const [call] = await ctx.store.events({ participant: ids.putin });
      expect(call?.location).toBeNull();
      expect((await ctx.store.entity(ids.ankara))?.entity).toMatchObject({ lat: 39.91987, lon: 32.85427 });
      const unplaced = (await ctx.store.entity(ids.erdogan))?.entity;
      expect(unplaced?.lat).toBeUndefined();
      const around = await ctx.store.neighbors(ids.erdogan, { depth: 2 });
      expect(around.nodes.find((n) => n.id === ids.ankara)?.attributes).toMatchObject({ lat: 39.91987, lon: 32.85427 });
    });

    test('by date range (inclusive)', async () => {
      const { ids } = ctx.world;
      const may = await ctx.store.events({ participant: ids.trump, from: '2025-05-01', to: '2025-05-31' });
      expect(may.map((e) => e.id)).toEqual([ids.meeting]);
      const june = await ctx.store.events({ participant: ids.trump, from: '2025-06-20', to: '2025-06-20' });
      expect(june.map((e) => e.id)).toEqual([ids.call]);
      const both = await ctx.store.events({ participant: ids.trump, from: '2025-01-01' });
      expect(both.map((e) => e.id).sort()).toEqual([ids.meeting, ids.call].sort());
    });

    test('by place, with type and date filters', async () => {
      const { ids } = ctx.world;
      const inAnkara = await ctx.store.events({ place: ids.ankara });
      expect(inAnkara.map((e) => e.id).sort()).toEqual([ids.meeting, ids.arrest].sort());
      expect((await ctx.store.events({ place: ids.ankara, types: ['ARREST'] })).map((e) => e.id)).toEqual([ids.arrest]);
      expect((await ctx.store.events({ place: ids.ankara, from: '2025-06-01' })).map((e) => e.id)).toEqual([
        ids.arrest,
      ]);
    });
  });

  describe('documents and stats', () => {
    // Ingest skips articles already stored (unless their content hash changed).
    test('knownDocuments maps stored ids to their content hash and leaves unknown ids out', async () => {
      const { ids } = ctx.world;
      const unknown = `${ctx.tokens.prefix}doc_unknown`;
      const known = await ctx.store.knownDocuments([ids.docAr, ids.docEn, unknown]);
      expect(known.get(ids.docAr)).toBe(`${ctx.tokens.prefix}hash-ar`);
      expect(known.has(ids.docEn)).toBe(true);
      expect(known.get(ids.docEn) ?? null).toBeNull();
      expect(known.has(unknown)).toBe(false);
      expect((await ctx.store.knownDocuments([])).size).toBe(0);
    });

    // Only lower bounds: other writers may share the database.
    test('stats count at least what this run stored, by type and predicate', async () => {
      const stats = await ctx.store.stats();
      expect(StoreStats.safeParse(stats).success).toBe(true);
      const results = ctx.world.results;
      const entities = new Set(results.flatMap((r) => r.entities.map((e) => e.id)));
      expect(stats.documents).toBeGreaterThanOrEqual(results.length);
      expect(stats.entities).toBeGreaterThanOrEqual(entities.size);
      expect(stats.events).toBeGreaterThanOrEqual(3);
      expect(stats.sentences).toBeGreaterThanOrEqual(results.reduce((n, r) => n + r.sentences.length, 0));
      expect(stats.relations).toBeGreaterThanOrEqual(17);
      expect(stats.byType['PERSON'] ?? 0).toBeGreaterThanOrEqual(4);
      expect(stats.byType['LOCATION'] ?? 0).toBeGreaterThanOrEqual(14);
      expect(stats.byPredicate['SUPPORTS'] ?? 0).toBeGreaterThanOrEqual(12);
      expect(stats.byPredicate['MET'] ?? 0).toBeGreaterThanOrEqual(1);
    });
  });
}
