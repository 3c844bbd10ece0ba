// Unit tests of the English role labels that key HOLDS_ROLE edges across languages.
import { describe, expect, it } from '@jest/globals';
import { roleEn } from './role-en.js';

describe('roleEn', () => {
  it('translates Arabic role nouns and ministries compositionally', () => {
    expect(roleEn('وزير الخارجية')).toBe('foreign minister');
    expect(roleEn('وزير الدفاع')).toBe('defense minister');
    expect(roleEn('رئيس الوزراء')).toBe('prime minister');
    expect(roleEn('الرئيس')).toBe('president');
    expect(roleEn('ولي العهد')).toBe('crown prince');
  });
  it('folds English spelling variants', () => {
    expect(roleEn('Defence Minister')).toBe('defense minister');
    expect(roleEn('secretary-general')).toBe('secretary general');
  });
  it('gives null for what it does not know, so the role keeps its own text as key', () => {
    expect(roleEn('قائد الجيش')).toBeNull();
    expect(roleEn(null)).toBeNull();
  });
});
