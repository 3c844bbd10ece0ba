import type { Document, Event, EventType, Modality, Predicate, Relation, Sentence } from '@shabaka/schema';
import type { Cluster } from './coref.js';
import type { Kb } from './kb.js';
import type { Tok } from './doc-tokens.js';
import type { Mention } from './mention.js';
import type { RoleBinding } from './roles.js';
import type { Hit } from './trigger-hits.js';
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
}
export interface Ctx {
  input: FactsInput;
  /** The speaker of the last statement, for "وأضاف" / "he added". */
  lastSpeaker?: Mention | undefined;
  relations: Relation[];
  events: Event[];
}
/**
 * The evidence record of a finding: its sentence and the character span that states it.
 * @example evidence(ctx, sentence, 120, 168, 0.8).sentence === sentence.text
 */
export declare function evidence(
  ctx: Ctx,
  s: Sentence,
  start: number,
  end: number,
  confidence: number,
): Relation['evidence'];
/**
 * Adds a relation between the entities of two mentions (symmetric ones oriented, duplicates per sentence dropped).
 * @example addRelation(ctx, fidan, 'MET', safadi, s, [31, 118], 0.7, 'asserted')
 */
export declare function addRelation(
  ctx: Ctx,
  subject: Mention,
  predicate: Predicate,
  object: Mention,
  s: Sentence,
  span: [number, number],
  confidence: number,
  modality: Modality,
  role?: string | null,
): void;
export declare const isActor: (m: Mention) => boolean;
/** Media and platforms are where things are said, not who meets or fights. */
export declare const isMedium: (m: Mention) => boolean;
export declare const isCountry: (m: Mention) => boolean;
/**
 * The mentions with the first one of each entity kept.
 * @example uniqueByEntity([a1, a2, b]) // [a1, b] when a1 and a2 name one entity
 */
export declare function uniqueByEntity(ms: readonly Mention[]): Mention[];
/**
 * Adds an event (or completes the same event told before) with its place, the nearest date and evidence.
 * @example pushEvent(ctx, 'MEETING', people, ankara, s, hit, 'asserted', 0.75)
 */
export declare function pushEvent(
  ctx: Ctx,
  type: EventType,
  participants: readonly Mention[],
  place: Mention | undefined,
  s: Sentence,
  hit: Hit,
  modality: Modality,
  confidence: number,
): void;
//# sourceMappingURL=fact-context.d.ts.map
