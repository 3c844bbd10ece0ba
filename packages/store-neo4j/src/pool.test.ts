// inPool: bounded concurrency, every item done once, first failure stops new work and is rethrown;
// roundRobin: every item once, neighbours from different groups while more than one group has items left.
import { describe, expect, it } from '@jest/globals';
import { inPool, roundRobin } from './pool.js';

const tick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 1));

describe('inPool', () => {
  it('runs every item once with at most `limit` calls in flight', async () => {
    let inFlight = 0;
    let peak = 0;
    const done: number[] = [];
    await inPool([1, 2, 3, 4, 5, 6, 7], 2, async (n) => {
      inFlight += 1;
      peak = Math.max(peak, inFlight);
      await tick();
      done.push(n);
      inFlight -= 1;
    });
    expect(done.sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(peak).toBe(2);
  });

  it('with limit 1 keeps the input order', async () => {
    const done: string[] = [];
    await inPool(['a', 'b', 'c'], 1, async (s) => {
      await tick();
      done.push(s);
    });
    expect(done).toEqual(['a', 'b', 'c']);
  });

  it('starts nothing after the first failure and rethrows it once the calls in flight settle', async () => {
    const started: number[] = [];
    let settled = 0;
    const run = inPool([1, 2, 3, 4, 5, 6], 2, async (n) => {
      started.push(n);
      await tick();
      settled += 1;
      if (n === 2) throw new Error('batch 2 failed');
    });
    await expect(run).rejects.toThrow('batch 2 failed');
    expect(started.length).toBeLessThan(6);
    expect(settled).toBe(started.length);
  });

  it('does nothing for an empty list', async () => {
    let calls = 0;
    await inPool([], 2, async () => {
      calls += 1;
    });
    expect(calls).toBe(0);
  });
});

describe('roundRobin', () => {
  it('takes one item per group in turn, keeping each group in order', () => {
    expect(roundRobin([['a1', 'a2', 'a3'], ['b1'], [], ['c1', 'c2']])).toEqual(['a1', 'b1', 'c1', 'a2', 'c2', 'a3']);
  });

  it('keeps every item exactly once', () => {
    const groups = Array.from({ length: 7 }, (_, g) => Array.from({ length: (g * 5) % 4 }, (_, i) => `${g}.${i}`));
    const out = roundRobin(groups);
    expect([...out].sort()).toEqual(groups.flat().sort());
  });

  it('is empty for no groups', () => {
    expect(roundRobin([])).toEqual([]);
  });
});
