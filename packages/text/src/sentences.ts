// Sentence splitter for Arabic and English news: spans with offsets into the original text.

import { ABBREVIATIONS } from './abbreviations.js';

export type SentenceSpan = { start: number; end: number; text: string };

const ABBREVIATION_SET = new Set(ABBREVIATIONS);

const TERMINATORS = '.!?؟…';
const OPENERS: Record<string, string> = { '«': '»', '“': '”', '‹': '›', '(': ')', '[': ']', '﴾': '﴿' };
const CLOSERS = new Set(['»', '”', '›', ')', ']', '﴿', '"', "'", '’']);

// The only characters the splitter looks at: terminators, newlines, quotes and brackets.
const INTERESTING = /[\n.!?؟…«“‹([﴾"»”›)\]﴿]/g;
const ARABIC_LETTER = /[\u0620-\u064A\u066E-\u06D3\u06FA-\u06FC]/;

const isSpace = (c: string | undefined): boolean => c !== undefined && /\s/.test(c);
const LETTER = /\p{L}/u;
const LOWER_LATIN = /[a-z\u00DF-\u00FF]/;

/** The word (letters, digits and inner dots) that ends just before index `dot`. */
function wordBefore(text: string, dot: number): string {
  let i = dot;
  // Abbreviations are short; the bound keeps a long run of letters and dots from being rescanned at every dot.
  const stop = Math.max(0, dot - 32);
  while (i > stop && /[\p{L}\p{M}\p{Nd}.]/u.test(text[i - 1] as string)) i--;
  return text.slice(i, dot);
}

/** Whether the dot at `dot` ends an abbreviation, an initial or a list number rather than a sentence. */
function isAbbreviationDot(text: string, dot: number, sentenceStart: number): boolean {
  const word = wordBefore(text, dot);
  if (word === '') return false;
  if (/^\p{L}\p{M}*$/u.test(word)) return true; // initials: J. K. Rowling, د.
  if (/^(\p{L}\.)+\p{L}$/u.test(word)) return true; // dotted acronyms before their last dot: U.S., e.g., ص.ب.
  if (ABBREVIATION_SET.has(word.toLowerCase())) return true;
  // "1." or "IV." opening a line is a list marker.
  return /^(\d{1,2}|[ivxIVX]{1,4})$/.test(word) && text.slice(sentenceStart, dot - word.length).trim() === '';
}

/** Index of the first non-space character at or after `i`. */
function skipSpaces(text: string, i: number): number {
  while (i < text.length && isSpace(text[i]) && text[i] !== '\n') i++;
  return i;
}

/**
 * For each quote or bracket opener, whether it closes before the end of its line: only those
 * hold a sentence together, so one stray « cannot swallow a paragraph.
 */
function balancedOpeners(text: string): Set<number> {
  const balanced = new Set<number>();
  const stack: { at: number; close: string }[] = [];
  let straightOpen = -1;
  for (const m of text.matchAll(INTERESTING)) {
    const i = m.index;
    const c = m[0];
    if (c === '\n') {
      stack.length = 0;
      straightOpen = -1;
    } else if (OPENERS[c] !== undefined) {
      stack.push({ at: i, close: OPENERS[c] });
    } else if (c === '"') {
      if (straightOpen < 0) straightOpen = i;
      else {
        balanced.add(straightOpen);
        straightOpen = -1;
      }
    } else if (stack.length > 0 && (stack[stack.length - 1] as { close: string }).close === c) {
      balanced.add((stack.pop() as { at: number }).at);
    }
  }
  return balanced;
}

/**
 * Splits text into sentences on . ! ? ؟ … and on newlines, but not after abbreviations (Mr., U.S.),
 * initials, decimals and dates (3.5, 12.05.2024), nor inside «quotes» that close on the same line.
 * Spans are trimmed, ordered, non-overlapping, with offsets into `text`.
 * @example
 * splitSentences('قال د. أحمد إن النمو بلغ 3.5 بالمئة. وأضاف أن…')
 * // [{ start: 0, end: 36, text: 'قال د. أحمد إن النمو بلغ 3.5 بالمئة.' }, { start: 37, … }]
 */
export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  const balanced = balancedOpeners(text);
  const push = (start: number, end: number): void => {
    while (start < end && isSpace(text[start])) start++;
    while (end > start && isSpace(text[end - 1])) end--;
    if (end > start) spans.push({ start, end, text: text.slice(start, end) });
  };
  let start = 0;
  let depth = 0;
  let straight = false;
  const re = new RegExp(INTERESTING);
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const i = m.index;
    const c = m[0];
    if (c === '\n') {
      push(start, i);
      start = i + 1;
      depth = 0;
      straight = false;
      continue;
    }
    if (OPENERS[c] !== undefined) {
      if (balanced.has(i)) depth++;
      continue;
    }
    if (c === '"') {
      if (straight) {
        straight = false;
        depth--;
      } else if (balanced.has(i)) {
        straight = true;
        depth++;
      }
      continue;
    }
    if (CLOSERS.has(c) && c !== "'" && c !== '’') {
      if (depth > 0) depth--;
      continue;
    }
    if (!TERMINATORS.includes(c)) continue;
    // A dot between digits or letters (3.5, U.S.A, example.com) never ends a sentence.
    const next = text[i + 1];
    if (c === '.' && next !== undefined && /[\p{L}\p{Nd}]/u.test(next) && !ARABIC_LETTER.test(next)) continue;
    if (c === '.' && isAbbreviationDot(text, i, start)) continue;
    // Take the whole run of terminators and the closers after it into this sentence.
    let end = i + 1;
    while (end < text.length && TERMINATORS.includes(text[end] as string)) end++;
    let closeDepth = depth;
    while (end < text.length && CLOSERS.has(text[end] as string)) {
      const q = text[end] as string;
      if (q === '"') {
        if (!straight) break;
        straight = false;
      }
      if (q !== "'" && q !== '’' && closeDepth > 0) closeDepth--;
      end++;
    }
    depth = closeDepth;
    re.lastIndex = end;
    if (depth > 0) continue;
    const after = skipSpaces(text, end);
    if (end < text.length && after === end && !ARABIC_LETTER.test(text[end] as string)) continue;
    // "e.g. the" — a lowercase Latin word after the dot continues the sentence.
    if (c === '.' && after < text.length && LOWER_LATIN.test(text[after] as string)) continue;
    if (after < text.length && !LETTER.test(text[after] as string) && /[,،;؛:]/.test(text[after] as string)) continue;
    push(start, end);
    start = end;
  }
  push(start, text.length);
  return spans;
}
