// Word clusters from unlabelled text: exchange clustering of bigram statistics (Martin, Liebermann & Ney 1998), at several sizes.

/**
 * Flat clustering of the words seen at least `minCount` times into `k` classes maximising the class-bigram likelihood,
 * by moving one word at a time to its best class. Deterministic: words start in frequency-rank order (i mod k).
 * @example exchangeClusters([['a', 'b'], ['a', 'c']], 2, 1, 2).get('a') // 0
 */
export function exchangeClusters(
  sentences: readonly (readonly string[])[],
  k: number,
  minCount: number,
  iterations: number,
): Map<string, number> {
  const freq = new Map<string, number>();
  for (const s of sentences) for (const w of s) freq.set(w, (freq.get(w) ?? 0) + 1);
  // Rare words share one id (0, 'the unknown word'), always in class 0's neighbour statistics but never moved.
  const vocab = [...freq]
    .filter(([, n]) => n >= minCount)
    .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0))
    .map(([w]) => w);
  const id = new Map(vocab.map((w, i) => [w, i + 1]));
  const V = vocab.length + 1;
  // Word bigrams as sparse successor / predecessor lists with counts (sentence ends marked by id 0 too).
  const right: Map<number, number>[] = Array.from({ length: V }, () => new Map());
  const left: Map<number, number>[] = Array.from({ length: V }, () => new Map());
  const count = new Float64Array(V);
  for (const s of sentences) {
    let prev = 0;
    for (const w of [...s, '']) {
      const cur = w === '' ? 0 : (id.get(w) ?? 0);
      right[prev]!.set(cur, (right[prev]!.get(cur) ?? 0) + 1);
      left[cur]!.set(prev, (left[cur]!.get(prev) ?? 0) + 1);
      prev = cur;
    }
  }
  for (let w = 0; w < V; w++) for (const n of right[w]!.values()) count[w]! += n;
  const cls = new Int32Array(V);
  for (let w = 1; w < V; w++) cls[w] = (w - 1) % k;
  cls[0] = 0;
  const big = new Float64Array(k * k);
  const cnt = new Float64Array(k);
  for (let w = 0; w < V; w++) {
    cnt[cls[w]!]! += count[w]!;
    for (const [v, n] of right[w]!) big[cls[w]! * k + cls[v]!]! += n;
  }
  const xlogx = (x: number): number => (x > 0 ? x * Math.log(x) : 0);
  const rc = new Float64Array(k);
  const lc = new Float64Array(k);
  const rs = new Int32Array(k);
  const ls = new Int32Array(k);
  for (let it = 0; it < iterations; it++) {
    let moved = 0;
    for (let w = 1; w < V; w++) {
      const a = cls[w]!;
      // Counts of w's successors and predecessors per class (a self-bigram w w is counted in both, fixed below).
      rc.fill(0);
      lc.fill(0);
      let self = 0;
      for (const [v, n] of right[w]!)
        if (v === w) self += n;
        else rc[cls[v]!]! += n;
      for (const [v, n] of left[w]!) if (v !== w) lc[cls[v]!]! += n;
      const nw = count[w]!;
      // Remove w from a.
      for (let c = 0; c < k; c++) {
        big[a * k + c]! -= rc[c]!;
        big[c * k + a]! -= lc[c]!;
      }
      big[a * k + a]! -= self;
      cnt[a]! -= nw;
      let best = a;
      let bestGain = -Infinity;
      // Only the classes w has neighbours in change: list them once.
      let nr = 0;
      let nl = 0;
      for (let c = 0; c < k; c++) {
        if (rc[c]! > 0) rs[nr++] = c;
        if (lc[c]! > 0) ls[nl++] = c;
      }
      for (let b = 0; b < k; b++) {
        // Gain of adding w to b: changed cells of row b, column b, and the class count (twice: left and right).
        let g = 0;
        for (let x = 0; x < nr; x++) {
          const c = rs[x]!;
          if (c !== b) g += xlogx(big[b * k + c]! + rc[c]!) - xlogx(big[b * k + c]!);
        }
        for (let x = 0; x < nl; x++) {
          const c = ls[x]!;
          if (c !== b) g += xlogx(big[c * k + b]! + lc[c]!) - xlogx(big[c * k + b]!);
        }
        const bb = big[b * k + b]!;
        g += xlogx(bb + rc[b]! + lc[b]! + self) - xlogx(bb);
        g -= 2 * (xlogx(cnt[b]! + nw) - xlogx(cnt[b]!));
        if (g > bestGain + 1e-9) {
          bestGain = g;
          best = b;
        }
      }
      for (let c = 0; c < k; c++) {
        big[best * k + c]! += rc[c]!;
        big[c * k + best]! += lc[c]!;
      }
      big[best * k + best]! += self;
      cnt[best]! += nw;
      if (best !== a) moved++;
      cls[w] = best;
    }
    if (moved === 0) break;
  }
  return new Map(vocab.map((w, i) => [w, cls[i + 1]!]));
}

/**
 * Cluster codes of each word at several sizes, joined as `a.b.c` (e.g. 16, 64 and 256 classes): the tagger reads each
 * size as its own feature, from coarse to fine.
 * @example wordClusters(sentences, [16, 64], 3, 8).get('القاهرة') // '5.41'
 */
export function wordClusters(
  sentences: readonly (readonly string[])[],
  sizes: readonly number[],
  minCount: number,
  iterations: number,
): Map<string, string> {
  const runs = sizes.map((k) => exchangeClusters(sentences, k, minCount, iterations));
  const out = new Map<string, string>();
  for (const w of [...(runs[0]?.keys() ?? [])].sort()) out.set(w, runs.map((r) => r.get(w)).join('.'));
  return out;
}
