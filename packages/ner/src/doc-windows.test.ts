// Unit tests of the documents read from CoNLL files.
import { describe, expect, it } from '@jest/globals';
import { parseConll } from './conll.js';
import { DOCUMENT_BLOCK, fileDocuments, fixedBlocks, perRange, slidingWindows, wholeDocument } from './doc-windows.js';

describe('slidingWindows', () => {
  it('centres a window of ±radius sentences on each sentence, clipped at the ends', () => {
    expect(slidingWindows([false, false, false, false, false], 1)).toEqual([
      [0, 2],
      [0, 3],
      [1, 4],
      [2, 5],
      [3, 5],
    ]);
  });
  it('never crosses a document start', () => {
    expect(slidingWindows([true, false, false, true, false], 2)).toEqual([
      [0, 3],
      [0, 3],
      [0, 3],
      [3, 5],
      [3, 5],
    ]);
  });
});

describe('fixedBlocks', () => {
  it('cuts the sentences into consecutive blocks, the last one shorter', () => {
    expect(fixedBlocks(5, 2)).toEqual([
      [0, 2],
      [0, 2],
      [2, 4],
      [2, 4],
      [4, 5],
    ]);
  });
});

describe('fileDocuments', () => {
  it('reads a file with -DOCSTART- lines article by article, however long the article', () => {
    const doc = (n: number): string => `-DOCSTART- -X- -X- O\n\n${'A NNP B-NP I-ORG\n\n'.repeat(n)}`;
    const ranges = fileDocuments(parseConll(doc(DOCUMENT_BLOCK + 5) + doc(1)));
    expect(ranges[0]).toEqual([0, DOCUMENT_BLOCK + 5]);
    expect(ranges[DOCUMENT_BLOCK + 4]).toEqual([0, DOCUMENT_BLOCK + 5]);
    expect(ranges[DOCUMENT_BLOCK + 5]).toEqual([DOCUMENT_BLOCK + 5, DOCUMENT_BLOCK + 6]);
  });
  it('reads a file without them in blocks of DOCUMENT_BLOCK sentences', () => {
    const ranges = fileDocuments(parseConll('A O\n\n'.repeat(DOCUMENT_BLOCK + 1)));
    expect(ranges[DOCUMENT_BLOCK - 1]).toEqual([0, DOCUMENT_BLOCK]);
    expect(ranges[DOCUMENT_BLOCK]).toEqual([DOCUMENT_BLOCK, DOCUMENT_BLOCK + 1]);
  });
});

describe('wholeDocument', () => {
  it('gives every sentence the whole input', () => {
    expect(wholeDocument(2)).toEqual([
      [0, 2],
      [0, 2],
    ]);
  });
});

describe('perRange', () => {
  it('builds once per run of sentences sharing a range, and again when a range recurs later', () => {
    const built: number[] = [];
    const out = perRange(
      [
        [0, 2],
        [0, 2],
        [2, 3],
        [0, 2],
      ],
      ([a, b]) => {
        built.push(a);
        return b - a;
      },
    );
    expect(out).toEqual([2, 2, 1, 2]);
    expect(built).toEqual([0, 2, 0]);
  });
});
