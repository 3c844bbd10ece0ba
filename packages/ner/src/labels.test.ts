// Unit tests of the label helpers: IOB2 tags, BIOES labels, spans and transitions.
import { describe, expect, it } from '@jest/globals';
import {
  allowedTransition,
  canEnd,
  labelClass,
  labelIndex,
  LABELS,
  normaliseTags,
  spansFromTags,
  tagsOfPath,
  toBioes,
} from './labels.js';

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

describe('toBioes / tagsOfPath', () => {
  it('marks single-token and last tokens, and reads them back as IOB2', () => {
    const tags = ['B-PER', 'I-PER', 'I-PER', 'B-LOC', 'O', 'B-ORG', 'I-ORG', 'B-ORG'];
    const bioes = toBioes(tags);
    expect(bioes).toEqual(['B-PER', 'I-PER', 'E-PER', 'S-LOC', 'O', 'B-ORG', 'E-ORG', 'S-ORG']);
    expect(tagsOfPath(bioes.map(labelIndex))).toEqual(tags);
  });
  it('gives each label its class', () => {
    expect(['O', 'B-PER', 'S-PER', 'E-ORG', 'I-LOC', 'S-MISC'].map((l) => labelClass(labelIndex(l)))).toEqual([
      -1, 0, 0, 1, 2, 3,
    ]);
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
  it('closes an entity only with E-X and opens one only outside an entity', () => {
    expect(allowedTransition(labelIndex('B-PER'), labelIndex('O'))).toBe(false);
    expect(allowedTransition(labelIndex('I-PER'), labelIndex('E-PER'))).toBe(true);
    expect(allowedTransition(labelIndex('E-PER'), labelIndex('I-PER'))).toBe(false);
    expect(allowedTransition(labelIndex('S-PER'), labelIndex('B-PER'))).toBe(true);
    expect(allowedTransition(-1, labelIndex('E-LOC'))).toBe(false);
    expect([labelIndex('O'), labelIndex('E-ORG'), labelIndex('S-ORG')].every(canEnd)).toBe(true);
    expect(canEnd(labelIndex('I-ORG'))).toBe(false);
  });
  it('has O first and B/I/E/S labels for each class', () => {
    expect(LABELS[0]).toBe('O');
    expect(LABELS).toHaveLength(17);
    expect(LABELS).toContain('S-MISC');
  });
});
