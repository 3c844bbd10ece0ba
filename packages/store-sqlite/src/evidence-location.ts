// Where a piece of evidence sits: which sentence row holds it and the span's offsets inside that sentence
// (evidence carries document offsets; the viewer highlights inside the sentence).
import { sentenceId, sha256Hex } from '@shabaka/schema';
import type { Evidence, Sentence } from '@shabaka/schema';

/** A sentence row as the store keeps it; offsets are null when the sentence's place in the text is unknown. */
export type SentenceRow = {
  id: string;
  docId: string;
  index: number | null;
  start: number | null;
  end: number | null;
  text: string;
};

export type LocatedEvidence = { sentence: SentenceRow; spanStart: number; spanEnd: number };

/** What the locator may consult besides the evidence itself. */
export type EvidenceContext = {
  /** Sentences of the evidence's document in the result being written. */
  sentences: readonly Sentence[];
  /** The document's text, when the result carries it. */
  docText: string | undefined;
  /** Start offset of an already stored sentence. */
  storedStart: (id: string) => number | null | undefined;
};

const clamp = (n: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, n));

function fromSentence(s: Sentence): SentenceRow {
  return { id: s.id, docId: s.docId, index: s.index, start: s.start, end: s.end, text: s.text };
}

function sentenceOf(ev: Evidence, ctx: EvidenceContext): SentenceRow {
  if (ev.sentenceIndex !== undefined) {
    const listed = ctx.sentences.find((s) => s.index === ev.sentenceIndex);
    if (listed) return fromSentence(listed);
    const id = sentenceId(ev.doc, ev.sentenceIndex);
    const start = ctx.storedStart(id) ?? indexIn(ev, ctx.docText);
    return {
      id,
      docId: ev.doc,
      index: ev.sentenceIndex,
      start,
      end: start === null ? null : start + ev.sentence.length,
      text: ev.sentence,
    };
  }
  const covering =
    ctx.sentences.find((s) => s.text === ev.sentence && s.start <= ev.start && ev.end <= s.end) ??
    ctx.sentences.find((s) => s.text === ev.sentence);
  if (covering) return fromSentence(covering);
  const id = `${ev.doc}#s${sha256Hex(ev.sentence).slice(0, 12)}`;
  const start = ctx.storedStart(id) ?? indexIn(ev, ctx.docText);
  return {
    id,
    docId: ev.doc,
    index: null,
    start,
    end: start === null ? null : start + ev.sentence.length,
    text: ev.sentence,
  };
}

/** The sentence's offset in the document: the occurrence nearest before the span. */
function indexIn(ev: Evidence, docText: string | undefined): number | null {
  if (!docText) return null;
  const at = docText.lastIndexOf(ev.sentence, ev.start);
  if (at >= 0) return at;
  const first = docText.indexOf(ev.sentence);
  return first >= 0 ? first : null;
}

/**
 * Finds the sentence row of `ev` and its span inside that sentence. Without any offset for the sentence the
 * span is taken as already sentence-relative, clamped to the sentence.
 * @example locateEvidence(ev, { sentences: result.sentences.filter((s) => s.docId === ev.doc), docText, storedStart })
 */
export function locateEvidence(ev: Evidence, ctx: EvidenceContext): LocatedEvidence {
  const sentence = sentenceOf(ev, ctx);
  const base = sentence.start ?? 0;
  const length = sentence.text.length;
  const spanStart = clamp(ev.start - base, 0, length);
  const spanEnd = clamp(ev.end - base, spanStart, length);
  return { sentence, spanStart, spanEnd };
}
