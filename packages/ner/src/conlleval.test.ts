// Unit tests of the entity-level scorer against a worked example.
import { describe, expect, it } from '@jest/globals';
import { scoreEntities } from './conlleval.js';

describe('scoreEntities', () => {
  it('matches a hand-computed conlleval example', () => {
    // gold: PER(0-2) LOC(3) ORG(5-7) MISC(8); pred: PER(0-2) ✓, LOC(3) ✓, ORG(5) ✗ (boundary), LOC(7) ✗, MISC ignored
    const gold = [['B-PER', 'I-PER', 'O', 'B-LOC', 'O', 'B-ORG', 'I-ORG', 'O', 'B-MISC']];
    const pred = [['B-PER', 'I-PER', 'O', 'B-LOC', 'O', 'B-ORG', 'O', 'B-LOC', 'O']];
    const s = scoreEntities(gold, pred);
    // tp = 2, predicted = 4, gold = 3 → P 50, R 66.67, F1 57.14
    expect(s.micro).toEqual({ p: 50, r: 66.67, f1: 57.14 });
    expect(s.PER).toEqual({ p: 100, r: 100, f1: 100 });
    expect(s.ORG).toEqual({ p: 0, r: 0, f1: 0 });
    expect(s.LOC).toEqual({ p: 50, r: 100, f1: 66.67 });
  });
  it('gives zeros, not NaN, when nothing is predicted', () => {
    expect(scoreEntities([['B-LOC']], [['O']]).micro).toEqual({ p: 0, r: 0, f1: 0 });
  });
});
