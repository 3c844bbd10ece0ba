// A small world for the curation case: three articles about four people and a city, built under a prefix so a
// curated copy and an untouched control copy can be compared, and a snapshot of what the store answers about it.
import { ExtractionResult } from '@shabaka/schema';
import type { EntityInput, GraphStore } from '@shabaka/schema';
import { ArticleDraft } from './article-draft.fixtures.js';

export type CurationWorld = {
  prefix: string;
  ids: { ahmad: string; abuAli: string; sami: string; karim: string; baghdad: string };
  docs: { first: string; second: string; third: string };
  names: { ahmad: string; abuAli: string; sami: string; karim: string; baghdad: string };
  /** Articles one and two, ingested before the analyst acts. */
  before: ExtractionResult[];
  /** Article three, ingested after: it names the same entities again. */
  later: ExtractionResult;
};

/**
 * Builds the world. With `splitCase`, extraction wrongly gave "Abu Ali" the id of Ahmad (one entity, two
 * names), which is what a split repairs; otherwise Abu Ali is an entity of his own (a duplicate to merge).
 */
export function buildCurationWorld(prefix: string, token: string, splitCase = false): CurationWorld {
  const names = {
    ahmad: `أحمد ${token}`,
    abuAli: `أبو علي ${token}`,
    sami: `سامي ${token}`,
    karim: `كريم ${token}`,
    baghdad: `بغداد ${token}`,
  };
  const ids = {
    ahmad: `${prefix}per_ahmad`,
    abuAli: splitCase ? `${prefix}per_ahmad` : `${prefix}per_abuali`,
    sami: `${prefix}per_sami`,
    karim: `${prefix}per_karim`,
    baghdad: `${prefix}loc_baghdad`,
  };
  const docs = { first: `${prefix}doc_1`, second: `${prefix}doc_2`, third: `${prefix}doc_3` };
  const draft = (id: string, date: string) =>
    new ArticleDraft({ id, title: id, lang: 'ar', publishedAt: date, source: 'curation', contentHash: `h_${id}` });
  const entity = (
    d: ArticleDraft,
    key: keyof typeof names,
    type: EntityInput['type'] = 'PERSON',
  ): EntityInput & { id: string } => ({
    id: ids[key],
    type,
    name: key === 'abuAli' && splitCase ? names.ahmad : names[key],
    nameEn: key,
    aliases: [names[key]],
    mentions: d.mentions(names[key]),
  });
  const joinEntities = (list: (EntityInput & { id: string })[]) => {
    const byId = new Map<string, EntityInput & { id: string }>();
    for (const e of list) {
      const known = byId.get(e.id);
      if (!known) byId.set(e.id, { ...e, aliases: [...(e.aliases ?? [])], mentions: [...(e.mentions ?? [])] });
      else {
        known.aliases = [...new Set([...(known.aliases ?? []), ...(e.aliases ?? [])])];
        known.mentions = [...(known.mentions ?? []), ...(e.mentions ?? [])];
      }
    }
    return [...byId.values()];
  };

  const one = draft(docs.first, '2025-01-10');
  one.add(`التقى ${names.ahmad} ${names.sami} في ${names.baghdad}.`);
  const first = ExtractionResult.parse({
    documents: [one.document()],
    sentences: one.sentences,
    entities: joinEntities([entity(one, 'ahmad'), entity(one, 'sami'), entity(one, 'baghdad', 'LOCATION')]),
    relations: [
      { subject: ids.ahmad, predicate: 'MET', object: ids.sami, evidence: one.evidence(0, 'التقى'), confidence: 1 },
      {
        subject: ids.sami,
        predicate: 'VISITED',
        object: ids.baghdad,
        evidence: one.evidence(0, 'في'),
        confidence: 1,
      },
    ],
    events: [
      {
        id: `${prefix}ev_meeting`,
        type: 'MEETING',
        participants: [ids.ahmad, ids.sami],
        location: ids.baghdad,
        evidence: one.evidence(0, 'التقى'),
        confidence: 1,
      },
    ],
  });

  const two = draft(docs.second, '2025-02-10');
  two.add(`انتقد ${names.abuAli} ${names.sami} بشدة.`);
  two.add(`وصل ${names.ahmad} إلى ${names.baghdad} أمس.`);
  const second = ExtractionResult.parse({
    documents: [two.document()],
    sentences: two.sentences,
    entities: joinEntities([
      entity(two, 'abuAli'),
      entity(two, 'sami'),
      entity(two, 'ahmad'),
      entity(two, 'baghdad', 'LOCATION'),
    ]),
    relations: [
      {
        subject: ids.abuAli,
        predicate: 'OPPOSES',
        object: ids.sami,
        evidence: two.evidence(0, 'انتقد'),
        confidence: 1,
      },
      {
        subject: ids.ahmad,
        predicate: 'VISITED',
        object: ids.baghdad,
        evidence: two.evidence(1, 'وصل'),
        confidence: 1,
      },
    ],
  });

  const three = draft(docs.third, '2025-03-10');
  three.add(`دعم ${names.abuAli} ${names.karim} في ${names.baghdad}.`);
  const later = ExtractionResult.parse({
    documents: [three.document()],
    sentences: three.sentences,
    entities: joinEntities([entity(three, 'abuAli'), entity(three, 'karim'), entity(three, 'baghdad', 'LOCATION')]),
    relations: [
      {
        subject: ids.abuAli,
        predicate: 'SUPPORTS',
        object: ids.karim,
        evidence: three.evidence(0, 'دعم'),
        confidence: 1,
      },
    ],
    events: [
      {
        id: `${prefix}ev_support`,
        type: 'STATEMENT',
        participants: [ids.abuAli, ids.karim],
        location: ids.baghdad,
        evidence: three.evidence(0, 'دعم'),
        confidence: 1,
      },
    ],
  });
  return { prefix, ids, docs, names, before: [first, second], later };
}

function sortedDeep(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value.map(sortedDeep).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  }
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, sortedDeep(v)]));
  }
  return value;
}

/**
 * Everything the store answers about a world's entities, documents and names (entity details, neighbours,
 * events, known documents, search hits), with the world's prefix replaced so two copies compare equal.
 */
export async function snapshotWorld(store: GraphStore, world: CurationWorld): Promise<unknown> {
  const ids = [...new Set(Object.values(world.ids))];
  const out: Record<string, unknown> = {};
  for (const id of ids) {
    out[`entity ${id}`] = await store.entity(id);
    // Relationship ids hash the (prefixed) endpoint ids, so the two copies differ there by construction.
    const graph = await store.neighbors(id);
    out[`neighbors ${id}`] = { ...graph, edges: graph.edges.map(({ id: _hash, ...edge }) => edge) };
    out[`events ${id}`] = await store.events({ participant: id });
  }
  out['documents'] = [...(await store.knownDocuments(Object.values(world.docs))).keys()];
  for (const name of Object.values(world.names)) {
    const hits = await store.search(name, { limit: 100 });
    out[`search ${name}`] = hits.filter((h) => h.id.startsWith(world.prefix)).map((h) => h.id);
  }
  return JSON.parse(JSON.stringify(sortedDeep(out)).replaceAll(world.prefix, '<world>'));
}
