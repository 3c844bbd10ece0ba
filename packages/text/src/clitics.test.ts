import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { GUARD_WORDS } from './clitic-guards.js';
import { segmentClitics, stripArticle } from './clitics.js';
import { arabicWord, PROPERTY_RUNS } from './text.fixtures.js';

const split = (word: string): string => {
  const { prefixes, stem } = segmentClitics(word);
  return [...prefixes, stem].join('+');
};

describe('segmentClitics', () => {
  it('splits conjunctions, prepositions and the article in order', () => {
    expect(split('والحكومة')).toBe('و+ال+حكومة');
    expect(split('فالمعارضة')).toBe('ف+ال+معارضة');
    expect(split('بالعاصمة')).toBe('ب+ال+عاصمة');
    expect(split('وبالتالي')).toBe('و+ب+ال+تالي');
    expect(split('كالمعتاد')).toBe('ك+ال+معتاد');
    expect(split('ولموسكو')).toBe('و+ل+موسكو');
    expect(split('وطهران')).toBe('و+طهران');
  });

  it('reads لل as ل + ال', () => {
    expect(segmentClitics('للرئيس')).toEqual({ prefixes: ['ل', 'ال'], stem: 'رئيس', stemStart: 2 });
    expect(split('وللمرة')).toBe('و+ل+ال+مرة');
    expect(split('لالتقاط')).toBe('ل+التقاط'); // after ل a written ال is the stem's own
  });

  it('does not split guard words, but splits clitics off them', () => {
    for (const word of ['وليد', 'بلال', 'فلسطين', 'لبنان', 'كابول', 'بغداد', 'والي', 'وزير', 'الله', 'الذي']) {
      expect(segmentClitics(word)).toEqual({ prefixes: [], stem: word, stemStart: 0 });
    }
    expect(split('وبغداد')).toBe('و+بغداد');
    expect(split('ولبنان')).toBe('و+لبنان');
    expect(split('بالله')).toBe('ب+الله');
  });

  it('keeps stems of at least two letters, three after the article', () => {
    expect(split('وهو')).toBe('و+هو');
    expect(split('وه')).toBe('وه');
    expect(split('الحج')).toBe('الحج');
    expect(split('الحجر')).toBe('ال+حجر');
  });

  it('skips tashkeel and tatweel when reading clitics and reports the stem offset', () => {
    expect(segmentClitics('وَالرَّئِيسُ')).toEqual({ prefixes: ['و', 'ال'], stem: 'رَّئِيسُ', stemStart: 4 });
  });

  it('lets a lexicon keep known words whole', () => {
    const lexicon = new Set(['ولهان']);
    expect(split('ولهان')).toBe('و+ل+هان'); // the rules alone over-split this rare name
    expect(segmentClitics('ولهان', { isKnown: (k) => lexicon.has(k) }).prefixes).toEqual([]);
    const kept = segmentClitics('فولهان', { isKnown: (k) => lexicon.has(k) });
    expect([...kept.prefixes, kept.stem]).toEqual(['ف', 'ولهان']);
  });

  it('keeps a bare alef after a clitic only for the article, long forms and known words', () => {
    expect(split('كافة')).toBe('كافة');
    expect(split('واضحة')).toBe('واضحة');
    expect(split('باستخدام')).toBe('ب+استخدام');
  });

  it('keeps guard words whole with pronoun and verb endings on', () => {
    expect(split('بينهم')).toBe('بينهم');
    expect(split('وبدأت')).toBe('و+بدأت');
    expect(split('ولكنه')).toBe('و+لكنه');
    expect(split('لوحات')).toBe('لوحات'); // plural ات of the guard word لوحة
  });

  it('leaves Latin words alone', () => {
    expect(segmentClitics('Baghdad')).toEqual({ prefixes: [], stem: 'Baghdad', stemStart: 0 });
  });
});

describe('guard list', () => {
  it('holds distinct, non-empty Arabic words', () => {
    expect(new Set(GUARD_WORDS).size).toBe(GUARD_WORDS.length);
    for (const word of GUARD_WORDS) expect(word).toMatch(/^[\u0621-\u064A]+$/);
  });
});

describe('stripArticle', () => {
  it('removes a leading ال only', () => {
    expect(stripArticle('الرياض')).toBe('رياض');
    expect(stripArticle('الله')).toBe('الله');
    expect(stripArticle('ألمانيا')).toBe('ألمانيا');
    expect(stripArticle('المانيا')).toBe('المانيا');
    expect(stripArticle('ال')).toBe('ال');
    expect(stripArticle('موسكو')).toBe('موسكو');
  });
});

describe('segmentClitics properties', () => {
  it('returns a stem that is the word from stemStart, after exactly the letters of its prefixes', () => {
    fc.assert(
      fc.property(arabicWord, (word) => {
        const { prefixes, stem, stemStart } = segmentClitics(word);
        expect(stemStart).toBeGreaterThanOrEqual(0);
        expect(stemStart).toBeLessThanOrEqual(word.length);
        expect(stem).toBe(word.slice(stemStart));
        const consumed = word.slice(0, stemStart).replace(/[\u064B-\u065F\u0640]/gu, '');
        expect(consumed).toBe(prefixes.join('').replace('لال', 'لل'));
      }),
      PROPERTY_RUNS,
    );
  });

  it('strips only a leading ال, leaving a suffix of the word', () => {
    fc.assert(
      fc.property(arabicWord, (word) => {
        const stripped = stripArticle(word);
        expect(word.endsWith(stripped)).toBe(true);
        if (stripped !== word) expect(word.replace(/[\u064B-\u065F\u0640]/gu, '').startsWith('ال')).toBe(true);
      }),
      PROPERTY_RUNS,
    );
  });
});
