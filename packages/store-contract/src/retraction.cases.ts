// Contract case: an edited article (same id, new content hash) replaces its facts. Its old sentences,
// evidence, events and the relationships only it supported go; relationships also evidenced by another
// article keep that evidence, with weight and seen-dates recomputed from it.
import { describe, expect, test } from '@jest/globals';
import { ExtractionResult } from '@shabaka/schema';
import type { RelationInput } from '@shabaka/schema';
import { ArticleDraft } from './article-draft.fixtures.js';
import type { ContractContext } from './contract-context.js';

type Edition = { id: string; hash: string; date: string; sentence: string };

export function retractionCases(ctx: ContractContext): void {
  const p = (): string => `${ctx.tokens.prefix}ed_`;
  const person = (k: string) => ({
    id: `${p()}per_${k}`,
    type: 'PERSON' as const,
    name: `شخص ${k} ${ctx.tokens.ar}`,
    nameEn: k,
  });
  const article = (e: Edition, relations: (d: ArticleDraft, id: (k: string) => string) => RelationInput[]) => {
    const draft = new ArticleDraft({
      id: `${p()}${e.id}`,
      title: e.id,
      lang: 'ar',
      publishedAt: e.date,
      source: 's',
      contentHash: e.hash,
    });
    draft.add(e.sentence);
    const id = (k: string): string => person(k).id;
    return ExtractionResult.parse({
      documents: [draft.document()],
      sentences: draft.sentences,
      entities: ['a', 'b', 'c'].map(person),
      relations: relations(draft, id),
      events: [
        {
          id: `${p()}ev_${e.id}`,
          type: 'MEETING',
          participants: [id('a'), id('b')],
          evidence: draft.evidence(0, e.sentence.slice(0, 4)),
          confidence: 1,
        },
      ],
    });
  };

  describe('edited articles', () => {
    test('re-upserting an article under a new content hash replaces what its old version said', async () => {
      const { store } = ctx;
      // Another article also says a MET b, a month after the first version of doc_x.
      await store.upsert(
        article({ id: 'doc_other', hash: 'h', date: '2025-02-01', sentence: 'التقى أ ب مجددا.' }, (d, id) => [
          { subject: id('a'), predicate: 'MET', object: id('b'), evidence: d.evidence(0, 'التقى'), confidence: 1 },
        ]),
      );
      const first = { id: 'doc_x', hash: 'h1', date: '2025-01-01', sentence: 'التقى أ ب وانتقد ج.' };
      await store.upsert(
        article(first, (d, id) => [
          { subject: id('a'), predicate: 'MET', object: id('b'), evidence: d.evidence(0, 'التقى'), confidence: 1 },
          { subject: id('a'), predicate: 'OPPOSES', object: id('c'), evidence: d.evidence(0, 'انتقد'), confidence: 1 },
        ]),
      );
      const a = person('a').id;
      const before = await store.neighbors(a);
      expect(before.edges.find((e) => e.type === 'MET')).toMatchObject({ weight: 2, firstSeen: '2025-01-01' });
      expect(before.edges.some((e) => e.type === 'OPPOSES')).toBe(true);

      const edited = { id: 'doc_x', hash: 'h2', date: '2025-03-01', sentence: 'دعم ج أ في بيان.' };
      await store.upsert(
        article(edited, (d, id) => [
          { subject: id('c'), predicate: 'SUPPORTS', object: id('a'), evidence: d.evidence(0, 'دعم'), confidence: 1 },
        ]),
      );
      const after = await store.neighbors(a);
      expect(after.edges.map((e) => e.type).sort()).toEqual(['MET', 'SUPPORTS']);
      expect(after.edges.find((e) => e.type === 'MET')).toMatchObject({
        weight: 1,
        firstSeen: '2025-02-01',
        lastSeen: '2025-02-01',
      });
      const c = await store.entity(person('c').id);
      expect(c?.evidence.map((e) => e.sentence.slice(e.start, e.end))).toEqual(['دعم']);
      // Event sentences are evidence too: a met b at the start of each article's sentence.
      const detail = await store.entity(a);
      const meetings = detail?.evidence.filter((e) => e.predicate === 'MEETING').map((e) => e.doc.id);
      expect(meetings?.sort()).toEqual([`${p()}doc_other`, `${p()}doc_x`]);
      expect((await store.knownDocuments([`${p()}doc_x`])).get(`${p()}doc_x`)).toBe('h2');
      const events = await store.events({ participant: a });
      expect(events.map((e) => e.evidence.sentence).sort()).toEqual([edited.sentence, 'التقى أ ب مجددا.'].sort());
    });

    test('the half-committed `pending:` form of the same content is not an edit', async () => {
      const { store } = ctx;
      const draft = { id: 'doc_p', hash: 'pending:hp', date: '2025-04-01', sentence: 'التقى ب ج في المساء.' };
      const met = (d: ArticleDraft, id: (k: string) => string): RelationInput[] => [
        { subject: id('b'), predicate: 'MET', object: id('c'), evidence: d.evidence(0, 'التقى'), confidence: 1 },
      ];
      await store.upsert(article(draft, met));
      await store.upsert(article({ ...draft, hash: 'hp' }, met));
      const b = await store.neighbors(person('b').id, { predicates: ['MET'] });
      const edge = b.edges.find((e) => e.source === person('c').id || e.target === person('c').id);
      expect(edge).toMatchObject({ weight: 1, firstSeen: '2025-04-01' });
      const events = await store.events({ participant: person('b').id });
      expect(events.filter((e) => e.evidence.sentence === draft.sentence)).toHaveLength(1);
    });
  });
}
