// The fixture behind docs/cypher.md's tests: the contract world plus one English article with a
// three-party negotiation and a denied relation, so every documented query has something to find.
import { ExtractionResult } from '@shabaka/schema';
import type { EntityInput } from '@shabaka/schema';
import { ArticleDraft, buildWorld } from '@shabaka/store-contract';
import type { RunTokens, World } from '@shabaka/store-contract';

export type AnalystWorld = World & {
  results: ExtractionResult[];
  /** The negotiation's date and the extra article's id. */
  extra: { date: string; docId: string; eventId: string };
};

/**
 * The contract world for `tokens` plus the analyst article (upsert `results` in order).
 * @example const world = buildAnalystWorld(runTokens(seededRandom(1)))
 */
export function buildAnalystWorld(tokens: RunTokens): AnalystWorld {
  const world = buildWorld(tokens);
  const { ids } = world;
  const l = tokens.en[0]!.toUpperCase() + tokens.en.slice(1);
  const date = '2025-06-25';
  const draft = new ArticleDraft({
    id: `${tokens.prefix}doc_talks`,
    title: `Three-way talks in Ankara ${l}`,
    lang: 'en',
    publishedAt: date,
    source: 'AP',
    url: `https://example.org/en/${tokens.prefix}talks`,
  });
  const talks = draft.add(`Erdogan ${l}, Trump ${l} and Putin ${l} negotiated in Ankara ${l} on Wednesday.`);
  const denied = draft.add(`Trump ${l} did not back the Justice and Development Party ${l}.`);
  const known = new Map(world.results.flatMap((r) => r.entities).map((e) => [e.id, e]));
  const entity = (id: string, surface: string): EntityInput => {
    const e = known.get(id);
    if (!e) throw new Error(`fixtures: ${id} is not in the contract world`);
    return { ...e, mentions: draft.mentions(surface) };
  };
  const extra = ExtractionResult.parse({
    documents: [draft.document()],
    sentences: draft.sentences,
    entities: [
      entity(ids.erdogan, `Erdogan ${l}`),
      entity(ids.trump, `Trump ${l}`),
      entity(ids.putin, `Putin ${l}`),
      entity(ids.ankara, `Ankara ${l}`),
      entity(ids.akp, `Justice and Development Party ${l}`),
    ],
    relations: [
      {
        subject: ids.trump,
        predicate: 'SUPPORTS',
        object: ids.akp,
        modality: 'negated',
        evidence: draft.evidence(denied, 'did not back'),
        confidence: 0.7,
      },
    ],
    events: [
      {
        id: `${tokens.prefix}ev_talks`,
        type: 'NEGOTIATION',
        participants: [ids.erdogan, ids.trump, ids.putin],
        location: ids.ankara,
        date,
        dateText: 'on Wednesday',
        evidence: draft.evidence(talks, 'negotiated'),
        confidence: 0.8,
      },
    ],
  });
  return {
    ...world,
    results: [...world.results, extra],
    extra: { date, docId: draft.meta.id, eventId: `${tokens.prefix}ev_talks` },
  };
}
