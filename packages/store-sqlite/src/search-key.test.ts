// Unit tests for the search normalisation, FTS expression builder and ranking.
import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { ftsExpression, matchRank, searchKey, searchScore, searchTokens } from './search-key.js';

describe('searchTokens', () => {
  test('folds hamza/alef forms, taa marbuta, alef maqsura, diacritics and tatweel', () => {
    expect(searchKey('أنقرة')).toBe(searchKey('انقره'));
    expect(searchKey('إردوغان')).toBe(searchKey('اردوغان'));
    expect(searchKey('مُصْطَفَى')).toBe(searchKey('مصطفي'));
    expect(searchKey('تركيـــا')).toBe(searchKey('تركيا'));
  });

  test('strips the article and splits on punctuation, quotes and emoji', () => {
    expect(searchTokens('الرياض')).toEqual(['رياض']);
    expect(searchTokens(`O'Brien "المصري" 👨‍👩‍👧`)).toEqual(['o', 'brien', 'مصري']);
  });

  test('removes bidi marks and lowercases Latin', () => {
    expect(searchTokens('\u202BERDOGAN\u202C')).toEqual(['erdogan']);
  });

  test('is idempotent and yields only letters and digits', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), (text) => {
        const key = searchKey(text);
        expect(searchKey(key)).toBe(key);
        for (const token of searchTokens(text)) expect(token).toMatch(/^[\p{L}\p{N}\p{M}]+$/u);
      }),
    );
  });
});

describe('ftsExpression', () => {
  test('quotes every token and makes the last a prefix', () => {
    expect(ftsExpression(['اردوغان', 'رج'])).toBe('"اردوغان" "رج"*');
    expect(ftsExpression(['or'])).toBe('"or"*');
  });
});

describe('matchRank and searchScore', () => {
  test('exact > prefix > all words > substring', () => {
    expect(matchRank('انقره', 'انقره')).toBe(3);
    expect(matchRank('انقره الكبري', 'انقره')).toBe(2);
    expect(matchRank('رجب طيب اردوغان', 'اردوغان')).toBe(1);
    expect(matchRank('رجب طيب اردوغان', 'ردوغ')).toBe(0.5);
  });

  test('degree never lifts a hit into a better rank class', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), (degree) => {
        expect(searchScore(1, degree)).toBeLessThan(searchScore(2, 0));
        expect(searchScore(1, degree + 1)).toBeGreaterThanOrEqual(searchScore(1, degree));
      }),
    );
  });
});
