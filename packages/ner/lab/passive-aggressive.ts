// Cost-sensitive update rules for `trainLearner`: cost-augmented Viterbi with perceptron or passive-aggressive
// (1-best MIRA, Crammer et al. 2006) steps. Measured on CV and not used by the shipped models (docs/ner-experiments.md).
import { NUM_LABELS } from '../src/labels.js';
import { emissionScores, type LearnerState, type UpdateRule } from '../src/learner.js';
import type { EncodedSentence } from '../src/perceptron-types.js';

const L = NUM_LABELS;

/** A cost-sensitive learner's settings, as the experiments' flags give them. */
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

/** The plain averaged perceptron as a learner configuration (no costs, step 1). */
export const PERCEPTRON_CONFIG: LearnerConfig = { update: 'perceptron', costMiss: 0, costFalse: 0, aggressiveness: 1 };

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
function paStep(st: LearnerState, s: EncodedSentence, pred: readonly number[], loss: number, cap: number): number {
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

/**
 * The update rule of `cfg` for `trainLearner`; its name (the settings as JSON) goes into the model's notes.
 * @example trainLearner(encoded, numFeatures, { epochs: 15, seed: 7 }, costSensitive({ update: 'pa', costMiss: 1, costFalse: 0.5, aggressiveness: 1 }))
 */
export function costSensitive(cfg: LearnerConfig): UpdateRule {
  return {
    name: JSON.stringify(cfg),
    costs: (s) => costMatrix(s, cfg),
    step: (st, s, pred, loss) => (cfg.update === 'pa' ? paStep(st, s, pred, loss, cfg.aggressiveness) : 1),
  };
}
