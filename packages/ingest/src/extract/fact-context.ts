// The shared state of relation and event extraction: its input, and writers of relations and events with evidence.
import { orientRelation, stableId } from '@shabaka/schema';
import type { Document, Event, EventType, Modality, Predicate, Relation, Sentence } from '@shabaka/schema';
import { nearestDate } from './dates.js';
import type { Cluster } from './coref.js';
import type { Kb } from './kb.js';
import type { Tok } from './doc-tokens.js';
import type { Mention } from './mention.js';
import type { RoleBinding } from './roles.js';
import { PREDICATES } from './predicates.js';
import { roleEn } from './role-en.js';
import type { Hit } from './trigger-hits.js';
import type { Candidate, RuleFinding } from './relation-features.js';
import type { RelationModel } from './relation-model.js';

export interface FactsInput {
  doc: Document;
  lang: 'ar' | 'en';
  toks: readonly Tok[];
  text: string;
  sentences: readonly Sentence[];
  mentions: readonly Mention[];
  clusters: readonly Cluster[];
  bindings: readonly RoleBinding[];
  kb: Kb;
  entityIdOf: (cluster: number) => string;
  extractor: string;
  backgroundFacts: boolean;
  /** The learned relation layer; null leaves the rules' relations. */
  relationModel: RelationModel | null;
  /** Also return the candidate pairs and their features (the trainer's input). */
  collectCandidates?: boolean;
}

/** What extractFacts finds; `candidates` only when asked for. */
export interface Facts {
  relations: Relation[];
  events: Event[];
  /** The rules' relations with the mentions they were read from. */
  findings: RuleFinding[];
  candidates: Candidate[];
}

export interface Ctx {
  input: FactsInput;
  /** The speaker of the last statement, for "وأضاف" / "he added". */
  lastSpeaker?: Mention | undefined;
  relations: Relation[];
  /** Keys of `relations` (subject, object, predicate, role, sentence): the duplicate check without a scan. */
  relationKeys: Set<string>;
  events: Event[];
  /** Each relation of `relations` with the two mentions it was read from. */
  findings: RuleFinding[];
}

/**
 * The evidence record of a finding: its sentence and the character span that states it.
 * @example evidence(ctx, sentence, 120, 168, 0.8).sentence === sentence.text
 */
export function evidence(ctx: Ctx, s: Sentence, start: number, end: number, confidence: number): Relation['evidence'] {
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
export function addRelation(
  ctx: Ctx,
  subject: Mention,
  predicate: Predicate,
  object: Mention,
  s: Sentence,
  span: [number, number],
  confidence: number,
  modality: Modality,
  role: string | null = null,
): void {
  const a = ctx.input.entityIdOf(subject.entity);
  const b = ctx.input.entityIdOf(object.entity);
  if (!a || !b || a === b) return;
  const [sub, obj] = orientRelation(a, predicate, b);
  const key = JSON.stringify([sub, obj, predicate, role, s.index]);
  if (ctx.relationKeys.has(key)) return;
  ctx.relationKeys.add(key);
  const ev = evidence(ctx, s, span[0], span[1], confidence);
  const date = PREDICATES[predicate].dated
    ? nearestDate(s.text, ev.start - s.start, ctx.input.doc.publishedAt, modality === 'planned')
    : undefined;
  const relation: Relation = {
    subject: sub,
    predicate,
    object: obj,
    role,
    roleEn: roleEn(role),
    modality,
    evidence: ev,
    confidence,
    ...(date && { date: date.iso, dateText: date.text }),
  };
  ctx.relations.push(relation);
  const flipped = sub !== a;
  ctx.findings.push({ relation, subject: flipped ? object : subject, object: flipped ? subject : object });
}

export const isActor = (m: Mention): boolean => !m.demonym && (m.type === 'PERSON' || m.type === 'ORGANIZATION');
/** Media and platforms are where things are said, not who meets or fights. */
export const isMedium = (m: Mention): boolean => m.target?.subtype === 'MEDIA' || m.target?.subtype === 'COMPANY';
export const isCountry = (m: Mention): boolean => m.target?.kind === 'country';

/**
 * The mentions with the first one of each entity kept.
 * @example uniqueByEntity([a1, a2, b]) // [a1, b] when a1 and a2 name one entity
 */
export function uniqueByEntity(mentions: readonly Mention[]): Mention[] {
  const seen = new Set<number>();
  return mentions.filter((m) => !seen.has(m.entity) && !!seen.add(m.entity));
}

/**
 * Adds an event (or completes the same event told before) with its place, the nearest date and evidence.
 * @example pushEvent(ctx, 'MEETING', people, ankara, s, hit, 'asserted', 0.75)
 */
export function pushEvent(
  ctx: Ctx,
  type: EventType,
  participants: readonly Mention[],
  place: Mention | undefined,
  s: Sentence,
  hit: Hit,
  modality: Modality,
  confidence: number,
): void {
  const { input } = ctx;
  const ids = [...new Set(participants.map((m) => input.entityIdOf(m.entity)).filter(Boolean))];
  if (ids.length === 0) return;
  const location = place ? input.entityIdOf(place.entity) : null;
  const date = nearestDate(
    s.text,
    (input.toks[hit.tokStart] as Tok).start - s.start,
    input.doc.publishedAt,
    modality === 'planned',
  );
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
  const first = input.toks[hit.tokStart] as Tok;
  const last = input.toks[hit.tokEnd - 1] as Tok;
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
