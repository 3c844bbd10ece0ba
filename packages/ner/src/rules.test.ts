// Unit tests of the high-precision rules and the gazetteer fill.
import { describe, expect, it } from '@jest/globals';
import { Gazetteer } from './gazetteer.js';
import { applyRules } from './rules.js';

const gaz = new Gazetteer({
  version: 't',
  lang: 'ar',
  sources: [],
  entries: {
    'PER.word': ['رجب', 'طيب', 'اردوغان'],
    DEMONYM: ['التركي'],
    'LOC.country': ['مصر'],
    'LOC.capital': ['انقره'],
  },
});
const free = (n: number): boolean[] => new Array<boolean>(n).fill(false);

describe('applyRules (Arabic)', () => {
  it('tags known names after a title and a nationality as PERSON', () => {
    const tokens = ['الرئيس', 'التركي', 'رجب', 'طيب', 'إردوغان', 'يزور'];
    expect(applyRules(tokens, 'ar', gaz, free(tokens.length))).toEqual([
      { start: 2, end: 5, type: 'PERSON', confidence: 0.85, source: 'rule' },
    ]);
  });
  it('tags a «quoted» name after an organisation head', () => {
    const tokens = ['عناصر', 'تنظيم', '«', 'الدولة', 'الإسلامية', '»'];
    expect(applyRules(tokens, 'ar', gaz, free(tokens.length))).toEqual([
      { start: 3, end: 5, type: 'ORGANIZATION', confidence: 0.9, source: 'rule' },
    ]);
  });
  it('fills a missed country but not inside a larger name', () => {
    expect(applyRules(['زار', 'مصر'], 'ar', gaz, free(2))).toEqual([
      { start: 1, end: 2, type: 'LOCATION', confidence: 0.75, source: 'gazetteer' },
    ]);
    expect(applyRules(['جامعة', 'مصر'], 'ar', gaz, free(2))).toEqual([]);
    expect(applyRules(['بنك', 'مصر'], 'ar', gaz, [true, false])).toEqual([]);
  });
  it('never touches tokens the model already owns', () => {
    expect(applyRules(['في', 'انقرة'], 'ar', gaz, [false, true])).toEqual([]);
  });
});

describe('applyRules (English)', () => {
  it('tags capitalised words after a title as PERSON', () => {
    const tokens = ['said', 'President', 'Joe', 'Biden', 'today'];
    expect(applyRules(tokens, 'en', null, free(tokens.length))).toEqual([
      { start: 2, end: 4, type: 'PERSON', confidence: 0.8, source: 'rule' },
    ]);
  });
});
