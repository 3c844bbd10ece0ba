// Unit tests of phrase gazetteer matching and of the CSV reader used to compile gazetteers.
import { describe, expect, it } from '@jest/globals';
import { phraseTokens } from './compile-gazetteers.js';
import { Gazetteer } from './gazetteer.js';

const gaz = new Gazetteer({
  version: 't',
  lang: 'en',
  sources: [],
  entries: { 'LOC.country': ['united states', 'chad'], 'LOC.city': ['new york', 'new york city'] },
});

describe('Gazetteer.match', () => {
  it('finds every phrase, including nested ones', () => {
    const m = gaz.match([['in'], ['new'], ['york'], ['city']]);
    expect(m.map((x) => [x.start, x.end])).toEqual([
      [1, 3],
      [1, 4],
    ]);
  });
  it('lets the first token match through a variant', () => {
    expect(gaz.match([['x-chad', 'chad']])).toEqual([{ start: 0, end: 1, categories: ['LOC.country'] }]);
  });
});

describe('compile helpers', () => {
  it('splits names into tokenizer-like tokens', () => {
    expect(phraseTokens('Guinea-Bissau (Republic)')).toEqual(['Guinea-Bissau', '(', 'Republic', ')']);
  });
});
