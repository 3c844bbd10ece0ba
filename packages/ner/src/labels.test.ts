// Unit tests of the BIO label helpers.
import { describe, expect, it } from '@jest/globals';
import { allowedTransition, labelIndex, LABELS, normaliseTags, spansFromTags } from './labels.js';

describe('normaliseTags', () => {
  it('maps PERS to PER and repairs stray I- tags', () => {
    expect(normaliseTags(['I-PERS', 'I-PERS', 'O', 'I-LOC', 'B-ORG', 'I-LOC'])).toEqual([
      'B-PER',
      'I-PER',
      'O',
      'B-LOC',
      'B-ORG',
      'B-LOC',
    ]);
  });
  it('turns unknown classes into O and keeps MISC', () => {
    expect(normaliseTags(['B-DATE', 'B-MISC', 'I-MISC', 'B-GPE'])).toEqual(['O', 'B-MISC', 'I-MISC', 'B-LOC']);
  });
});

describe('spansFromTags', () => {
  it('reads adjacent entities of different classes as separate spans', () => {
    expect(spansFromTags(['B-PER', 'I-PER', 'B-LOC', 'O', 'I-ORG'])).toEqual([
      { start: 0, end: 2, cls: 'PER' },
      { start: 2, end: 3, cls: 'LOC' },
      { start: 4, end: 5, cls: 'ORG' },
    ]);
  });
  it('starts a new span at B- even when the class repeats', () => {
    expect(spansFromTags(['B-LOC', 'B-LOC'])).toHaveLength(2);
  });
});

describe('allowedTransition', () => {
  it('forbids I-X after O, after the start and after another class', () => {
    expect(allowedTransition(labelIndex('O'), labelIndex('I-PER'))).toBe(false);
    expect(allowedTransition(-1, labelIndex('I-PER'))).toBe(false);
    expect(allowedTransition(labelIndex('B-LOC'), labelIndex('I-PER'))).toBe(false);
    expect(allowedTransition(labelIndex('B-PER'), labelIndex('I-PER'))).toBe(true);
    expect(allowedTransition(labelIndex('I-PER'), labelIndex('I-PER'))).toBe(true);
  });
  it('has O first and B/I pairs for each class', () => {
    expect(LABELS[0]).toBe('O');
    expect(LABELS).toContain('B-MISC');
  });
});
