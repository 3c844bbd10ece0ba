// Averaged structured perceptron: the plain training entry point (its data and weight types are re-exported from perceptron-types.ts).
import { PLAIN_PERCEPTRON, trainLearner } from './learner.js';
import type { EncodedSentence, PerceptronWeights, TrainOptions } from './perceptron-types.js';

// emission scoring lives with the learner; re-exported here for the callers that score encoded sentences
export { emissionScores } from './learner.js';
export type { EncodedSentence, PerceptronWeights, TrainOptions } from './perceptron-types.js';

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
