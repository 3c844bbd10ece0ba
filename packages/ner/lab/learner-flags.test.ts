// Unit tests of the learner CLI flags: absent flags keep the perceptron path, bad values are refused.
import { describe, expect, it } from '@jest/globals';
import { parseFlags } from '../src/cli/args.js';
import { configFromFlags, learnerFromFlags } from './learner-flags.js';
import { PERCEPTRON_CONFIG } from './passive-aggressive.js';

describe('configFromFlags / learnerFromFlags', () => {
  it('returns undefined without learner flags, so training takes the plain perceptron path', () => {
    expect(learnerFromFlags(parseFlags(['--folds', '4'], []))).toBeUndefined();
    expect(configFromFlags(parseFlags(['--folds', '4'], []))).toBeUndefined();
  });

  it('reads the update and the costs, filling the rest from the plain perceptron', () => {
    const flags = parseFlags(['--update', 'pa', '--cost-miss', '1', '--cost-false', '0.5'], []);
    const cfg = { update: 'pa', costMiss: 1, costFalse: 0.5, aggressiveness: PERCEPTRON_CONFIG.aggressiveness };
    expect(configFromFlags(flags)).toEqual(cfg);
    // the rule's name is what the model's notes record
    expect(JSON.parse(learnerFromFlags(flags)?.name ?? '')).toEqual(cfg);
  });

  it('refuses an unknown update and a negative cost', () => {
    expect(() => configFromFlags(parseFlags(['--update', 'sgd'], []))).toThrow(/--update/);
    expect(() => configFromFlags(parseFlags(['--cost-miss', '-1'], []))).toThrow(/--cost-miss/);
  });
});
