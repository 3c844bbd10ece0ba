// Unit tests of the Arabic → Latin display-name fallback.
import { describe, expect, it } from '@jest/globals';
import { transliterate } from './transliterate.js';

describe('transliterate', () => {
  it('uses the lexicon word by word and title-cases the result', () => {
    const lexicon = new Map([
      ['ماركو', 'Marco'],
      ['بيانكي', 'Bianchi'],
    ]);
    expect(transliterate('ماركو بيانكي', lexicon)).toBe('Marco Bianchi');
  });

  it('romanises unknown words letter by letter and writes the article as Al-', () => {
    const out = transliterate('الشريف', new Map());
    expect(out.startsWith('Al-')).toBe(true);
    expect(out).toMatch(/^[\x20-\x7e]+$/);
  });

  it('leaves Latin names alone', () => {
    expect(transliterate('Jean Dupont', new Map())).toBe('Jean Dupont');
  });
});
