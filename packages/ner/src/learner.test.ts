// Unit tests of the averaged learner: bagged weight averaging (cost-sensitive rules are tested in lab/).
import { describe, expect, it } from '@jest/globals';
import { PLAIN_PERCEPTRON, trainLearner } from './learner.js';
import { TINY_TRAINING_SET } from './perceptron.fixtures.js';

const data = TINY_TRAINING_SET;

describe('trainLearner bagging', () => {
  it('averages the averaged weights of members trained on their own shuffles (seeds seed, seed + 1, …)', () => {
    const single = [5, 6, 7].map((seed) => trainLearner(data, 4, { epochs: 3, seed }, PLAIN_PERCEPTRON));
    const bagged = trainLearner(data, 4, { epochs: 3, seed: 5, bag: 3 }, PLAIN_PERCEPTRON);
    const mean = (k: number, pick: (w: (typeof single)[0]) => Float64Array): number =>
      single.reduce((s, w) => s + pick(w)[k]!, 0) / 3;
    bagged.weights.forEach((x, k) =>
      expect(x).toBeCloseTo(
        mean(k, (w) => w.weights),
        12,
      ),
    );
    bagged.transitions.forEach((x, k) =>
      expect(x).toBeCloseTo(
        mean(k, (w) => w.transitions),
        12,
      ),
    );
    // the members differ, so the bag is not just one of them
    expect(Array.from(single[0]!.weights)).not.toEqual(Array.from(single[1]!.weights));
  });

  it('reports the bag mean to onEpoch, and a bag of one is the single model exactly', () => {
    const seen: Float64Array[] = [];
    const bagged = trainLearner(
      data,
      4,
      { epochs: 2, seed: 1, bag: 2, onEpoch: (_, w) => seen.push(w.weights) },
      PLAIN_PERCEPTRON,
    );
    expect(Array.from(seen[1]!)).toEqual(Array.from(bagged.weights));
    const one = trainLearner(data, 4, { epochs: 2, seed: 1, bag: 1 }, PLAIN_PERCEPTRON);
    expect(Array.from(one.weights)).toEqual(
      Array.from(trainLearner(data, 4, { epochs: 2, seed: 1 }, PLAIN_PERCEPTRON).weights),
    );
  });
});
