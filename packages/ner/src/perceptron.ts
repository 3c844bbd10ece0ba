// Averaged structured perceptron: the encoded-sentence and weight types, and the plain training entry point.
import { PLAIN_PERCEPTRON, trainLearner } from './learner.js';

// emission scoring lives with the learner; re-exported here for the callers that score encoded sentences
export { emissionScores } from './learner.js';

/** One training sentence as feature ids: token i owns ids[offsets[i] .. offsets[i+1]). */
export interface EncodedSentence {
  offsets: Int32Array;
  ids: Int32Array;
  gold: Int32Array;
}

/** Learnt (averaged) parameters. */
export interface PerceptronWeights {
  /** numFeatures × L, row-major */
  weights: Float64Array;
  /** (L + 1) × L, last row = sentence start */
  transitions: Float64Array;
}

/** Options of `trainPerceptron`. */
export interface TrainOptions {
  epochs: number;
  seed: number;
  /** called after each epoch with the averaged weights so far (e.g. to score a dev split) */
  onEpoch?: (epoch: number, averaged: PerceptronWeights) => void;
  /** bagged weight averaging: members trained in lockstep, their averaged weights averaged (default 1 = one model) */
  bag?: number;
}

/**
 * Trains an averaged structured perceptron (Collins 2002) with IOB2-constrained Viterbi: the learner of
 * `learner.ts` with step 1 and no costs.
 * @example const w = trainPerceptron(encoded, numFeatures, { epochs: 10, seed: 1 });
 */
export function trainPerceptron(
  data: readonly EncodedSentence[],
  numFeatures: number,
  opts: TrainOptions,
): PerceptronWeights {
  return trainLearner(data, numFeatures, opts, PLAIN_PERCEPTRON);
}
