// First-order decoding over BIOES labels: constrained Viterbi and forward-backward marginals for confidence.
import { allowedTransition, canEnd, NUM_LABELS } from './labels.js';

const L = NUM_LABELS;
/** Allowed predecessors of each label: most label pairs are illegal in BIOES, so the loops visit only the legal ones. */
const PREV = Array.from({ length: L }, (_, y) =>
  Int32Array.from({ length: L }, (_, p) => p).filter((p) => allowedTransition(p, y)),
);
/** Allowed successors of each label (the backward pass). */
const NEXT = Array.from({ length: L }, (_, y) =>
  Int32Array.from({ length: L }, (_, q) => q).filter((q) => allowedTransition(y, q)),
);
const ENDS = Int32Array.from({ length: L }, (_, y) => y).filter(canEnd);

/** Transition scores: row `from` (index L is the sentence start) × column `to`; illegal moves are -Infinity. */
export type Transitions = Float64Array;

/**
 * A transition matrix with the IOB2 constraints baked in and the given learnt scores elsewhere.
 * @example const t = constrainedTransitions(new Float64Array((NUM_LABELS + 1) * NUM_LABELS));
 */
export function constrainedTransitions(scores: ArrayLike<number>): Transitions {
  const t = new Float64Array((L + 1) * L);
  for (let from = 0; from <= L; from++)
    for (let to = 0; to < L; to++)
      t[from * L + to] = allowedTransition(from === L ? -1 : from, to) ? (scores[from * L + to] ?? 0) : -Infinity;
  return t;
}

/**
 * Work arrays reused across calls (decoding is single-threaded and runs once per sentence): typed arrays this size
 * live outside the JS heap, and allocating fresh ones per sentence cost more in allocation and GC than the loops.
 */
const WORK = [new Float64Array(1024), new Float64Array(1024), new Float64Array(1024)];
let BACK = new Int32Array(1024);

function work(k: number, size: number): Float64Array {
  if (WORK[k]!.length < size) WORK[k] = new Float64Array(2 * size);
  return WORK[k]!;
}

function workBack(size: number): Int32Array {
  if (BACK.length < size) BACK = new Int32Array(2 * size);
  return BACK;
}

/** Scales xs[from … from + L) to sum to 1 (left alone when all zero). */
function normalise(xs: Float64Array, from: number): void {
  let sum = 0;
  for (let y = 0; y < L; y++) sum += xs[from + y]!;
  if (sum > 0) for (let y = 0; y < L; y++) xs[from + y]! /= sum;
}

/**
 * Best label sequence given emission scores (n × L, row-major) and transitions, ending outside any open entity.
 * @example viterbi(new Float64Array(NUM_LABELS).fill(1, 4, 5), 1, trans) // [4] — S-PER wins alone
 */
export function viterbi(emissions: Float64Array, n: number, trans: Transitions): number[] {
  if (n === 0) return [];
  const score = work(0, n * L);
  const back = workBack(n * L);
  for (let y = 0; y < L; y++) score[y] = trans[L * L + y]! + emissions[y]!;
  for (let i = 1; i < n; i++) {
    for (let y = 0; y < L; y++) {
      let best = -Infinity;
      let arg = 0;
      const prev = PREV[y]!;
      for (let j = 0; j < prev.length; j++) {
        const p = prev[j]!;
        const s = score[(i - 1) * L + p]! + trans[p * L + y]!;
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[i * L + y] = best + emissions[i * L + y]!;
      back[i * L + y] = arg;
    }
  }
  let best = -Infinity;
  let y = 0;
  for (const k of ENDS) {
    if (score[(n - 1) * L + k]! > best) {
      best = score[(n - 1) * L + k]!;
      y = k;
    }
  }
  const path = new Array<number>(n);
  for (let i = n - 1; i >= 0; i--) {
    path[i] = y;
    y = back[i * L + y]!;
  }
  return path;
}

/** exp(scale × transitions) per transition table and scale: the same few models decode every sentence. */
const EXP_CACHE = new WeakMap<Transitions, Map<number, Float64Array>>();

function expTransitions(trans: Transitions, scale: number): Float64Array {
  let byScale = EXP_CACHE.get(trans);
  if (!byScale) EXP_CACHE.set(trans, (byScale = new Map()));
  let expT = byScale.get(scale);
  if (!expT) {
    expT = new Float64Array((L + 1) * L);
    for (let k = 0; k < expT.length; k++) expT[k] = trans[k] === -Infinity ? 0 : Math.exp(scale * trans[k]!);
    byScale.set(scale, expT);
  }
  return expT;
}

/**
 * Per-token label marginals P(y_i = y) under a log-linear reading of the scores scaled by `scale`
 * (the perceptron is not probabilistic; the scale is fitted on held-out data so these behave like probabilities).
 * Computed in probability space with per-position normalisation, which needs n·L exponentials instead of n·L².
 * @example marginals(emissions, n, trans, 0.5)[i * NUM_LABELS + y]
 */
export function marginals(emissions: Float64Array, n: number, trans: Transitions, scale: number): Float64Array {
  const expT = expTransitions(trans, scale);
  const expE = work(0, n * L);
  for (let i = 0; i < n; i++) {
    let m = -Infinity;
    for (let y = 0; y < L; y++) m = Math.max(m, emissions[i * L + y]!);
    for (let y = 0; y < L; y++) expE[i * L + y] = Math.exp(scale * (emissions[i * L + y]! - m));
  }
  const alpha = work(1, n * L);
  const beta = work(2, n * L);
  for (let y = 0; y < L; y++) alpha[y] = expT[L * L + y]! * expE[y]!;
  normalise(alpha, 0);
  for (let i = 1; i < n; i++) {
    for (let y = 0; y < L; y++) {
      let s = 0;
      const prev = PREV[y]!;
      for (let j = 0; j < prev.length; j++) s += alpha[(i - 1) * L + prev[j]!]! * expT[prev[j]! * L + y]!;
      alpha[i * L + y] = s * expE[i * L + y]!;
    }
    normalise(alpha, i * L);
  }
  beta.fill(0, (n - 1) * L, n * L);
  for (const y of ENDS) beta[(n - 1) * L + y] = 1;
  for (let i = n - 2; i >= 0; i--) {
    for (let y = 0; y < L; y++) {
      let s = 0;
      const next = NEXT[y]!;
      for (let j = 0; j < next.length; j++) {
        const q = next[j]!;
        s += expT[y * L + q]! * expE[(i + 1) * L + q]! * beta[(i + 1) * L + q]!;
      }
      beta[i * L + y] = s;
    }
    normalise(beta, i * L);
  }
  const out = new Float64Array(n * L);
  for (let k = 0; k < n * L; k++) out[k] = alpha[k]! * beta[k]!;
  for (let i = 0; i < n; i++) normalise(out, i * L);
  return out;
}
