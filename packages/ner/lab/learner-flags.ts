// Reads the learner settings (`--update pa --cost-miss 1 --cost-false 0.5 --aggressiveness 1`) from CLI flags.
import { NerError } from '../src/errors.js';
import type { UpdateRule } from '../src/learner.js';
import { costSensitive, PERCEPTRON_CONFIG, type LearnerConfig } from './passive-aggressive.js';
import type { Flags } from '../src/cli/args.js';

const NUMERIC = ['cost-miss', 'cost-false', 'aggressiveness'] as const;

/**
 * The learner settings the flags ask for, or undefined when none of its flags is given (= the plain perceptron path).
 * @example configFromFlags(parseFlags(['--update', 'pa'], [])) // { update: 'pa', costMiss: 0, … }
 */
export function configFromFlags(flags: Flags): LearnerConfig | undefined {
  if (!flags.has('update') && !NUMERIC.some((f) => flags.has(f))) return undefined;
  const num = (name: (typeof NUMERIC)[number], fallback: number): number => {
    const v = flags.get(name);
    if (v === undefined) return fallback;
    const x = Number(v);
    if (!Number.isFinite(x) || x < 0) throw new NerError('NER_BAD_ARGUMENT', `ner: --${name} must be a number ≥ 0`);
    return x;
  };
  const update = flags.get('update') ?? PERCEPTRON_CONFIG.update;
  if (update !== 'perceptron' && update !== 'pa')
    throw new NerError('NER_BAD_ARGUMENT', `ner: --update must be perceptron or pa, got "${String(update)}"`);
  return {
    update,
    costMiss: num('cost-miss', PERCEPTRON_CONFIG.costMiss),
    costFalse: num('cost-false', PERCEPTRON_CONFIG.costFalse),
    aggressiveness: num('aggressiveness', PERCEPTRON_CONFIG.aggressiveness),
  };
}

/**
 * The update rule the flags ask for, or undefined (= the plain perceptron, as shipped).
 * @example trainLanguage({ ...config, learner: learnerFromFlags(flags) })
 */
export function learnerFromFlags(flags: Flags): UpdateRule | undefined {
  const cfg = configFromFlags(flags);
  return cfg && costSensitive(cfg);
}
