import type { Modality, Sentence } from '@shabaka/schema';
import type { Tok } from './doc-tokens.js';
import type { Mention } from './mention.js';
import type { Hit } from './trigger-hits.js';
/** Complementisers that open reported content (قال إن …, said that …). */
export declare const COMPLEMENTISERS: Set<string>;
/** Markers of the agent after a passive or a noun (نفذه X, by X). */
export declare const AGENT_MARKERS: Set<string>;
/** Nouns of a settlement named after "of": "the city of Kharkiv", "the Ukrainian town of X". */
export declare const SETTLEMENTS: Set<string>;
/** Whether a place is named "(the) [<adjective>] city of X": the token before it is "of" after a settlement noun. */
export declare function settlementOf(toks: readonly Tok[], m: Mention): boolean;
/**
 * The place of an event: a location after في/in/at nearest to the trigger (a city before a country).
 * @example placeOf(toks, inClause, hit)?.text // 'أنقرة'
 */
export declare function placeOf(toks: readonly Tok[], ms: readonly Mention[], hit: Hit): Mention | undefined;
/**
 * Token range of the trigger's clause: after a complementiser before it, up to a purpose word or ؛ after it.
 * @example clauseOf(toks, 0, 30, hit) // [4, 21]
 */
export declare function clauseOf(toks: readonly Tok[], a: number, b: number, hit: Hit): [number, number];
/**
 * Subject of a verb: Arabic VSO takes the actor right after the verb, else the nearest actor before it.
 * @example subjectOf(ms, hit, 'ar', isActor)?.text
 */
export declare function subjectOf(
  ms: readonly Mention[],
  hit: Hit,
  lang: 'ar' | 'en',
  accept: (m: Mention) => boolean,
  reach?: number,
): Mention | undefined;
/**
 * The mentions of the trigger's clause (kept by `keep`) and the event's place among them.
 * @example clauseMentions(toks, site, () => true).place
 */
export declare function clauseMentions(
  toks: readonly Tok[],
  site: Site,
  keep: (m: Mention) => boolean,
): {
  inClause: Mention[];
  place: Mention | undefined;
};
/** Where a trigger fired: its sentence, the sentence's mentions and token range, and its modality. */
export interface Site {
  s: Sentence;
  ms: readonly Mention[];
  hit: Hit;
  modality: Modality;
  a: number;
  b: number;
}
//# sourceMappingURL=clauses.d.ts.map
