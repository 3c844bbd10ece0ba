// Unit and property tests of the offset-keeping tokenizer used by tag().
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { sentenceGroups, tokenizeWithOffsets } from './text-adapter.js';

describe('tokenizeWithOffsets', () => {
  it('splits Arabic punctuation and keeps English abbreviations whole', () => {
    expect(tokenizeWithOffsets('قال «حماس»، U.S. Corp.').map((t) => t.text)).toEqual([
      'قال',
      '«',
      'حماس',
      '»',
      '،',
      'U.S.',
      'Corp.',
    ]);
  });
  it('gives offsets that slice back to each token', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) =>
        tokenizeWithOffsets(s).every((t) => s.slice(t.start, t.end) === t.text),
      ),
    );
  });
});

describe('sentenceGroups', () => {
  it('splits after final punctuation and at line breaks', () => {
    const text = 'زار أنقرة. ثم عاد\nوقال';
    expect(sentenceGroups(text, tokenizeWithOffsets(text)).map((g) => g.map((t) => t.text).join(' '))).toEqual([
      'زار أنقرة .',
      'ثم عاد',
      'وقال',
    ]);
  });
});
