// The internal mention record shared by the extraction stages, and helpers over token spans.
import type { EntityType } from '@shabaka/schema';
import type { LinkTarget, PhraseKind } from './kb.js';
import type { Tok } from './doc-tokens.js';

/** A typed span over tokens [tokStart, tokEnd) with its original character span [start, end). */
export interface Mention {
  tokStart: number;
  tokEnd: number;
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
 * Character span of tokens [tokStart, tokEnd), starting after the first token's proclitics.
 * @example tokenSpan(toks, 3, 5) // { start: 17, end: 28 }
 */
export function tokenSpan(toks: readonly Tok[], tokStart: number, tokEnd: number): { start: number; end: number } {
  const first = toks[tokStart] as Tok;
  const last = toks[tokEnd - 1] as Tok;
  return { start: first.noCliticStart, end: last.end };
}

/**
 * Surface text for display: guillemets and quotes dropped, spaces collapsed.
 * @example cleanSurface('«داعش»') // 'داعش'
 */
export function cleanSurface(s: string): string {
  return s
    .replace(/[«»"“”]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The tokens of sentence `s` as a contiguous index range.
 * @example sentenceRange(toks, 2) // [40, 71]
 */
export function sentenceRange(toks: readonly Tok[], s: number): [number, number] {
  let a = 0;
  while (a < toks.length && (toks[a] as Tok).sent < s) a++;
  let b = a;
  while (b < toks.length && (toks[b] as Tok).sent === s) b++;
  return [a, b];
}

/**
 * Mentions grouped by a position (sentence, first or end token), each group in input order: lookups by position
 * instead of scans over the whole document, which made long documents quadratic.
 * @example groupMentions(mentions, (m) => m.sent).get(0)
 */
export function groupMentions(mentions: readonly Mention[], key: (m: Mention) => number): Map<number, Mention[]> {
  const groups = new Map<number, Mention[]>();
  for (const m of mentions) {
    const group = groups.get(key(m));
    if (group) group.push(m);
    else groups.set(key(m), [m]);
  }
  return groups;
}
