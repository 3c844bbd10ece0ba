// Unit tests of constrained Viterbi and forward-backward on a tiny hand-made model.
import { describe, expect, it } from '@jest/globals';
import { constrainedTransitions, marginals, viterbi } from './decode.js';
import { labelIndex, LABELS, NUM_LABELS } from './labels.js';

const L = NUM_LABELS;
function emissions(rows: Record<string, number>[]): Float64Array {
  const e = new Float64Array(rows.length * L);
  rows.forEach((r, i) => Object.entries(r).forEach(([label, v]) => (e[i * L + labelIndex(label)] = v)));
  return e;
}

describe('viterbi', () => {
  it('never emits I-X without a preceding X even when I-X scores highest alone', () => {
    const trans = constrainedTransitions(new Float64Array((L + 1) * L));
    const path = viterbi(emissions([{ 'I-PER': 5, 'B-PER': 1 }, { 'I-PER': 5 }]), 2, trans);
    expect(path.map((y) => LABELS[y])).toEqual(['B-PER', 'I-PER']);
  });
  it('uses transition scores to prefer a coherent sequence', () => {
    const scores = new Float64Array((L + 1) * L);
    scores[labelIndex('B-LOC') * L + labelIndex('I-LOC')] = 3;
    const trans = constrainedTransitions(scores);
    const path = viterbi(emissions([{ 'B-LOC': 2 }, { O: 1, 'I-LOC': 0 }]), 2, trans);
    expect(path.map((y) => LABELS[y])).toEqual(['B-LOC', 'I-LOC']);
  });
  it('returns an empty path for an empty sentence', () => {
    expect(viterbi(new Float64Array(0), 0, constrainedTransitions(new Float64Array((L + 1) * L)))).toEqual([]);
  });
});

describe('marginals', () => {
  it('sums to one per token and gives zero mass to illegal labels', () => {
    const trans = constrainedTransitions(new Float64Array((L + 1) * L));
    const m = marginals(emissions([{ 'B-ORG': 2 }, { 'I-ORG': 1, O: 1 }, { O: 3 }]), 3, trans, 1);
    for (let i = 0; i < 3; i++) {
      let sum = 0;
      for (let y = 0; y < L; y++) sum += m[i * L + y]!;
      expect(sum).toBeCloseTo(1, 9);
    }
    expect(m[labelIndex('I-ORG')]).toBe(0);
    expect(m[labelIndex('B-ORG')]!).toBeGreaterThan(0.5);
  });
});
