// The perceptron's data and weight types, apart from perceptron.ts so the learner can use them without an import cycle.
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
