// Unit tests of the span error breakdown used in dev-split error analysis.
import { describe, expect, it } from '@jest/globals';
import { errorBreakdown } from './error-analysis.js';

describe('errorBreakdown', () => {
  it('separates missed, spurious, boundary and class errors', () => {
    const gold = [['B-PER', 'I-PER', 'O', 'B-ORG', 'O', 'B-LOC', 'O']];
    const pred = [['B-PER', 'O', 'O', 'B-LOC', 'O', 'O', 'B-ORG']];
    const e = errorBreakdown(gold, pred);
    expect(e.boundary).toEqual({ PER: 1 });
    expect(e.type).toEqual({ 'ORG→LOC': 1 });
    expect(e.missed).toEqual({ LOC: 1 });
    expect(e.spurious).toEqual({ ORG: 1 });
    expect(e.boundaryAndType).toEqual({});
  });
  it('counts nothing when the prediction is exact', () => {
    const e = errorBreakdown([['B-LOC', 'O']], [['B-LOC', 'O']]);
    expect(Object.values(e).every((x) => Object.keys(x).length === 0)).toBe(true);
  });
});
