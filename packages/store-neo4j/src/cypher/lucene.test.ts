// Unit tests of the Lucene query builder: syntax characters are escaped, operators neutralised.
import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { luceneQuery } from './lucene.js';

describe('luceneQuery', () => {
  test('each word matches exactly, by prefix and (from 4 letters) with one typo, in both spellings', () => {
    expect(luceneQuery('أردوغان')).toBe('(أردوغان^4 OR أردوغان* OR أردوغان~1 OR اردوغان^4 OR اردوغان* OR اردوغان~1)');
    expect(luceneQuery('Tru')).toBe('(Tru^4 OR Tru* OR tru^4 OR tru*)');
  });

  test('words are AND-ed; words without letters or digits are dropped', () => {
    expect(luceneQuery('a * b')).toBe('(a^4 OR a*) AND (b^4 OR b*)');
    expect(luceneQuery('  ')).toBeNull();
    expect(luceneQuery('🇸🇦 // *')).toBeNull();
  });

  test('upper-case operators only search their lower-case key', () => {
    expect(luceneQuery('OR')).toBe('(or^4 OR or*)');
  });

  test('every syntax character is escaped (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (text) => {
        const q = luceneQuery(`x${text}`);
        // After removing escaped pairs, no bare special character may remain except our own syntax.
        const bare = (q ?? '').replace(/\\./g, '').replace(/\^4|\*|~1|\(|\)| OR | AND /g, '');
        expect(bare).not.toMatch(/[+\-&|!(){}[\]^"~*?:\\/]/);
      }),
    );
  });
});
