// Cost-sensitive structured learner: cost-augmented Viterbi with perceptron or passive-aggressive (1-best MIRA) steps.
import { seededRandom } from '@shabaka/schema';
import { constrainedTransitions, viterbi } from './decode.js';
import { NUM_LABELS } from './labels.js';
import type { EncodedSentence, PerceptronWeights, TrainOptions } from './perceptron-types.js';

const L = NUM_LABELS;

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

/** How `trainLearner` updates the weights. `PLAIN_PERCEPTRON` is Collins' averaged perceptron. */
export interface LearnerConfig {
  /** `perceptron`: step 1 (Collins 2002); `pa`: passive-aggressive / 1-best MIRA step (Crammer et al. 2006) */
  update: 'perceptron' | 'pa';
  /** cost of a wrong label on a gold entity token, added to rival labels while decoding in training */
  costMiss: number;
  /** cost of a wrong label on a gold `O` token */
  costFalse: number;
  /** largest passive-aggressive step (C) */
  aggressiveness: number;
}

/** The plain averaged perceptron expressed as a learner configuration. */
export const PLAIN_PERCEPTRON: LearnerConfig = { update: 'perceptron', costMiss: 0, costFalse: 0, aggressiveness: 1 };

/** Weights, lazy-averaging sums (Daumé's trick: average = w − u / c) and the update counter. */
interface State {
  w: Float64Array;
  u: Float64Array;
  t: Float64Array;
  tu: Float64Array;
  c: number;
}

/** Token costs (n × L) charged to every label but the gold one, or undefined when both costs are 0. */
function costMatrix(s: EncodedSentence, cfg: LearnerConfig): Float64Array | undefined {
  if (cfg.costMiss === 0 && cfg.costFalse === 0) return undefined;
  const n = s.gold.length;
  const costs = new Float64Array(n * L);
  for (let i = 0; i < n; i++) {
    const y = s.gold[i]!;
    const cost = y === 0 ? cfg.costFalse : cfg.costMiss;
    for (let z = 0; z < L; z++) if (z !== y) costs[i * L + z] = cost;
  }
  return costs;
}

/** τ = min(C, (loss − margin) / ‖Φ(gold) − Φ(pred)‖²), the closed-form 1-best MIRA step. */
function paStep(st: State, s: EncodedSentence, pred: readonly number[], loss: number, cap: number): number {
  const em = emissionScores(s, st.w);
  const diff = new Map<number, number>();
  const add = (key: number, v: number): void => void diff.set(key, (diff.get(key) ?? 0) + v);
  let margin = 0;
  for (let i = 0; i < s.gold.length; i++) {
    const y = s.gold[i]!;
    const z = pred[i]!;
    const yp = i === 0 ? L : s.gold[i - 1]!;
    const zp = i === 0 ? L : pred[i - 1]!;
    if (y !== z) {
      margin += em[i * L + y]! - em[i * L + z]!;
      for (let k = s.offsets[i]!; k < s.offsets[i + 1]!; k++) {
        add(s.ids[k]! * L + y, 1);
        add(s.ids[k]! * L + z, -1);
      }
    }
    if (yp !== zp || y !== z) {
      margin += st.t[yp * L + y]! - st.t[zp * L + z]!;
      // transitions get negative keys, apart from the emission rows
      add(-1 - (yp * L + y), 1);
      add(-1 - (zp * L + z), -1);
    }
  }
  let norm = 0;
  for (const v of diff.values()) norm += v * v;
  return norm === 0 ? 0 : Math.max(0, Math.min(cap, (loss - margin) / norm));
}

/** Adds τ·(Φ(gold) − Φ(pred)) to the weights and c·τ·(…) to the averaging sums. */
function applyStep(st: State, s: EncodedSentence, pred: readonly number[], tau: number): void {
  const { w, u, t, tu, c } = st;
  for (let i = 0; i < s.gold.length; i++) {
    const y = s.gold[i]!;
    const z = pred[i]!;
    if (y !== z) {
      for (let k = s.offsets[i]!; k < s.offsets[i + 1]!; k++) {
        const row = s.ids[k]! * L;
        w[row + y]! += tau;
        u[row + y]! += c * tau;
        w[row + z]! -= tau;
        u[row + z]! -= c * tau;
      }
    }
    const yp = i === 0 ? L : s.gold[i - 1]!;
    const zp = i === 0 ? L : pred[i - 1]!;
    if (yp !== zp || y !== z) {
      t[yp * L + y]! += tau;
      tu[yp * L + y]! += c * tau;
      t[zp * L + z]! -= tau;
      tu[zp * L + z]! -= c * tau;
    }
  }
}

