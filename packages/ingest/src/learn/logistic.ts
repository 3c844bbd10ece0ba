// One-vs-rest logistic regression over sparse string features, trained with AdaGrad and L2: small,
// deterministic, and enough for a few thousand candidate pairs (the relation layer's learner).

export interface Example {
  features: readonly string[];
  /** Indices of the classes this example belongs to (none: a negative for every class). */
  labels: readonly number[];
}

export interface LogisticOptions {
  classes: number;
  epochs?: number;
  /** L2 strength per update. */
  l2?: number;
  rate?: number;
  /** Features seen in fewer examples are left out. */
  minCount?: number;
  /** Weight of a positive example against a negative one. */
  positiveWeight?: number;
}

export interface Logistic {
  /** feature → weight per class. */
  weights: Map<string, Float64Array>;
  classes: number;
}

/** A deterministic shuffle (xorshift) so that training runs give the same weights. */
function shuffled(n: number, seed: number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  let x = seed || 1;
  for (let i = n - 1; i > 0; i--) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    const j = (x >>> 0) % (i + 1);
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
  return order;
}

/**
 * Trains one logistic regression per class over the examples.
 * @example trainLogistic([{ features: ['bias', 'B:التقى'], labels: [0] }], { classes: 2 })
 */
export function trainLogistic(examples: readonly Example[], options: LogisticOptions): Logistic {
  const { classes, epochs = 12, l2 = 1e-4, rate = 0.3, minCount = 2, positiveWeight = 1 } = options;
  const counts = new Map<string, number>();
  for (const e of examples) for (const f of new Set(e.features)) counts.set(f, (counts.get(f) ?? 0) + 1);
  const weights = new Map<string, Float64Array>();
  const grads = new Map<string, Float64Array>();
  for (const [f, c] of counts)
    if (c >= minCount || f === 'bias') {
      weights.set(f, new Float64Array(classes));
      grads.set(f, new Float64Array(classes).fill(1e-8));
    }
  const rows = examples.map((e) => ({
    w: [...new Set(e.features)].flatMap((f) => {
      const w = weights.get(f);
      const g = grads.get(f);
      return w && g ? [{ w, g }] : [];
    }),
    y: new Set(e.labels),
  }));
  const z = new Float64Array(classes);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (const i of shuffled(rows.length, 7919 * (epoch + 1))) {
      const row = rows[i] as (typeof rows)[number];
      z.fill(0);
      for (const { w } of row.w) for (let c = 0; c < classes; c++) z[c] = (z[c] as number) + (w[c] as number);
      for (let c = 0; c < classes; c++) {
        const y = row.y.has(c) ? 1 : 0;
        const p = 1 / (1 + Math.exp(-(z[c] as number)));
        const err = (p - y) * (y ? positiveWeight : 1);
        for (const { w, g } of row.w) {
          const grad = err + l2 * (w[c] as number);
          g[c] = (g[c] as number) + grad * grad;
          w[c] = (w[c] as number) - (rate * grad) / Math.sqrt(g[c] as number);
        }
      }
    }
  }
  return { weights, classes };
}

/**
 * Class probabilities of one example's features.
 * @example predictLogistic(model, ['bias', 'B:التقى'])[0] // 0.93
 */
export function predictLogistic(model: Logistic, features: readonly string[]): Float64Array {
  const z = new Float64Array(model.classes);
  for (const f of new Set(features)) {
    const w = model.weights.get(f);
    if (!w) continue;
    for (let c = 0; c < model.classes; c++) z[c] = (z[c] as number) + (w[c] as number);
  }
  for (let c = 0; c < model.classes; c++) z[c] = 1 / (1 + Math.exp(-(z[c] as number)));
  return z;
}
