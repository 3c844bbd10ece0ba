// Unit tests of the cost-sensitive learner: the PA step and cost-augmented decoding.
import { describe, expect, it } from '@jest/globals';
import { constrainedTransitions, viterbi } from './decode.js';
import { labelIndex, NUM_LABELS } from './labels.js';
import { PLAIN_PERCEPTRON, trainLearner } from './learner.js';
import { emissionScores } from './perceptron.js';
import { encodedSentence, TINY_TRAINING_SET } from './perceptron.fixtures.js';

const L = NUM_LABELS;
const data = TINY_TRAINING_SET;

describe('trainLearner', () => {
  it('takes the closed-form passive-aggressive step: averaged margin = loss / 2 after one update', () => {
    const one = [encodedSentence([[]], ['B-PER'])];
    const w = trainLearner(one, 1, { epochs: 1, seed: 1 }, { ...PLAIN_PERCEPTRON, update: 'pa' });
    // all-zero weights predict O; ‖ΔΦ‖² = 4 (two emission and two transition entries), loss 1 → τ = 1/4,
    // and the lazy average after one sentence holds half of it
    expect(w.weights[labelIndex('S-PER')]).toBeCloseTo(0.125, 12);
    expect(w.weights[labelIndex('O')]).toBeCloseTo(-0.125, 12);
    const e = emissionScores(one[0]!, w.weights);
    const start = L * L;
    const margin =
      e[labelIndex('S-PER')]! + w.transitions[start + labelIndex('S-PER')]! - e[0]! - w.transitions[start]!;
    expect(margin).toBeCloseTo(0.5, 12);
  });

  it('fits a small separable data set with PA updates and cost-augmented decoding', () => {
    const pa = { ...PLAIN_PERCEPTRON, update: 'pa' as const, costMiss: 1, costFalse: 0.5 };
    const w = trainLearner(data, 4, { epochs: 10, seed: 1 }, pa);
    const trans = constrainedTransitions(w.transitions);
    for (const s of data)
      expect(viterbi(emissionScores(s, w.weights), s.gold.length, trans)).toEqual(Array.from(s.gold));
  });

  it('charges the miss cost: a name token seen as O twice and as B-PER once is tagged a name only with a high miss cost', () => {
    const ambiguous = [
      encodedSentence([[1]], ['O']),
      encodedSentence([[1]], ['O']),
      encodedSentence([[1]], ['B-PER']),
      encodedSentence([[3]], ['O']),
    ];
    const plain = trainLearner(ambiguous, 4, { epochs: 20, seed: 1 }, PLAIN_PERCEPTRON);
    const costly = trainLearner(ambiguous, 4, { epochs: 20, seed: 1 }, { ...PLAIN_PERCEPTRON, costMiss: 3 });
    const probe = encodedSentence([[1]], ['O']);
    const trans = (t: Float64Array): Float64Array => constrainedTransitions(t);
    expect(viterbi(emissionScores(probe, plain.weights), 1, trans(plain.transitions))).toEqual([labelIndex('O')]);
    expect(viterbi(emissionScores(probe, costly.weights), 1, trans(costly.transitions))).toEqual([labelIndex('S-PER')]);
  });
});

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
