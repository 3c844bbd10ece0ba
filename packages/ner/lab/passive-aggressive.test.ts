// Unit tests of the cost-sensitive update rules: the PA step and cost-augmented decoding.
import { describe, expect, it } from '@jest/globals';
import { constrainedTransitions, viterbi } from '../src/decode.js';
import { labelIndex, NUM_LABELS } from '../src/labels.js';
import { PLAIN_PERCEPTRON, trainLearner } from '../src/learner.js';
import { emissionScores } from '../src/perceptron.js';
import { encodedSentence, TINY_TRAINING_SET } from '../src/perceptron.fixtures.js';
import { costSensitive, PERCEPTRON_CONFIG } from './passive-aggressive.js';

const L = NUM_LABELS;
const data = TINY_TRAINING_SET;

describe('costSensitive', () => {
  it('takes the closed-form passive-aggressive step: averaged margin = loss / 2 after one update', () => {
    const one = [encodedSentence([[]], ['B-PER'])];
    const w = trainLearner(one, 1, { epochs: 1, seed: 1 }, costSensitive({ ...PERCEPTRON_CONFIG, update: 'pa' }));
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
    const pa = costSensitive({ ...PERCEPTRON_CONFIG, update: 'pa', costMiss: 1, costFalse: 0.5 });
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
    const costly = trainLearner(
      ambiguous,
      4,
      { epochs: 20, seed: 1 },
      costSensitive({ ...PERCEPTRON_CONFIG, costMiss: 3 }),
    );
    const probe = encodedSentence([[1]], ['O']);
    const trans = (t: Float64Array): Float64Array => constrainedTransitions(t);
    expect(viterbi(emissionScores(probe, plain.weights), 1, trans(plain.transitions))).toEqual([labelIndex('O')]);
    expect(viterbi(emissionScores(probe, costly.weights), 1, trans(costly.transitions))).toEqual([labelIndex('S-PER')]);
  });
});
