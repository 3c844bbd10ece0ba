// Splitting an evidence sentence into plain, evidence-span and mention segments, for rendering as text nodes.

export type SegmentKind = 'plain' | 'span' | 'mention';

export interface Segment {
  text: string;
  kind: SegmentKind;
}

/** Clamps an offset into the sentence without cutting a UTF-16 surrogate pair. */
function clampOffset(sentence: string, n: number): number {
  let i = Math.max(0, Math.min(sentence.length, Math.trunc(n)));
  const code = sentence.charCodeAt(i);
  if (i > 0 && i < sentence.length && code >= 0xdc00 && code <= 0xdfff) i -= 1;
  return i;
}

/**
 * Where the entity is named in a sentence: the longest of its names found inside the evidence span, else
 * anywhere in the sentence; null when none of them occurs (e.g. an anaphoric mention).
 * @example findMention('التقى فيدان أوميروف', ['هاكان فيدان', 'فيدان'], 0, 19) // { start: 6, end: 11 }
 */
export function findMention(
  sentence: string,
  names: readonly string[],
  spanStart: number,
  spanEnd: number,
): { start: number; end: number } | null {
  const sorted = [...new Set(names)].filter((n) => n.trim().length > 1).sort((a, b) => b.length - a.length);
  for (const inside of [true, false]) {
    for (const name of sorted) {
      let at = sentence.indexOf(name);
      while (at >= 0) {
        if (!inside || (at >= spanStart && at + name.length <= spanEnd)) return { start: at, end: at + name.length };
        at = sentence.indexOf(name, at + 1);
      }
    }
  }
  return null;
}

/**
 * Splits `sentence` into segments: the evidence span [start, end) and, inside or outside it, the mention.
 * Offsets outside the sentence are clamped; empty segments are dropped; the texts concatenate to the sentence.
 * @example highlightSegments('a met b', 0, 7, { start: 0, end: 1 }) // [{ text: 'a', kind: 'mention' }, { text: ' met b', kind: 'span' }]
 */
export function highlightSegments(
  sentence: string,
  start: number,
  end: number,
  mention: { start: number; end: number } | null,
): Segment[] {
  const s = clampOffset(sentence, Math.min(start, end));
  const e = clampOffset(sentence, Math.max(start, end));
  const ms = mention ? clampOffset(sentence, mention.start) : -1;
  const me = mention ? clampOffset(sentence, mention.end) : -1;
  const cuts = [...new Set([0, s, e, ...(mention ? [ms, me] : []), sentence.length])].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 1; i < cuts.length; i++) {
    const from = cuts[i - 1] ?? 0;
    const to = cuts[i] ?? 0;
    if (to <= from) continue;
    const kind: SegmentKind = mention && from >= ms && to <= me ? 'mention' : from >= s && to <= e ? 'span' : 'plain';
    const last = segments[segments.length - 1];
    if (last && last.kind === kind) last.text += sentence.slice(from, to);
    else segments.push({ text: sentence.slice(from, to), kind });
  }
  return segments;
}