/** One training sentence: cost-augmented decode, then a step towards gold and away from the prediction. */
function learnSentence(st: State, s: EncodedSentence, cfg: LearnerConfig): void {
  const n = s.gold.length;
  const costs = costMatrix(s, cfg);
  const em = emissionScores(s, st.w);
  if (costs) for (let k = 0; k < em.length; k++) em[k]! += costs[k]!;
  const pred = viterbi(em, n, constrainedTransitions(st.t));
  // without augmentation the PA loss is plain Hamming; with it, the same costs the decoder was charged
  let loss = 0;
  let wrong = false;
  for (let i = 0; i < n; i++)
    if (pred[i] !== s.gold[i]) {
      wrong = true;
      loss += costs ? costs[i * L + pred[i]!]! : 1;
    }
  if (!wrong) return;
  const tau = cfg.update === 'pa' ? paStep(st, s, pred, loss, cfg.aggressiveness) : 1;
  if (tau > 0) applyStep(st, s, pred, tau);
}

/** A fresh learner state for `numFeatures` feature rows. */
function newState(numFeatures: number): State {
  return {
    w: new Float64Array(numFeatures * L),
    u: new Float64Array(numFeatures * L),
    t: new Float64Array((L + 1) * L),
    tu: new Float64Array((L + 1) * L),
    c: 1,
  };
}

/** One bag member: its state, its random stream and its sentence order (reshuffled every epoch). */
interface Member {
  st: State;
  rand: () => number;
  order: number[];
}

function newMember(n: number, numFeatures: number, seed: number): Member {
  return { st: newState(numFeatures), rand: seededRandom(seed), order: Array.from({ length: n }, (_, i) => i) };
}

/** The mean over members of their averaged weights (each average = w − u / c). */
function bagAverage(members: readonly Member[]): PerceptronWeights {
  const mean = (pick: (st: State) => [Float64Array, Float64Array]): Float64Array => {
    const out = new Float64Array(pick(members[0]!.st)[0].length);
    for (const { st } of members) {
      const [x, sum] = pick(st);
      for (let k = 0; k < out.length; k++) out[k]! += (x[k]! - sum[k]! / st.c) / members.length;
    }
    return out;
  };
  return { weights: mean((st) => [st.w, st.u]), transitions: mean((st) => [st.t, st.tu]) };
}

/**
 * Trains an averaged structured learner with IOB2-constrained, optionally cost-augmented Viterbi and perceptron or
 * passive-aggressive steps; `PLAIN_PERCEPTRON` reproduces Collins' averaged perceptron exactly. With `opts.bag` > 1,
 * that many members train in lockstep on their own shuffles (seeds seed, seed + 1, …) and the result is the mean of their averaged weights: one linear model, so inference costs the same.
 * @example const w = trainLearner(encoded, numFeatures, { epochs: 15, seed: 7 }, { update: 'pa', costMiss: 1, costFalse: 0.5, aggressiveness: 1 });
 */
export function trainLearner(
  data: readonly EncodedSentence[],
  numFeatures: number,
  opts: TrainOptions,
  cfg: LearnerConfig,
): PerceptronWeights {
  const members = Array.from({ length: Math.max(1, opts.bag ?? 1) }, (_, m) =>
    newMember(data.length, numFeatures, opts.seed + m),
  );
  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
    for (const { st, rand, order } of members) {
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(rand() * (i + 1));
        [order[i], order[j]] = [order[j]!, order[i]!];
      }
      for (const idx of order) {
        learnSentence(st, data[idx]!, cfg);
        st.c++;
      }
    }
    opts.onEpoch?.(epoch, bagAverage(members));
  }
  return bagAverage(members);
}
