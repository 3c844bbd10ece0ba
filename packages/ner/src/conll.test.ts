// Unit tests of the CoNLL reader.
import { describe, expect, it } from '@jest/globals';
import { parseConll } from './conll.js';

describe('parseConll', () => {
  it('reads two-column ANERcorp lines, PERS tags and a token with a space', () => {
    const s = parseConll('فرانكفورت B-LOC\nقال O\nالصالحية ونايفة O\n\nجورج B-PERS\nبوش I-PERS\n');
    expect(s).toHaveLength(2);
    expect(s[0]!.tokens).toEqual(['فرانكفورت', 'قال', 'الصالحية ونايفة']);
    expect(s[1]!.tags).toEqual(['B-PER', 'I-PER']);
  });
  it('reads four-column CoNLL-2003 lines, marks the sentence after -DOCSTART- and converts IOB1', () => {
    const s = parseConll(
      '-DOCSTART- -X- -X- O\n\nEU NNP B-NP I-ORG\nrejects VBZ B-VP O\n\nGerman JJ B-NP I-MISC\n\n-DOCSTART- -X- -X- O\n\nHi UH B-INTJ O\n',
    );
    expect(s).toEqual([
      { tokens: ['EU', 'rejects'], tags: ['B-ORG', 'O'], docStart: true },
      { tokens: ['German'], tags: ['B-MISC'] },
      { tokens: ['Hi'], tags: ['O'], docStart: true },
    ]);
  });
  it('reads tab-separated WikiANN lines and strips the language prefix', () => {
    expect(parseConll('en:Paris\tB-LOC\nen:is\tO\n')[0]).toEqual({ tokens: ['Paris', 'is'], tags: ['B-LOC', 'O'] });
  });
  it('rejects a line without a tag', () => {
    expect(() => parseConll('lonely\n')).toThrow(/expected "token ... TAG"/);
  });
});
