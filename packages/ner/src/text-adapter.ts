// Tokens with original offsets and sentence grouping for `tag()`, on top of @shabaka/text.
import { splitSentences, tokenize } from '@shabaka/text';

/** A token with offsets into the original string. */
export interface OffsetToken {
  text: string;
  start: number;
  end: number;
}

const ABBREVIATIONS = new Set(
  'Mr Mrs Ms Dr Prof Gen Sen Rep Gov Lt Col Capt Sgt Maj Cmdr Adm Jr Sr St Mt Corp Inc Ltd Co Bros No Jan Feb Aug Sept Sep Oct Nov Dec vs'.split(
    ' ',
  ),
);

/**
 * Tokens of @shabaka/text, with English abbreviations and initials re-joined to their period as the
 * CoNLL-2003 training data writes them ("Corp.", "U.S.", "J.").
 * @example tokenizeWithOffsets('Microsoft Corp. said').map((t) => t.text) // ['Microsoft', 'Corp.', 'said']
 */
export function tokenizeWithOffsets(text: string): OffsetToken[] {
  const out: OffsetToken[] = [];
  for (const t of tokenize(text)) {
    const prev = out[out.length - 1];
    const glued = prev !== undefined && prev.end === t.start;
    if (glued && t.text === '.' && (ABBREVIATIONS.has(prev.text) || /^(?:[A-Z]\.)*[A-Z]$/.test(prev.text))) {
      prev.text += '.';
      prev.end = t.end;
      continue;
    }
    // U.S. arrives as U . S . : rejoin single capitals chained by periods.
    if (glued && /^[A-Z]$/.test(t.text) && /^(?:[A-Z]\.)+$/.test(prev.text)) {
      prev.text += t.text;
      prev.end = t.end;
      continue;
    }
    out.push({ text: t.text, start: t.start, end: t.end });
  }
  return out;
}

/** Longest run of tokens tagged as one sequence (very long "sentences" are lists or tables). */
const MAX_SENTENCE_TOKENS = 200;

/**
 * Groups tokens into the sentences of @shabaka/text's splitter.
 * @example sentenceGroups('A b. C d', tokenizeWithOffsets('A b. C d')).length // 2
 */
export function sentenceGroups(text: string, tokens: readonly OffsetToken[]): OffsetToken[][] {
  const groups: OffsetToken[][] = [];
  let k = 0;
  for (const s of splitSentences(text)) {
    let cur: OffsetToken[] = [];
    while (k < tokens.length && tokens[k]!.start < s.end) {
      cur.push(tokens[k++]!);
      if (cur.length >= MAX_SENTENCE_TOKENS) {
        groups.push(cur);
        cur = [];
      }
    }
    if (cur.length > 0) groups.push(cur);
  }
  if (k < tokens.length) groups.push(tokens.slice(k));
  return groups;
}
