// Averaged structured perceptron: Viterbi-decoded updates over BIO labels with lazy weight averaging.
import { seededRandom } from '@shabaka/schema';
import { constrainedTransitions, viterbi } from './decode.js';
import { NUM_LABELS } from './labels.js';

const L = NUM_LABELS;

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

/**
 * Emission scores (n × L) of a sentence under `weights`.
 * @example const e = emissionScores(sentence, weights); viterbi(e, sentence.gold.length, trans);
 */
export function emissionScores(s: Pick<EncodedSentence, 'offsets' | 'ids'>, weights: ArrayLike<number>): Float64Array {
  const n = s.offsets.length - 1;
  const out = new Float64Array(n * L);
  for (let i = 0; i < n; i++) {
    for (let k = s.offsets[i]!; k < s.offsets[i + 1]!; k++) {
      const row = s.ids[k]! * L;
      for (let y = 0; y < L; y++) out[i * L + y]! += weights[row + y]!;
    }
  }
  return out;
}

/** Options of `trainPerceptron`. */
export interface TrainOptions {
  epochs: number;
  seed: number;
  /** called after each epoch with the averaged weights so far (e.g. to score a dev split) */
  onEpoch?: (epoch: number, averaged: PerceptronWeights) => void;
}

/**
 * Trains an averaged structured perceptron (Collins 2002) with IOB2-constrained Viterbi.
 * @example const w = trainPerceptron(encoded, numFeatures, { epochs: 10, seed: 1 });
 */
export function trainPerceptron(
  data: readonly EncodedSentence[],
  numFeatures: number,
  opts: TrainOptions,
): PerceptronWeights {
  const w = new Float64Array(numFeatures * L);
  const u = new Float64Array(numFeatures * L);
  const t = new Float64Array((L + 1) * L);
  const tu = new Float64Array((L + 1) * L);
  const rand = seededRandom(opts.seed);
  const order = data.map((_, i) => i);
  let c = 1;
  const averaged = (): PerceptronWeights => ({
    weights: w.map((x, k) => x - u[k]! / c),
    transitions: t.map((x, k) => x - tu[k]! / c),
  });
  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const idx of order) {
      const s = data[idx]!;
      const n = s.gold.length;
      const pred = viterbi(emissionScores(s, w), n, constrainedTransitions(t));
      for (let i = 0; i < n; i++) {
        const y = s.gold[i]!;
        const z = pred[i]!;
        if (y !== z) {
          for (let k = s.offsets[i]!; k < s.offsets[i + 1]!; k++) {
            const row = s.ids[k]! * L;
            w[row + y]! += 1;
            u[row + y]! += c;
            w[row + z]! -= 1;
            u[row + z]! -= c;
          }
        }
        const yp = i === 0 ? L : s.gold[i - 1]!;
        const zp = i === 0 ? L : pred[i - 1]!;
        if (yp !== zp || y !== z) {
          t[yp * L + y]! += 1;
          tu[yp * L + y]! += c;
          t[zp * L + z]! -= 1;
          tu[zp * L + z]! -= c;
        }
      }
      c++;
    }
    opts.onEpoch?.(epoch, averaged());
  }
  return averaged();
}
