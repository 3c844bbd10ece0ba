// NFKC and matching normalisation that always carries an offset map back to the original text.
import { foldChar, foldString, FOLDABLE } from './fold-chars.js';
import { composeMaps, identityMap, OffsetMapBuilder } from './offset-map.js';
import type { OffsetMap } from './offset-map.js';

export type NormalizeOptions = {
  /**
   * Also fold for matching: strip tashkeel, tatweel, zero-width and bidi controls; unify alef
   * forms, ى→ي, ة→ه, ؤ→و, ئ→ي; Arabic-Indic digits → ASCII; lowercase Latin. Default false (NFKC only).
   */
  forMatch?: boolean;
};

export type Normalized = { text: string; map: OffsetMap };

const MARK = /^\p{M}/u;
const WHITESPACE = /\s/u;

/** Whether the code point at `i` belongs to the cluster before it (a mark, a Hangul vowel/final, a kana voicing mark). */
function continuesCluster(text: string, i: number, code: number): boolean {
  if (code < 0x300) return false;
  if (code >= 0x0600 && code <= 0x06ff) return isArabicBlockMark(code);
  if ((code >= 0x1160 && code <= 0x11ff) || code === 0xff9e || code === 0xff9f) return true;
  return MARK.test(text.slice(i, i + 2));
}

/** Marks of the Arabic block (tashkeel, Quranic signs), tested without a regex because they are so common. */
export function isArabicBlockMark(code: number): boolean {
  return (
    (code >= 0x0610 && code <= 0x061a) ||
    (code >= 0x064b && code <= 0x065f) ||
    code === 0x0670 ||
    (code >= 0x06d6 &&
      code <= 0x06ed &&
      code !== 0x06dd &&
      code !== 0x06de &&
      code !== 0x06e5 &&
      code !== 0x06e6 &&
      code !== 0x06e9)
  );
}

/** Whether a lone code unit is its own NFKC form: ASCII, Latin-1 letters below U+00A0, the Arabic block except high hamza forms. */
export function stableAlone(code: number): boolean {
  return code < 0xa0 || (code >= 0x0600 && code <= 0x06ff && (code < 0x0675 || code > 0x0678));
}

function codeUnitsAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
    const next = text.charCodeAt(i + 1);
    if (next >= 0xdc00 && next <= 0xdfff) return 2;
  }
  return 1;
}

type Segment = { start: number; end: number; out: string };

/**
 * Cuts the text into clusters (a base character and the marks after it), which NFKC never merges
 * across, and normalises each. If that ever disagrees with NFKC of the whole text the text is one segment.
 */
function nfkcSegments(text: string, whole: string): Segment[] {
  const segments: Segment[] = [];
  let joined = '';
  let i = 0;
  while (i < text.length) {
    const start = i;
    i += codeUnitsAt(text, i);
    while (i < text.length && continuesCluster(text, i, text.charCodeAt(i))) i += codeUnitsAt(text, i);
    const raw = text.slice(start, i);
    const out = i - start === 1 && stableAlone(text.charCodeAt(start)) ? raw : raw.normalize('NFKC');
    segments.push({ start, end: i, out });
    joined += out;
  }
  return joined === whole ? segments : [{ start: 0, end: text.length, out: whole }];
}

function mapped(text: string, whole: string, fold: boolean): Normalized {
  const builder = new OffsetMapBuilder(text.length);
  let out = '';
  for (const { start, end, out: seg } of nfkcSegments(text, whole)) {
    if (!fold) {
      builder.emit(seg.length, start, end);
      out += seg;
      continue;
    }
    for (const ch of seg) {
      const folded = foldChar(ch);
      if (folded === '') builder.drop(end);
      else builder.emit(folded.length, start, end);
      out += folded;
    }
  }
  return { text: out, map: builder.build() };
}

/**
 * NFKC-normalises `text` (and with `forMatch`, folds it for matching), returning the new text and
 * a map from its indices back to `text`.
 * @example
 * const { text, map } = normalize('قالَ الرئيسُ', { forMatch: true });
 * text;              // 'قال الرييس' (fatha and damma stripped, ئ → ي)
 * map.toOriginal(4); // 5: the ا of الرئيس in the original
 */
export function normalize(text: string, options: NormalizeOptions = {}): Normalized {
  const fold = options.forMatch === true;
  const whole = text.normalize('NFKC');
  if (whole === text && !(fold && FOLDABLE.test(text))) return { text, map: identityMap(text.length) };
  let result = mapped(text, whole, fold);
  // Removing a mark can unblock a composition NFKC skipped before, so fold until nothing changes.
  for (let pass = 0; fold && pass < 4; pass++) {
    const again = result.text.normalize('NFKC');
    if (again === result.text) break;
    const next = mapped(result.text, again, true);
    result = { text: next.text, map: composeMaps(result.map, next.map) };
  }
  return result;
}

/**
 * The matching key of a string: `normalize(s, { forMatch: true }).text` with whitespace runs
 * collapsed to one space and trimmed. The fast path for gazetteers and search; keeps `ال`
 * (see `stripArticle`).
 * @example matchKey('  إسطنبولُ   التركيّة ') // 'اسطنبول التركيه'
 */
export function matchKey(s: string): string {
  let text = foldString(s.normalize('NFKC'));
  for (let pass = 0; pass < 4; pass++) {
    const again = text.normalize('NFKC');
    if (again === text) break;
    text = foldString(again);
  }
  return WHITESPACE.test(text) ? text.replace(/\s+/gu, ' ').trim() : text;
}
