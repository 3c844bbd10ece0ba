// Reads the learner settings (`--update pa --cost-miss 1 --cost-false 0.5 --aggressiveness 1`) from CLI flags.
import { NerError } from '../errors.js';
import { PLAIN_PERCEPTRON, type LearnerConfig } from '../learner.js';
import type { Flags } from './args.js';

const NUMERIC = ['cost-miss', 'cost-false', 'aggressiveness'] as const;

/**
 * The learner the flags ask for, or undefined when none of its flags is given (= the plain perceptron path).
 * @example learnerFromFlags(parseFlags(['--update', 'pa'], [])) // { update: 'pa', costMiss: 0, … }
 */
export function learnerFromFlags(flags: Flags): LearnerConfig | undefined {
  if (!flags.has('update') && !NUMERIC.some((f) => flags.has(f))) return undefined;
  const num = (name: (typeof NUMERIC)[number], fallback: number): number => {
    const v = flags.get(name);
    if (v === undefined) return fallback;
    const x = Number(v);
    if (!Number.isFinite(x) || x < 0) throw new NerError('NER_BAD_ARGUMENT', `ner: --${name} must be a number ≥ 0`);
    return x;
  };
  const update = flags.get('update') ?? PLAIN_PERCEPTRON.update;
  if (update !== 'perceptron' && update !== 'pa')
    throw new NerError('NER_BAD_ARGUMENT', `ner: --update must be perceptron or pa, got "${String(update)}"`);
  return {
    update,
    costMiss: num('cost-miss', PLAIN_PERCEPTRON.costMiss),
    costFalse: num('cost-false', PLAIN_PERCEPTRON.costFalse),
    aggressiveness: num('aggressiveness', PLAIN_PERCEPTRON.aggressiveness),
  };
}
