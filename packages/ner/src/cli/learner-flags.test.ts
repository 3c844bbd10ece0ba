// Unit tests of the learner CLI flags: absent flags keep the perceptron path, bad values are refused.
import { describe, expect, it } from '@jest/globals';
import { PLAIN_PERCEPTRON } from '../learner.js';
import { parseFlags } from './args.js';
import { learnerFromFlags } from './learner-flags.js';

describe('learnerFromFlags', () => {
  it('returns undefined without learner flags, so training takes the plain perceptron path', () => {
    expect(learnerFromFlags(parseFlags(['--folds', '4'], []))).toBeUndefined();
  });

  it('reads the update and the costs, filling the rest from the plain perceptron', () => {
    const cfg = learnerFromFlags(parseFlags(['--update', 'pa', '--cost-miss', '1', '--cost-false', '0.5'], []));
    expect(cfg).toEqual({ update: 'pa', costMiss: 1, costFalse: 0.5, aggressiveness: PLAIN_PERCEPTRON.aggressiveness });
  });

  it('refuses an unknown update and a negative cost', () => {
    expect(() => learnerFromFlags(parseFlags(['--update', 'sgd'], []))).toThrow(/--update/);
    expect(() => learnerFromFlags(parseFlags(['--cost-miss', '-1'], []))).toThrow(/--cost-miss/);
  });
});
