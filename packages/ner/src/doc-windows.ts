// Which sentences a sentence reads as its document (stack features, document consistency) in a CoNLL file.
import type { LabelledSentence } from './conll.js';

/** Sentences [start, end) that one sentence reads as its document. */
export type DocumentRange = readonly [start: number, end: number];

/**
 * ANERcorp marks no articles: this many consecutive sentences stand for one document. Centred windows of ±3 to ±10
 * sentences instead were no better on 4-fold CV (README, document context), and blocks keep earlier figures comparable.
 */
export const DOCUMENT_BLOCK = 20;

/**
 * Every sentence of a real article reads the whole article (what `tag()` receives).
 * @example wholeDocument(2) // [[0, 2], [0, 2]]
 */
export function wholeDocument(n: number): DocumentRange[] {
  return Array.from({ length: n }, () => [0, n] as const);
}

/**
 * Consecutive blocks of `size` sentences, each one document.
 * @example fixedBlocks(3, 2) // [[0, 2], [0, 2], [2, 3]]
 */
export function fixedBlocks(n: number, size: number): DocumentRange[] {
  return Array.from({ length: n }, (_, k) => [k - (k % size), Math.min(n, k - (k % size) + size)] as const);
}

/**
 * Centred windows of ±`radius` sentences that never cross a document start (`starts[k]`: sentence k begins one).
 * @example slidingWindows([false, false, true, false], 1) // [[0, 2], [0, 2], [2, 4], [2, 4]]
 */
export function slidingWindows(starts: readonly boolean[], radius: number): DocumentRange[] {
  const n = starts.length;
  const docStart: number[] = [];
  starts.forEach((s, k) => docStart.push(s || k === 0 ? k : docStart[k - 1]!));
  const docEnd = new Array<number>(n);
  for (let k = n - 1; k >= 0; k--) docEnd[k] = k === n - 1 || starts[k + 1] ? k + 1 : docEnd[k + 1]!;
  return docStart.map((a, k) => [Math.max(a, k - radius), Math.min(docEnd[k]!, k + radius + 1)] as const);
}

/**
 * The documents of a CoNLL file's sentences: a file that marks its articles (CoNLL-2003 `-DOCSTART-`) is read article
 * by article, as `tag()` reads its input; one that marks none (ANERcorp) in blocks of DOCUMENT_BLOCK sentences.
 * @example fileDocuments(readConll(path)).length === readConll(path).length
 */
export function fileDocuments(sentences: readonly LabelledSentence[]): DocumentRange[] {
  const starts = sentences.map((s) => s.docStart === true);
  return starts.includes(true) ? slidingWindows(starts, Infinity) : fixedBlocks(starts.length, DOCUMENT_BLOCK);
}

/**
 * `build(range)` for each sentence's range, built once per run of sentences sharing it (the sentences of one article
 * or block); sliding windows differ at every sentence and get one each.
 * @example perRange([[0, 2], [0, 2], [2, 3]], ([a, b]) => b - a) // [2, 2, 1]
 */
export function perRange<T>(ranges: readonly DocumentRange[], build: (range: DocumentRange) => T): T[] {
  const out: T[] = [];
  ranges.forEach((range, k) => {
    const prev = ranges[k - 1];
    out.push(prev && prev[0] === range[0] && prev[1] === range[1] ? out[k - 1]! : build(range));
  });
  return out;
}
