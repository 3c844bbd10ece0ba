// Unit tests of the integer-pair hash map behind the scorer's word-pair lookups.
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { PairIndex } from './pair-index.js';

describe('PairIndex', () => {
  it('finds every pair it holds, is ordered, and misses the rest', () => {
    const p = new PairIndex(3);
    p.set(0, 0, 5);
    p.set(3, 7, 42);
    p.set(7, 3, 43);
    expect([p.get(0, 0), p.get(3, 7), p.get(7, 3), p.get(3, 3), p.get(1, 0)]).toEqual([5, 42, 43, -1, -1]);
  });

  it('agrees with a Map over random pairs (collisions probe on)', () => {
    const pairs = fc.uniqueArray(fc.tuple(fc.nat(50), fc.nat(50)), {
      selector: ([a, b]) => `${a},${b}`,
      maxLength: 200,
    });
    fc.assert(
      fc.property(pairs, (entries) => {
        const p = new PairIndex(entries.length);
        const m = new Map<string, number>();
        entries.forEach(([a, b], row) => {
          p.set(a, b, row);
          m.set(`${a},${b}`, row);
        });
        for (let a = 0; a <= 50; a += 5)
          for (let b = 0; b <= 50; b += 5) expect(p.get(a, b)).toBe(m.get(`${a},${b}`) ?? -1);
        entries.forEach(([a, b], row) => expect(p.get(a, b)).toBe(row));
      }),
    );
  });
});
