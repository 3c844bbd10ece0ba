// An edited article (same id, new content hash) replaces its facts: old sentences, evidence, relations that
// only it supported, and events go; relations also evidenced elsewhere keep their other evidence and dates.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { ExtractionResult } from '@shabaka/schema';
import type { GraphStore, RelationInput } from '@shabaka/schema';
import { ArticleDraft } from '@shabaka/store-contract';
import { createSqliteStore } from './sqlite-store.js';

const people = ['a', 'b', 'c'].map((k) => ({ id: `per_${k}`, type: 'PERSON' as const, name: `شخص ${k}`, nameEn: k }));

function article(
  id: string,
  hash: string,
  date: string,
  sentence: string,
  relations: (d: ArticleDraft) => RelationInput[],
) {
  const draft = new ArticleDraft({ id, title: id, lang: 'ar', publishedAt: date, source: 's', contentHash: hash });
  draft.add(sentence);
  return ExtractionResult.parse({
    documents: [draft.document()],
    sentences: draft.sentences,
    entities: people,
    relations: relations(draft),
    events: [
      {
        id: `ev_${id}`,
        type: 'MEETING',
        participants: ['per_a', 'per_b'],
        evidence: draft.evidence(0, sentence.slice(0, 4)),
        confidence: 1,
      },
    ],
  });
}

describe('sqlite: edited articles', () => {
  let store: GraphStore;
  beforeAll(async () => {
    store = await createSqliteStore({ path: ':memory:' });
    // Another article also says a MET b, a month later.
    await store.upsert(
      article('doc_other', 'h', '2025-02-01', 'التقى أ ب مجددا.', (d) => [
        { subject: 'per_a', predicate: 'MET', object: 'per_b', evidence: d.evidence(0, 'التقى'), confidence: 1 },
      ]),
    );
    await store.upsert(
      article('doc_x', 'h1', '2025-01-01', 'التقى أ ب وانتقد ج.', (d) => [
        { subject: 'per_a', predicate: 'MET', object: 'per_b', evidence: d.evidence(0, 'التقى'), confidence: 1 },
        { subject: 'per_a', predicate: 'OPPOSES', object: 'per_c', evidence: d.evidence(0, 'انتقد'), confidence: 1 },
      ]),
    );
  });
  afterAll(async () => {
    await store.close();
  });

  test('before the edit: MET has weight 2 from January, OPPOSES exists', async () => {
    const g = await store.neighbors('per_a');
    expect(g.edges.find((e) => e.type === 'MET')).toMatchObject({ weight: 2, firstSeen: '2025-01-01' });
    expect(g.edges.some((e) => e.type === 'OPPOSES')).toBe(true);
  });

  test('after the edit: only the new facts of the article remain', async () => {
    const edited = article('doc_x', 'h2', '2025-03-01', 'دعم ج أ في بيان.', (d) => [
      { subject: 'per_c', predicate: 'SUPPORTS', object: 'per_a', evidence: d.evidence(0, 'دعم'), confidence: 1 },
    ]);
    await store.upsert(edited);
    const g = await store.neighbors('per_a');
    expect(g.edges.map((e) => e.type).sort()).toEqual(['MET', 'SUPPORTS']);
    expect(g.edges.find((e) => e.type === 'MET')).toMatchObject({
      weight: 1,
      firstSeen: '2025-02-01',
      lastSeen: '2025-02-01',
    });
    const detail = await store.entity('per_c');
    expect(detail?.evidence.map((e) => e.sentence.slice(e.start, e.end))).toEqual(['دعم']);
    // Event sentences are evidence too: a met b at the start of the edited sentence.
    const a = await store.entity('per_a');
    expect(
      a?.evidence
        .filter((e) => e.predicate === 'MEETING')
        .map((e) => e.doc.id)
        .sort(),
    ).toEqual(['doc_other', 'doc_x']);
    expect((await store.knownDocuments(['doc_x'])).get('doc_x')).toBe('h2');
    expect((await store.events({ participant: 'per_a' })).map((e) => e.evidence.sentence).sort()).toEqual(
      ['التقى أ ب مجددا.', 'دعم ج أ في بيان.'].sort(),
    );
    // Degree follows the evidence: a has MET (1) + SUPPORTS (1).
    expect(g.nodes.find((n) => n.id === 'per_a')?.score).toBe(2);
  });
});
