import type { Modality } from '@shabaka/schema';
import type { Tok } from './doc-tokens.js';
import type { Trigger } from './lexicon.js';
/** A trigger occurrence over tokens [t0, t1). */
export interface Hit {
  trigger: Trigger;
  t0: number;
  t1: number;
  /** The noun has a first-person possessive (اتصالاتي، لقاءنا): the speaker takes part. */
  firstPerson?: boolean;
}
/** A noun and its possessive suffix (matchKey folds ة to ه: لقاءه، زيارتها → زيارته + ا …). */
export declare const POSSESSIVE: RegExp;
/**
 * The trigger occurrences of a sentence's tokens [a, b), longest form first.
 * @example findHits(toks, 0, 20, TRIGGERS_AR).map((h) => h.trigger.event) // ['MEETING']
 */
export declare function findHits(toks: readonly Tok[], a: number, b: number, triggers: readonly Trigger[]): Hit[];
/**
 * Modality of a trigger from cues in its sentence: negation right before it, future markers,
 * unnamed or distanced sources.
 * @example modalityOf(toks, 0, 5, hit) // 'negated' for "لم يلتق …"
 */
export declare function modalityOf(toks: readonly Tok[], a: number, b: number, hit: Hit): Modality;
//# sourceMappingURL=trigger-hits.d.ts.map
