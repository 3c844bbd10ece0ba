// Replays analyst decisions over an extraction result: what every write passes through, so re-ingesting an
// article can never un-merge, resurrect or rename back what an analyst decided.
import { matchKey } from '@shabaka/text';
import type { CurationRecord, Entity, Event, ExtractionResult, MentionRef, Relation } from '@shabaka/schema';

/** Ids a result refers to or defines; decisions about other ids cannot change it. */
function referencedIds(result: ExtractionResult): Set<string> {
  const ids = new Set<string>();
  for (const e of result.entities) ids.add(e.id);
  for (const r of result.relations) ids.add(r.subject).add(r.object);
  for (const ev of result.events) {
    for (const p of ev.participants) ids.add(p);
    if (ev.location) ids.add(ev.location);
  }
  for (const d of result.documents) ids.add(d.id);
  for (const r of result.relations) ids.add(r.evidence.doc);
  for (const ev of result.events) ids.add(ev.evidence.doc);
  for (const e of result.entities) for (const m of e.mentions) ids.add(m.doc);
  return ids;
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

/** Events keep the participants left; one left without any participant or place says nothing. */
function renameInEvents(events: readonly Event[], rename: (id: string) => string | null): Event[] {
  const out: Event[] = [];
  for (const ev of events) {
    const participants = unique(ev.participants.map(rename).filter((p): p is string => p !== null));
    const location = ev.location === null ? null : rename(ev.location);
    if (participants.length === 0 && location === null) continue;
    out.push({ ...ev, participants, location });
  }
  return out;
}

/** Relations with endpoints renamed; one that loses an endpoint or becomes a self-loop goes. */
function renameInRelations(relations: readonly Relation[], rename: (id: string) => string | null): Relation[] {
  const out: Relation[] = [];
  for (const r of relations) {
    const subject = rename(r.subject);
    const object = rename(r.object);
    if (subject === null || object === null || subject === object) continue;
    out.push(subject === r.subject && object === r.object ? r : { ...r, subject, object });
  }
  return out;
}

function merge(result: ExtractionResult, record: CurationRecord): ExtractionResult {
  const [keep, other] = record.targets as [string, string];
  // The kept entity's own names win (the record carries them for results that do not define it); the merged
  // one's names become its aliases.
  const own = result.entities.find((e) => e.id === keep);
  const name = own?.name ?? record.payload.name;
  const nameEn = own?.nameEn ?? record.payload.nameEn;
  const type = own?.type ?? record.payload.type;
  const entities = result.entities.map((e) => {
    if (e.id !== other) return e;
    const next = { ...e, id: keep, name: name ?? e.name, nameEn: nameEn ?? e.nameEn, type: type ?? e.type };
    next.aliases = unique([...e.aliases, e.name, e.nameEn]).filter((a) => a !== next.name && a !== next.nameEn);
    return next;
  });
  const rename = (id: string) => (id === other ? keep : id);
  return {
    ...result,
    entities,
    relations: renameInRelations(result.relations, rename),
    events: renameInEvents(result.events, rename),
  };
}

function rename(result: ExtractionResult, record: CurationRecord): ExtractionResult {
  const [id] = record.targets as [string];
  const { name, nameEn, type } = record.payload;
  return {
    ...result,
    entities: result.entities.map((e) => {
      if (e.id !== id) return e;
      const next = { ...e, name: name ?? e.name, nameEn: nameEn ?? e.nameEn, type: type ?? e.type };
      // Extraction's names stay findable as aliases.
      next.aliases = unique([...e.aliases, e.name, e.nameEn]).filter((a) => a !== next.name && a !== next.nameEn);
      return next;
    }),
  };
}

function remove(result: ExtractionResult, record: CurationRecord): ExtractionResult {
  const [id] = record.targets as [string];
  const drop = (x: string) => (x === id ? null : x);
  return {
    ...result,
    entities: result.entities.filter((e) => e.id !== id),
    relations: renameInRelations(result.relations, drop),
    events: renameInEvents(result.events, drop),
  };
}

function retract(result: ExtractionResult, record: CurationRecord): ExtractionResult {
  const [doc] = record.targets as [string];
  const relations = result.relations.filter((r) => r.evidence.doc !== doc);
  const events = result.events.filter((ev) => ev.evidence.doc !== doc);
  const used = new Set<string>();
  for (const r of relations) used.add(r.subject).add(r.object);
  for (const ev of events) {
    for (const p of ev.participants) used.add(p);
    if (ev.location) used.add(ev.location);
  }
  const entities: Entity[] = [];
  for (const e of result.entities) {
    const mentions = e.mentions.filter((m) => m.doc !== doc);
    // An entity only the retracted document supported goes with it.
    if (mentions.length === 0 && e.mentions.length > 0 && !used.has(e.id)) continue;
    entities.push(mentions.length === e.mentions.length ? e : { ...e, mentions });
  }
  return {
    documents: result.documents.filter((d) => d.id !== doc),
    sentences: result.sentences.filter((s) => s.docId !== doc),
    entities,
    relations,
    events,
  };
}

/** The document span of the sentence an evidence cites (its words' span when the sentence is not found). */
function sentenceSpan(
  result: ExtractionResult,
  texts: Map<string, string>,
  ev: Relation['evidence'],
): [number, number] {
  const s = result.sentences.find(
    (x) =>
      x.docId === ev.doc &&
      (ev.sentenceIndex === undefined ? x.start <= ev.start && ev.end <= x.end : x.index === ev.sentenceIndex),
  );
  if (s) return [s.start, s.end];
  const text = texts.get(ev.doc);
  const at = text === undefined || ev.sentence === '' ? -1 : text.lastIndexOf(ev.sentence, ev.start);
  return at >= 0 && ev.end <= at + ev.sentence.length ? [at, at + ev.sentence.length] : [ev.start, ev.end];
}

function split(result: ExtractionResult, record: CurationRecord): ExtractionResult {
  const [id] = record.targets as [string];
  const { name, nameEn, newId } = record.payload as { name: string; nameEn?: string; newId: string };
  const sources = result.entities.filter((e) => e.id === id);
  if (sources.length === 0) return result;
  const key = matchKey(name);
  const texts = new Map(result.documents.map((d) => [d.id, d.text]));
  const isSplit = (m: MentionRef) => {
    const text = texts.get(m.doc)?.slice(m.start, m.end);
    return text !== undefined && matchKey(text) === key;
  };
  const all = sources.flatMap((e) => e.mentions);
  const moved = all.filter(isSplit);
  const stays = all.filter((m) => !isSplit(m));
  const aliases = unique(sources.flatMap((e) => e.aliases).filter((a) => matchKey(a) === key && a !== name));
  if (moved.length === 0 && !sources.some((e) => e.aliases.some((a) => matchKey(a) === key))) return result;
  const inside = (list: readonly MentionRef[], doc: string, [from, to]: [number, number]) =>
    list.some((m) => m.doc === doc && m.start >= from && m.end <= to);
  // A fact moves with the split-off name when its sentence names it and not the entity's other names.
  const movesWith = (ev: Relation['evidence']) => {
    const span = sentenceSpan(result, texts, ev);
    return inside(moved, ev.doc, span) && !inside(stays, ev.doc, span);
  };
  const entities: Entity[] = result.entities.map((e) =>
    e.id === id
      ? {
          ...e,
          mentions: e.mentions.filter((m) => !isSplit(m)),
          aliases: e.aliases.filter((a) => matchKey(a) !== key),
        }
      : e,
  );
  entities.push({ id: newId, type: sources[0]!.type, name, nameEn: nameEn ?? name, aliases, mentions: moved });
  return {
    ...result,
    entities,
    relations: result.relations.map((r) => {
      if ((r.subject !== id && r.object !== id) || !movesWith(r.evidence)) return r;
      return { ...r, subject: r.subject === id ? newId : r.subject, object: r.object === id ? newId : r.object };
    }),
    events: result.events.map((ev) => {
      if (!(ev.participants.includes(id) || ev.location === id) || !movesWith(ev.evidence)) return ev;
      return {
        ...ev,
        participants: ev.participants.map((p) => (p === id ? newId : p)),
        location: ev.location === id ? newId : ev.location,
      };
    }),
  };
}

const APPLY: Record<CurationRecord['action'], (r: ExtractionResult, c: CurationRecord) => ExtractionResult> = {
  merge,
  split,
  rename,
  retype: rename,
  delete: remove,
  retract,
  distinct: (r) => r,
};

/**
 * `result` as the analyst's decisions make it: each record that is not undone, oldest first, rewrites the
 * facts it concerns (merged-away ids become the kept id, deleted entities and retracted documents drop out,
 * renamed entities carry the analyst's names, split-off names get their own entity).
 * @example applyCuration(result, await store.curationRecords())
 */
export function applyCuration(result: ExtractionResult, records: readonly CurationRecord[]): ExtractionResult {
  let out = result;
  let ids: Set<string> | null = null;
  for (const record of records) {
    if (record.undone || record.action === 'distinct') continue;
    ids ??= referencedIds(out);
    if (!record.targets.some((t) => ids!.has(t))) continue;
    out = APPLY[record.action](out, record);
    ids = null;
  }
  return out;
}
