// Unit tests of exchange word clustering: words used in the same contexts end up in the same class, deterministically.
import { describe, expect, it } from '@jest/globals';
import { exchangeClusters, wordClusters } from './word-clusters.js';

// Two kinds of words that never share a context: towns after "in", verbs after "they".
const towns = ['paris', 'rome', 'cairo', 'tunis'];
const verbs = ['ran', 'ate', 'slept', 'sang'];
const corpus: string[][] = [];
for (const t of towns) for (const v of verbs) corpus.push(['they', v, 'in', t], ['we', v, 'in', t]);

describe('exchangeClusters', () => {
  it('puts words of the same contexts together and apart from the others', () => {
    const c = exchangeClusters(corpus, 4, 1, 10);
    const townClasses = new Set(towns.map((w) => c.get(w)));
    const verbClasses = new Set(verbs.map((w) => c.get(w)));
    expect(townClasses.size).toBe(1);
    expect(verbClasses.size).toBe(1);
    expect([...townClasses][0]).not.toBe([...verbClasses][0]);
  });
  it('leaves out words rarer than minCount', () => {
    expect(exchangeClusters([...corpus, ['they', 'flew', 'in', 'paris']], 4, 2, 5).has('flew')).toBe(false);
  });
});

describe('wordClusters', () => {
  it('joins the classes of each size coarse to fine and gives the same codes on every run', () => {
    const a = wordClusters(corpus, [2, 4], 1, 5);
    expect(a.get('paris')).toMatch(/^\d+\.\d+$/);
    expect([...wordClusters(corpus, [2, 4], 1, 5)]).toEqual([...a]);
  });
});
