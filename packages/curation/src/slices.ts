// The extraction log: a result cut into one self-contained slice per document (what extraction said about
// it), kept verbatim by the stores, and slices joined back into one result to replay curation over.
import { ExtractionResult } from '@shabaka/schema';
import type { ExtractionSlice } from '@shabaka/schema';

/**
 * Cuts `result` into one slice per document id it cites. A slice holds that document, its sentences, the
 * relations and events it evidences, and the definition of every entity it mentions or refers to (with only
 * the mentions in that document), so replaying any set of slices defines every id it uses. Entities no
 * document cites go to a slice with `doc: null`.
 * @example sliceByDocument(result).map((s) => s.doc) // ['doc_a', 'doc_b']
 */
export function sliceByDocument(result: ExtractionResult): ExtractionSlice[] {
  const slices = new Map<string | null, ExtractionSlice>();
  const slice = (doc: string | null): ExtractionSlice => {
    let s = slices.get(doc);
    if (!s) {
      s = { doc, documents: [], sentences: [], entities: [], relations: [], events: [] };
      slices.set(doc, s);
    }
    return s;
  };
  // Entity id → the documents that name it, in the order they first do.
  const docsOf = new Map<string, Set<string | null>>();
  const refer = (doc: string | null, id: string) => {
    const set = docsOf.get(id);
    if (set) set.add(doc);
    else docsOf.set(id, new Set([doc]));
  };
  for (const d of result.documents) slice(d.id).documents.push(d);
  for (const s of result.sentences) slice(s.docId).sentences.push(s);
  for (const r of result.relations) {
    slice(r.evidence.doc).relations.push(r);
    refer(r.evidence.doc, r.subject);
    refer(r.evidence.doc, r.object);
  }
  for (const ev of result.events) {
    slice(ev.evidence.doc).events.push(ev);
    for (const p of ev.participants) refer(ev.evidence.doc, p);
    if (ev.location) refer(ev.evidence.doc, ev.location);
  }
  for (const e of result.entities) for (const m of e.mentions) refer(m.doc, e.id);
  // In the result's order: the first definition of an entity is the one whose names a store keeps.
  for (const e of result.entities) {
    for (const doc of docsOf.get(e.id) ?? [null]) {
      slice(doc).entities.push({ ...e, mentions: e.mentions.filter((m) => m.doc === doc) });
    }
  }
  return [...slices.values()];
}

/** Every entity id a slice defines or refers to: what makes it part of a curation's replay. */
export function sliceEntityIds(slice: ExtractionSlice): string[] {
  const ids = new Set(slice.entities.map((e) => e.id));
  for (const r of slice.relations) ids.add(r.subject).add(r.object);
  for (const ev of slice.events) {
    for (const p of ev.participants) ids.add(p);
    if (ev.location) ids.add(ev.location);
  }
  return [...ids];
}

/**
 * Joins slices into one result, in their order. An entity several slices define keeps one definition per slice,
 * as the upserts that logged them wrote it: the first one written gives its names, the others add aliases.
 * @example joinSlices(sliceByDocument(result)) // the same facts as `result`
 */
export function joinSlices(slices: readonly ExtractionSlice[]): ExtractionResult {
  const out = ExtractionResult.parse({});
  for (const s of slices) {
    out.documents.push(...s.documents);
    out.sentences.push(...s.sentences);
    out.entities.push(...s.entities);
    out.relations.push(...s.relations);
    out.events.push(...s.events);
  }
  return out;
}
