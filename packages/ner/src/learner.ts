// Averaged structured learner: constrained Viterbi over a training sentence, then a step towards gold. The shipped models
// take the perceptron's step (PLAIN_PERCEPTRON); research update rules (packages/ner/lab/) plug into `UpdateRule`.
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

/** Weights, lazy-averaging sums (Daumé's trick: average = w − u / c) and the update counter. */
export interface LearnerState {
  readonly w: Float64Array;
  readonly u: Float64Array;
  readonly t: Float64Array;
  readonly tu: Float64Array;
  c: number;
}

/**
 * How a training sentence moves the weights: optional costs charged to rival labels while decoding it, and the step
 * size τ when the decoded labels are wrong. `PLAIN_PERCEPTRON` is Collins' averaged perceptron (no costs, τ = 1).
 */
export interface UpdateRule {
  /** Written into the model's notes as `learner` (except for the plain perceptron). */
  readonly name: string;
  /** Costs (n × L) added to every label but the gold one while decoding `s` in training; undefined = none. */
  costs(s: EncodedSentence): Float64Array | undefined;
  /** τ for a wrong `pred`; `loss` counts the wrong tokens, or sums their costs when `costs` gave some. */
  step(st: LearnerState, s: EncodedSentence, pred: readonly number[], loss: number): number;
}

/** The averaged perceptron (Collins 2002): plain decoding and a step of 1. */
export const PLAIN_PERCEPTRON: UpdateRule = { name: 'perceptron', costs: () => undefined, step: () => 1 };

/** Adds τ·(Φ(gold) − Φ(pred)) to the weights and c·τ·(…) to the averaging sums. */
function applyStep(st: LearnerState, s: EncodedSentence, pred: readonly number[], tau: number): void {
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
function learnSentence(st: LearnerState, s: EncodedSentence, rule: UpdateRule): void {
  const n = s.gold.length;
  const costs = rule.costs(s);
  const em = emissionScores(s, st.w);
  if (costs) for (let k = 0; k < em.length; k++) em[k]! += costs[k]!;
  const pred = viterbi(em, n, constrainedTransitions(st.t));
  // without costs the loss is plain Hamming; with them, the same costs the decoder was charged
  let loss = 0;
  let wrong = false;
  for (let i = 0; i < n; i++)
    if (pred[i] !== s.gold[i]) {
      wrong = true;
      loss += costs ? costs[i * L + pred[i]!]! : 1;
    }
  if (!wrong) return;
  const tau = rule.step(st, s, pred, loss);
  if (tau > 0) applyStep(st, s, pred, tau);
}

/** A fresh learner state for `numFeatures` feature rows. */
function newState(numFeatures: number): LearnerState {
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
  st: LearnerState;
  rand: () => number;
  order: number[];
}

function newMember(n: number, numFeatures: number, seed: number): Member {
  return { st: newState(numFeatures), rand: seededRandom(seed), order: Array.from({ length: n }, (_, i) => i) };
}

/** The mean over members of their averaged weights (each average = w − u / c). */
function bagAverage(members: readonly Member[]): PerceptronWeights {
  const mean = (pick: (st: LearnerState) => [Float64Array, Float64Array]): Float64Array => {
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
 * Trains an averaged structured learner with IOB2-constrained Viterbi and the steps of `rule`; `PLAIN_PERCEPTRON`
 * is Collins' averaged perceptron. With `opts.bag` > 1,
 * that many members train in lockstep on their own shuffles (seeds seed, seed + 1, …) and the result is the mean of their averaged weights: one linear model, so inference costs the same.
 * @example const w = trainLearner(encoded, numFeatures, { epochs: 15, seed: 7, bag: 3 }, PLAIN_PERCEPTRON);
 */
export function trainLearner(
  data: readonly EncodedSentence[],
  numFeatures: number,
  opts: TrainOptions,
  rule: UpdateRule,
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
        learnSentence(st, data[idx]!, rule);
        st.c++;
      }
    }
    opts.onEpoch?.(epoch, bagAverage(members));
  }
  return bagAverage(members);
}
