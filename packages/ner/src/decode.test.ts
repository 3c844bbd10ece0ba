// Unit tests of constrained Viterbi and forward-backward on a tiny hand-made model.
import { describe, expect, it } from '@jest/globals';
import { constrainedTransitions, marginals, viterbi } from './decode.js';
import { labelIndex, NUM_LABELS, tagsOfPath } from './labels.js';

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
    expect(tagsOfPath(path)).toEqual(['B-PER', 'I-PER']);
  });
  it('uses transition scores to prefer a coherent sequence', () => {
    const scores = new Float64Array((L + 1) * L);
    scores[labelIndex('B-LOC') * L + labelIndex('E-LOC')] = 3;
    const trans = constrainedTransitions(scores);
    const path = viterbi(emissions([{ 'B-LOC': 2, 'S-LOC': 2.5 }, { O: 1 }]), 2, trans);
    expect(tagsOfPath(path)).toEqual(['B-LOC', 'I-LOC']);
  });
  it('never ends a sentence inside an entity', () => {
    const trans = constrainedTransitions(new Float64Array((L + 1) * L));
    const path = viterbi(emissions([{ 'B-PER': 5 }, { 'I-PER': 5, 'E-PER': 1 }]), 2, trans);
    expect(path).toEqual([labelIndex('B-PER'), labelIndex('E-PER')]);
  });
  it('returns an empty path for an empty sentence', () => {
    expect(viterbi(new Float64Array(0), 0, constrainedTransitions(new Float64Array((L + 1) * L)))).toEqual([]);
  });
});

describe('marginals', () => {
  it('sums to one per token and gives zero mass to illegal labels', () => {
    const trans = constrainedTransitions(new Float64Array((L + 1) * L));
    const m = marginals(emissions([{ 'B-ORG': 4 }, { 'E-ORG': 3, O: 1 }, { O: 3 }]), 3, trans, 1);
    for (let i = 0; i < 3; i++) {
      let sum = 0;
      for (let y = 0; y < L; y++) sum += m[i * L + y]!;
      expect(sum).toBeCloseTo(1, 9);
    }
    expect(m[labelIndex('I-ORG')]).toBe(0);
    expect(m[labelIndex('B-ORG')]!).toBeGreaterThan(0.5);
    expect(m[2 * L + labelIndex('B-ORG')]).toBe(0);
  });
});
