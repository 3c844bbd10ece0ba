import { describe, expect, it } from '@jest/globals';
import { ShabakaError } from './errors.js';
import { parseInput } from './parse-input.js';
import { NeighborOptions } from './store.js';

describe('parseInput', () => {
  it('applies defaults to a missing value', () => {
    expect(parseInput(NeighborOptions, undefined, 'test')).toMatchObject({ depth: 1, limit: 100 });
  });

  it('throws INVALID_INPUT naming the origin and the field', () => {
    let error: unknown;
    try {
      parseInput(NeighborOptions, { depth: 9 }, 'store-x: neighbors options');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ShabakaError);
    expect((error as ShabakaError).code).toBe('INVALID_INPUT');
    expect((error as ShabakaError).message).toMatch(/^store-x: neighbors options: field depth: /);
  });
});
