// Unit tests of the perceptron and of model serialisation (round trip through the compact format).
import { describe, expect, it } from '@jest/globals';
import { constrainedTransitions, viterbi } from './decode.js';
import { labelIndex, NUM_LABELS } from './labels.js';
import { testMeta } from './model.fixtures.js';
import { parseModel, scoreFeatures, serialiseModel } from './model.js';
import { seededRandom } from '@shabaka/schema';
import { emissionScores, trainPerceptron } from './perceptron.js';
import { TINY_TRAINING_SET } from './perceptron.fixtures.js';

const L = NUM_LABELS;
const data = TINY_TRAINING_SET;

const meta = testMeta('en');

describe('seededRandom', () => {
  it('is reproducible', () => {
    const a = seededRandom(3);
    const b = seededRandom(3);
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
  });
});

describe('trainPerceptron', () => {
  it('fits a small separable data set', () => {
    const w = trainPerceptron(data, 4, { epochs: 10, seed: 1 });
    const trans = constrainedTransitions(w.transitions);
    for (const s of data)
      expect(viterbi(emissionScores(s, w.weights), s.gold.length, trans)).toEqual(Array.from(s.gold));
  });
  it('reports every epoch to onEpoch', () => {
    const seen: number[] = [];
    trainPerceptron(data, 4, { epochs: 3, seed: 1, onEpoch: (e) => seen.push(e) });
    expect(seen).toEqual([1, 2, 3]);
  });
});

describe('serialiseModel / parseModel', () => {
  it('round-trips weights within the quantisation step and prunes tiny rows', () => {
    const weights = new Float64Array(4 * L);
    weights[1 * L + labelIndex('B-PER')] = 2.5;
    weights[3 * L + labelIndex('B-LOC')] = -1.25;
    weights[2 * L + labelIndex('O')] = 0.001; // below the pruning threshold
    const transitions = new Float64Array((L + 1) * L).fill(0.5);
    const model = parseModel(serialiseModel(meta, ['b', 'cap', 'title', 'city'], weights, transitions, null, 0.01));
    expect([...model.featureIndex.keys()]).toEqual(['cap', 'city']);
    const e = scoreFeatures(model, [['cap', 'unknown'], ['city']]);
    expect(e[labelIndex('B-PER')]).toBeCloseTo(2.5, 3);
    expect(e[L + labelIndex('B-LOC')]).toBeCloseTo(-1.25, 3);
    expect(model.transitions[labelIndex('O') * L + labelIndex('I-PER')]).toBe(-Infinity);
    expect(model.meta.notes['keptFeatures']).toBe(2);
  });
  it('rejects a file that is not a model', () => {
    expect(() => parseModel(Buffer.from('nope'))).toThrow(/not a gzip JSON model/);
  });
});
