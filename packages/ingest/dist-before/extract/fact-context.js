// The shared state of relation and event extraction: its input, and writers of relations and events with evidence.
import { orientRelation, stableId } from '@shabaka/schema';
import { findDates } from './dates.js';
/**
 * The evidence record of a finding: its sentence and the character span that states it.
 * @example evidence(ctx, sentence, 120, 168, 0.8).sentence === sentence.text
 */
export function evidence(ctx, s, start, end, confidence) {
  return {
    doc: ctx.input.doc.id,
    sentence: s.text,
    sentenceIndex: s.index,
    start: Math.max(s.start, Math.min(start, end)),
    end: Math.min(s.end, Math.max(start, end)),
    extractor: ctx.input.extractor,
    confidence,
  };
}
/**
 * Adds a relation between the entities of two mentions (symmetric ones oriented, duplicates per sentence dropped).
 * @example addRelation(ctx, fidan, 'MET', safadi, s, [31, 118], 0.7, 'asserted')
 */
export function addRelation(ctx, subject, predicate, object, s, span, confidence, modality, role = null) {
  const a = ctx.input.entityIdOf(subject.entity);
  const b = ctx.input.entityIdOf(object.entity);
  if (!a || !b || a === b) return;
  const [sub, obj] = orientRelation(a, predicate, b);
  if (
    ctx.relations.some(
      (r) =>
        r.subject === sub &&
        r.object === obj &&
        r.predicate === predicate &&
        r.role === role &&
        r.evidence.sentenceIndex === s.index,
    )
  )
    return;
  ctx.relations.push({
    subject: sub,
    predicate,
    object: obj,
    role,
    modality,
    evidence: evidence(ctx, s, span[0], span[1], confidence),
    confidence,
  });
}
export const isActor = (m) => !m.demonym && (m.type === 'PERSON' || m.type === 'ORGANIZATION');
/** Media and platforms are where things are said, not who meets or fights. */
export const isMedium = (m) => m.target?.subtype === 'MEDIA' || m.target?.subtype === 'COMPANY';
export const isCountry = (m) => m.target?.kind === 'country';
/**
 * The mentions with the first one of each entity kept.
 * @example uniqueByEntity([a1, a2, b]) // [a1, b] when a1 and a2 name one entity
 */
export function uniqueByEntity(ms) {
  const seen = new Set();
  return ms.filter((m) => !seen.has(m.entity) && !!seen.add(m.entity));
}
/**
 * Adds an event (or completes the same event told before) with its place, the nearest date and evidence.
 * @example pushEvent(ctx, 'MEETING', people, ankara, s, hit, 'asserted', 0.75)
 */
export function pushEvent(ctx, type, participants, place, s, hit, modality, confidence) {
  const { input } = ctx;
  const ids = [...new Set(participants.map((m) => input.entityIdOf(m.entity)).filter(Boolean))];
  if (ids.length === 0) return;
  const location = place ? input.entityIdOf(place.entity) : null;
  const dates = findDates(s.text, input.doc.publishedAt, modality === 'future');
  const at = input.toks[hit.t0].start - s.start;
  const date = [...dates].sort((x, y) => Math.abs(x.start - at) - Math.abs(y.start - at))[0];
  // The same happening told again (same type, same participants) is one event. Only a meeting, call or
  // visit takes its place and date from a later telling; arrests and attacks of one group recur.
  const retold = type === 'MEETING' || type === 'CALL' || type === 'VISIT' || type === 'NEGOTIATION';
  const same = ctx.events.find(
    (e) => e.type === type && e.participants.length === ids.length && ids.every((id) => e.participants.includes(id)),
  );
  if (same) {
    if (!retold) return;
    same.location ??= location;
    if (!same.dateText && date) {
      same.dateText = date.text;
      same.date = date.iso;
    }
    return;
  }
  const first = input.toks[hit.t0];
  const last = input.toks[hit.t1 - 1];
  ctx.events.push({
    id: stableId('ev', input.doc.id, type, String(s.index), ids.slice().sort().join(',')),
    type,
    participants: ids,
    location,
    date: date?.iso ?? null,
    dateText: date?.text ?? null,
    modality,
    evidence: evidence(ctx, s, first.start, last.end, confidence),
    confidence,
  });
}
//# sourceMappingURL=fact-context.js.map
