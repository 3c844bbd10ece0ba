import type { EntityType } from '@shabaka/schema';
import type { LinkTarget, PhraseKind } from './kb.js';
import type { Tok } from './doc-tokens.js';
/** A typed span over tokens [t0, t1) with its original character span [start, end). */
export interface Mention {
  t0: number;
  t1: number;
  start: number;
  end: number;
  text: string;
  type: EntityType;
  source: 'model' | 'rule' | 'gazetteer';
  confidence: number;
  target?: LinkTarget | undefined;
  kind: PhraseKind | 'ner' | 'rule';
  sent: number;
  /** The mention names its country only through an adjective (التركية, Turkish). */
  demonym: boolean;
  /** Index of the entity cluster after coreference. */
  entity: number;
  /** Found by anaphora resolution (التنظيم، البلاد, a role description), not by a name. */
  anaphor?: boolean;
  /** A role description that names the person in this article (الرئيس التركي): kept as an alias. */
  role?: boolean;
  /** Another name of an earlier mention (a kunya or alias introduced by المكني / known as). */
  sameAs?: Mention | undefined;
}
/**
 * Character span of tokens [t0, t1), starting after the first token's proclitics.
 * @example tokenSpan(toks, 3, 5) // { start: 17, end: 28 }
 */
export declare function tokenSpan(
  toks: readonly Tok[],
  t0: number,
  t1: number,
): {
  start: number;
  end: number;
};
/**
 * Surface text for display: guillemets and quotes dropped, spaces collapsed.
 * @example cleanSurface('«داعش»') // 'داعش'
 */
export declare function cleanSurface(s: string): string;
/**
 * The tokens of sentence `s` as a contiguous index range.
 * @example sentenceRange(toks, 2) // [40, 71]
 */
export declare function sentenceRange(toks: readonly Tok[], s: number): [number, number];
//# sourceMappingURL=mention.d.ts.map
