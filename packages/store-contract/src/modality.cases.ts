// Contract cases for modality: planned, reported and denied relations and events are stored and read back
// as such (graph edges, entity neighbours, events), and an edge is as strong as its strongest evidence.
import { describe, expect, test } from '@jest/globals';
import { ExtractionResult } from '@shabaka/schema';
import type { EntityInput, EventInput, Modality, RelationInput } from '@shabaka/schema';
import { ArticleDraft } from './article-draft.fixtures.js';
import { edgesBetween } from './contract-context.js';
import type { ContractContext } from './contract-context.js';
import type { RunTokens } from './seeded-random.js';

/** Three people and one article per told fact: denied, planned, reported and asserted meetings and calls. */
function buildModalityCase(tokens: RunTokens, run: string) {
  const { prefix: p, en: t } = tokens;
  const person = (key: string, name: string): EntityInput => ({
    id: `${p}per_mod${run}_${key}`,
    type: 'PERSON',
    name: `${name} ${t}${run}`,
    nameEn: `${name} ${t}${run}`,
  });
  const a = person('a', 'Ana Ruiz');
  const b = person('b', 'Omar Haddad');
  const c = person('c', 'Li Wen');
  let n = 0;
  /** One article of one sentence; each fact is [subject, predicate, object, modality, words]. */
  const article = (
    sentence: string,
    facts: [EntityInput, RelationInput['predicate'], EntityInput, Modality, string][],
    events: (d: ArticleDraft, s: number) => EventInput[] = () => [],
  ): ExtractionResult => {
    n++;
    const draft = new ArticleDraft({
      id: `${p}doc_mod${run}_${n}`,
      title: `Talks ${t} ${run} ${n}`,
      lang: 'en',
      publishedAt: `2025-10-0${n}`,
      source: 'Wire',
    });
    const s = draft.add(sentence);
    const relations: RelationInput[] = facts.map(([subject, predicate, object, modality, words]) => ({
      subject: subject.id,
      predicate,
      object: object.id,
      modality,
      evidence: draft.evidence(s, words),
      confidence: 0.8,
    }));
    return ExtractionResult.parse({
      documents: [draft.document()],
      sentences: draft.sentences,
      entities: [a, b, c],
      relations,
      events: events(draft, s),
    });
  };
  const visit = `${p}ev_mod${run}_visit`;
  return {
    ids: { a: a.id, b: b.id, c: c.id, visit },
    denied: article('Ana denied meeting Omar.', [[a, 'MET', b, 'negated', 'meeting']]),
    deniedCall: article('Omar denied calling Li.', [[b, 'SPOKE_WITH', c, 'negated', 'calling']]),
    planned: article(
      'Ana will meet Omar and will call Li, who will visit.',
      [
        [a, 'MET', b, 'planned', 'meet'],
        [a, 'SPOKE_WITH', c, 'planned', 'call'],
      ],
      (d, s) => [
        {
          id: visit,
          type: 'VISIT',
          participants: [c.id],
          modality: 'planned',
          evidence: d.evidence(s, 'visit'),
          confidence: 0.7,
        },
      ],
    ),
    reported: article('Ana reportedly met Omar.', [[a, 'MET', b, 'reported', 'met']]),
    asserted: article('Ana met Omar.', [[a, 'MET', b, 'asserted', 'met']]),
  };
}

export function modalityCases(ctx: ContractContext): void {
  describe('modality', () => {
    test('an edge is stored with its modality and read back in neighbours, entity detail and events', async () => {
      const { store } = ctx;
      const m = buildModalityCase(ctx.tokens, '1');
      await store.upsert(m.denied);
      await store.upsert(m.deniedCall);
      const met = async () => edgesBetween(await store.neighbors(m.ids.a), m.ids.a, m.ids.b, 'MET')[0]?.modality;
      expect(await met()).toBe('negated');
      await store.upsert(m.planned);
      // A plan is a stronger claim than a denial of the same meeting.
      expect(await met()).toBe('planned');
      const detail = await store.entity(m.ids.c);
      const neighbour = (id: string) =>
        detail?.neighbors.find((x) => x.id === id && x.predicate === 'SPOKE_WITH')?.modality;
      expect([neighbour(m.ids.a), neighbour(m.ids.b)]).toEqual(['planned', 'negated']);
      const events = await store.events({ participant: m.ids.c });
      expect(events.find((e) => e.id === m.ids.visit)?.modality).toBe('planned');
    });

    test('an edge is as strong as its strongest evidence, whatever the order', async () => {
      const { store } = ctx;
      const m = buildModalityCase(ctx.tokens, '2');
      const met = async () => edgesBetween(await store.neighbors(m.ids.a), m.ids.a, m.ids.b, 'MET')[0];
      await store.upsert(m.reported);
      expect((await met())?.modality).toBe('reported');
      await store.upsert(m.asserted);
      await store.upsert(m.denied);
      expect(await met()).toMatchObject({ modality: 'asserted', weight: 3 });
    });
  });
}
