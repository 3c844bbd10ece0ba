// Trains the learned relation layer (models/relations.json) from the annotated articles of
// ../shared/eval: train (all), dev tune and the seed. Never reads the dev test split.
// Candidate pairs are labelled through score.py's entity alignment and the gold evidence sentence;
// the classes' thresholds (with and without the rules' agreement) are chosen by k-fold cross-validation over articles.
// Run: pnpm --filter @shabaka/ingest train:relations [--eval DIR] [--folds 5] [--dry-run]
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { orientRelation, toContractLines } from '@shabaka/schema';
import type { Predicate } from '@shabaka/schema';
import { extractWithFacts } from '../src/extract/extract.js';
import { PREDICATES, relationClasses } from '../src/extract/predicates.js';
import { RELATION_MODEL_FORMAT } from '../src/extract/relation-model.js';
import type { RelationModelFile } from '../src/extract/relation-model.js';
import { parseClass, ruleFeatures } from '../src/extract/learned-relations.js';
import { evalArticles } from '../src/eval/eval-sets.js';
import type { EvalArticle } from '../src/eval/eval-sets.js';
import { SYMMETRIC_PREDICATES, alignEntities, prf, scoreNorm, systemOf } from '../src/eval/release-score.js';
import type { Counts4 } from '../src/eval/release-score.js';
import { predictLogistic, trainLogistic } from '../src/learn/logistic.js';
import type { Example, Logistic } from '../src/learn/logistic.js';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const arg = (name: string, fallback: string): string => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? (args[i + 1] ?? fallback) : fallback;
};
const evalDir = resolve(arg('eval', resolve(here, '../../../../shared/eval')));
const folds = Number(arg('folds', '5'));
const dryRun = args.includes('--dry-run');
const MODEL_VERSION = '1.0.0';
const CLASSES = relationClasses();
const classIndex = new Map(CLASSES.map((c, i) => [c, i]));
const RULED = CLASSES.map(ruleFeatures);
/** The precision the thresholds must keep on cross-validation (the target is 0.55, kept with a margin). */
const MIN_PRECISION = Number(arg('min-precision', '0.6'));
/** A kind of rule finding (predicate @ the rule's confidence) this precise on the training articles is kept as it is. */
const OVERRIDE_PRECISION = Number(arg('override-precision', '0.7'));

interface Cand {
  features: string[];
  labels: number[];
  /** Excluded from training: the gold relates this pair, but in another sentence. */
  ambiguous: boolean;
  ids: [string, string];
  types: [string, string];
}
interface Article {
  name: string;
  /** System entity id → its gold canonical (score.py's alignment). */
  canonical: Map<string, string>;
  /** Gold relations, deduplicated, as `subject|predicate|object`. */
  goldKeys: Set<string>;
  gold: EvalArticle['gold'];
  cands: Cand[];
  /** The rules' relations as (subject, predicate, object) entity ids. */
  rules: { subject: string; predicate: string; object: string; confidence: number }[];
  ms: number;
}

function sameSentence(evidence: string, sentence: string): boolean {
  const e = scoreNorm(evidence);
  const s = scoreNorm(sentence);
  if (!e || !s) return false;
  return (
    s.includes(e) ||
    e.includes(s) ||
    (e.length > 40 && s.includes(e.slice(0, 40))) ||
    (s.length > 40 && e.includes(s.slice(0, 40)))
  );
}

function prepare(a: EvalArticle): Article {
  const doc = a.documents[0];
  if (!doc || a.documents.length !== 1) throw new Error(`train:relations: ${a.name} should read as one document`);
  const t0 = performance.now();
  const { result, facts, entityIdOf } = extractWithFacts(doc, { relations: 'rules' }, true);
  const ms = performance.now() - t0;
  const { canonical } = alignEntities(systemOf(toContractLines(result)), a.gold);
  const gold = (a.gold.relations ?? []).filter((r) => r.predicate in PREDICATES);
  const cands = facts.candidates.map((c): Cand => {
    const ids: [string, string] = [entityIdOf(c.a.entity), entityIdOf(c.b.entity)];
    const [ca, cb] = ids.map((id) => canonical.get(id));
    const labels = new Set<number>();
    let related = false;
    for (const r of gold) {
      const fwd = r.subject === ca && r.object === cb;
      const rev = r.subject === cb && r.object === ca;
      if (!ca || !cb || !(fwd || rev)) continue;
      related = true;
      if (!sameSentence(r.evidence ?? '', c.sentence.text)) continue;
      const p = r.predicate as Predicate;
      const cls = PREDICATES[p].symmetric ? p : `${p}:${fwd ? 'f' : 'r'}`;
      labels.add(classIndex.get(cls) as number);
    }
    return {
      features: c.features,
      labels: [...labels],
      ambiguous: related && labels.size === 0,
      ids,
      types: [c.a.type, c.b.type],
    };
  });
  const rules = facts.findings.map((f) => f.relation);
  const goldKeys = new Set((a.gold.relations ?? []).map((r) => `${r.subject}|${r.predicate}|${r.object}`));
  return { name: a.name, canonical, goldKeys, gold: a.gold, cands, rules, ms };
}

/** The relations a model's probabilities give for one article: (subject id, predicate, object id). */
function decide(
  art: Article,
  probs: readonly Float64Array[],
  thresholds: readonly number[],
  ruleThresholds: readonly number[],
  overrides: ReadonlySet<string>,
): { subject: string; predicate: string; object: string }[] {
  const out = new Map<string, { subject: string; predicate: string; object: string }>();
  const put = (subject: string, predicate: string, object: string): void => {
    const [s, o] = orientRelation(subject, predicate as Predicate, object);
    out.set(`${s}|${predicate}|${o}`, { subject: s, predicate, object: o });
  };
  for (const r of art.rules) if (overrides.has(ruleKind(r))) put(r.subject, r.predicate, r.object);
  art.cands.forEach((c, i) => {
    const p = probs[i] as Float64Array;
    const has = new Set(c.features);
    for (let k = 0; k < CLASSES.length; k++) {
      const byRule = (RULED[k] as string[]).some((f) => has.has(f));
      if ((p[k] as number) < ((byRule ? ruleThresholds : thresholds)[k] as number)) continue;
      const { predicate, reversed } = parseClass(CLASSES[k] as string);
      const [s, o] = reversed ? [c.ids[1], c.ids[0]] : c.ids;
      const [ts, to] = reversed ? [c.types[1], c.types[0]] : c.types;
      const row = PREDICATES[predicate];
      if (!(row.subject as readonly string[]).includes(ts) || !(row.object as readonly string[]).includes(to)) continue;
      put(s, predicate, o);
    }
  });
  return [...out.values()];
}

function scoreAll(
  arts: readonly Article[],
  probs: readonly (readonly Float64Array[])[],
  thresholds: readonly number[],
  ruleThresholds: readonly number[],
  overrides: ReadonlySet<string> = new Set(),
): { total: Counts4; byPredicate: Map<string, Counts4> } {
  const total: Counts4 = [0, 0, 0, 0];
  const byPredicate = new Map<string, Counts4>();
  arts.forEach((art, i) => {
    const relations = decide(art, probs[i] as Float64Array[], thresholds, ruleThresholds, overrides);
    const count = (p: string, k: number): void => {
      const t = byPredicate.get(p) ?? [0, 0, 0, 0];
      t[k] = (t[k] as number) + 1;
      byPredicate.set(p, t);
      total[k] = (total[k] as number) + 1;
    };
    // score.py's relation matching over the aligned canonicals (see release-score.ts).
    const found = new Set<string>();
    for (const r of relations) {
      const s = art.canonical.get(r.subject);
      const o = art.canonical.get(r.object);
      const keys = [`${s}|${r.predicate}|${o}`];
      if (SYMMETRIC_PREDICATES.has(r.predicate)) keys.push(`${o}|${r.predicate}|${s}`);
      const hit = s !== undefined && o !== undefined ? keys.filter((k) => art.goldKeys.has(k)) : [];
      count(r.predicate, 1);
      if (hit.length > 0) count(r.predicate, 0);
      for (const k of hit) found.add(k);
    }
    for (const g of art.goldKeys) {
      const p = g.split('|')[1] as string;
      count(p, 3);
      if (found.has(g)) count(p, 2);
    }
  });
  return { total, byPredicate };
}

/** Feature families left out (`--drop BT,L2`): the cross-validated feature choice. */
const DROP = arg('drop', '').split(',').filter(Boolean);
const kept = (f: string): boolean => !DROP.some((d) => f.startsWith(`${d}:`) || f === d);
const examplesOf = (arts: readonly Article[]): Example[] =>
  arts.flatMap((a) =>
    a.cands.filter((c) => !c.ambiguous).map((c) => ({ features: c.features.filter(kept), labels: c.labels })),
  );

const HYPER = {
  epochs: Number(arg('epochs', '12')),
  l2: Number(arg('l2', '1e-3')),
  rate: Number(arg('rate', '0.2')),
  minCount: Number(arg('min-count', '8')),
  positiveWeight: Number(arg('positive-weight', '1')),
};
/** Weights smaller than this are dropped (and the rest rounded to 2 places) in every fold's model as in the file. */
const PRUNE = Number(arg('prune', '0.2'));
function train(arts: readonly Article[]): Logistic {
  const model = trainLogistic(examplesOf(arts), { classes: CLASSES.length, ...HYPER });
  for (const [f, w] of model.weights) {
    let any = false;
    w.forEach((v, c) => {
      w[c] = Math.abs(v) < PRUNE && f !== 'bias' ? 0 : Math.round(v * 100) / 100;
      any ||= w[c] !== 0;
    });
    if (!any) model.weights.delete(f);
  }
  return model;
}

const f1 = (c: Counts4): number => prf(c, false).f1;
const precision = (c: Counts4): number => prf(c, false).p;

/** A rule finding's kind: its predicate and the confidence the rule gives it (one per construction). */
const ruleKind = (r: { predicate: string; confidence: number }): string => `${r.predicate}@${r.confidence}`;

/** Precision of each kind of rule finding on the articles: kind → [right, emitted]. */
function ruleKindPrecision(arts: readonly Article[]): Map<string, [number, number]> {
  const out = new Map<string, [number, number]>();
  for (const art of arts) {
    const seen = new Set<string>();
    for (const r of art.rules) {
      const key = `${ruleKind(r)}|${r.subject}|${r.object}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const s = art.canonical.get(r.subject);
      const o = art.canonical.get(r.object);
      const right =
        art.goldKeys.has(`${s}|${r.predicate}|${o}`) ||
        (SYMMETRIC_PREDICATES.has(r.predicate) && art.goldKeys.has(`${o}|${r.predicate}|${s}`));
      const c = out.get(ruleKind(r)) ?? [0, 0];
      out.set(ruleKind(r), [c[0] + (right ? 1 : 0), c[1] + 1]);
    }
  }
  return out;
}

/**
 * Per-class thresholds (without and with the rules' agreement) by coordinate ascent on the out-of-fold
 * figures, keeping precision ≥ MIN_PRECISION.
 */
function chooseThresholds(
  arts: readonly Article[],
  probs: readonly (readonly Float64Array[])[],
  overrides: ReadonlySet<string>,
): { thresholds: number[]; ruleThresholds: number[] } {
  const grid = [0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.8, 0.9, 1.01];
  const n = CLASSES.length;
  const objective = (t: readonly number[]): number => {
    const { total } = scoreAll(arts, probs, t.slice(0, n), t.slice(n), overrides);
    return precision(total) >= MIN_PRECISION ? f1(total) : f1(total) - 1;
  };
  let best = 0.5;
  let bestScore = -Infinity;
  for (const g of grid.filter((x) => x > 0)) {
    const v = objective(Array.from({ length: 2 * n }, () => g));
    if (v > bestScore) [best, bestScore] = [g, v];
  }
  const t = Array.from({ length: 2 * n }, () => best);
  for (let round = 0; round < 2; round++)
    for (let k = 0; k < 2 * n; k++) {
      for (const g of grid) {
        if (k < n && g === 0) continue;
        const trial = [...t];
        trial[k] = g;
        const v = objective(trial);
        if (v > bestScore + 1e-9) {
          bestScore = v;
          t[k] = g;
        }
      }
    }
  return { thresholds: t.slice(0, n), ruleThresholds: t.slice(n) };
}

/** `--cache FILE` keeps the prepared candidates between experiments (features depend only on the code). */
function loadOrPrepare(sources: readonly EvalArticle[]): Article[] {
  const cache = arg('cache', '');
  if (cache && existsSync(cache)) {
    const raw = JSON.parse(readFileSync(cache, 'utf8')) as (Omit<Article, 'canonical' | 'goldKeys'> & {
      canonical: [string, string][];
      goldKeys: string[];
    })[];
    return raw.map((a) => ({ ...a, canonical: new Map(a.canonical), goldKeys: new Set(a.goldKeys) }));
  }
  const arts = sources.map(prepare);
  if (cache)
    writeFileSync(
      cache,
      JSON.stringify(arts.map((a) => ({ ...a, canonical: [...a.canonical], goldKeys: [...a.goldKeys] }))),
    );
  return arts;
}

async function main(): Promise<void> {
  const sources = [...(await evalArticles(evalDir, 'train', 'both')), ...(await evalArticles(evalDir, 'all', 'tune'))];
  const arts = loadOrPrepare(sources);
  const goldTotal = arts.reduce(
    (n, a) => n + new Set((a.gold.relations ?? []).map((r) => `${r.subject}|${r.predicate}|${r.object}`)).size,
    0,
  );
  const positives = arts.reduce((n, a) => n + a.cands.filter((c) => c.labels.length > 0).length, 0);
  const candidates = arts.reduce((n, a) => n + a.cands.length, 0);
  // The ceiling: gold relations some candidate pair carries (both arguments aligned, in the evidence sentence).
  const { total: ceiling, byPredicate: ceilingBy } = scoreAll(
    arts,
    arts.map((a) => a.cands.map((c) => Float64Array.from(CLASSES, (_, k) => (c.labels.includes(k) ? 1 : 0)))),
    CLASSES.map(() => 0.5),
    CLASSES.map(() => 0.5),
  );
  if (args.includes('--verbose'))
    for (const [p, c] of ceilingBy) process.stderr.write(`  ceiling ${p.padEnd(22)} ${c[2]}/${c[3]}\n`);
  process.stderr.write(
    `${arts.length} articles, ${candidates} candidates, ${positives} positive, gold relations ${goldTotal}; ceiling recall ${prf(ceiling, false).r.toFixed(3)}\n`,
  );
  // k-fold cross-validation over articles: out-of-fold probabilities for every candidate.
  const foldOf = (i: number): number => i % folds;
  const probs: Float64Array[][] = arts.map(() => []);
  for (let k = 0; k < folds; k++) {
    const model = train(arts.filter((_, i) => foldOf(i) !== k));
    arts.forEach((a, i) => {
      if (foldOf(i) === k) probs[i] = a.cands.map((c) => predictLogistic(model, c.features));
    });
  }
  if (args.includes('--verbose'))
    CLASSES.forEach((cls, k) => {
      const rows = arts.flatMap((a, i) =>
        a.cands.map((c, j) => ({
          p: (probs[i]?.[j] as Float64Array)[k] as number,
          y: c.labels.includes(k),
          amb: c.ambiguous,
        })),
      );
      const pos = rows.filter((r) => r.y).length;
      if (pos < 5) return;
      rows.sort((x, y) => y.p - x.p);
      let tp = 0;
      let best = { f: 0, p: 0, at: 0 };
      rows.forEach((r, n) => {
        if (r.y) tp++;
        const f = (2 * tp) / (n + 1 + pos);
        if (f > best.f) best = { f, p: tp / (n + 1), at: r.p };
      });
      process.stderr.write(
        `  candidates ${cls.padEnd(24)} pos ${pos} best F1 ${best.f.toFixed(3)} (P ${best.p.toFixed(2)} at p ${best.at.toFixed(2)})\n`,
      );
    });
  const fmt = (c: Counts4): string => {
    const s = prf(c, false);
    return `P ${s.p.toFixed(3)} R ${s.r.toFixed(3)} F1 ${s.f1.toFixed(3)} (${c[0]}/${c[1]} pred, ${c[2]}/${c[3]} gold)`;
  };
  // The rules alone: every rule finding kept, nothing else (the same articles, the same scorer).
  const rulesOnly = scoreAll(
    arts,
    probs,
    CLASSES.map(() => 2),
    CLASSES.map(() => 0),
  );
  // High-precision rules are overrides: their findings are kept whatever the model says.
  const kinds = ruleKindPrecision(arts);
  const overrides = new Set([...kinds].filter(([, [tp, n]]) => n >= 3 && tp / n >= OVERRIDE_PRECISION).map(([k]) => k));
  for (const [k, [tp, n]] of [...kinds].sort((x, y) => y[1][1] - x[1][1]))
    process.stderr.write(`  rule kind ${k.padEnd(26)} ${tp}/${n}${overrides.has(k) ? ' (override)' : ''}\n`);
  const { thresholds, ruleThresholds } = chooseThresholds(arts, probs, overrides);
  const cv = scoreAll(arts, probs, thresholds, ruleThresholds, overrides);
  process.stderr.write(`rules only (same articles): ${fmt(rulesOnly.total)}\n`);
  process.stderr.write(`learned, ${folds}-fold CV: ${fmt(cv.total)}\n`);
  for (const [p, c] of [...cv.byPredicate].sort((x, y) => y[1][3] - x[1][3]))
    process.stderr.write(`  ${p.padEnd(22)} ${fmt(c)}\n`);
  if (dryRun) return;
  const final = train(arts);
  const weights: Record<string, number[]> = {};
  for (const [f, w] of [...final.weights].sort((x, y) => (x[0] < y[0] ? -1 : 1))) {
    const flat: number[] = [];
    w.forEach((v, c) => {
      if (v !== 0) flat.push(c, v);
    });
    if (flat.length > 0) weights[f] = flat;
  }
  const file: RelationModelFile = {
    format: RELATION_MODEL_FORMAT,
    version: MODEL_VERSION,
    classes: CLASSES,
    thresholds,
    ruleThresholds,
    overrides: [...overrides],
    weights,
    card: {
      learner: 'one-vs-rest logistic regression (AdaGrad, L2 1e-3, 12 epochs), src/learn/logistic.ts',
      trainedOn: {
        articles: arts.length,
        sets: '../shared/eval/train (all), ../shared/eval/dev tune split (ar-d01–ar-d27, en-d01–en-d09), ../shared/eval/seed (a1–a4)',
        candidates,
        positives,
        goldRelations: goldTotal,
      },
      licences:
        'derived weights only, no article text: Arabic articles SaudiNewsNet (CC BY-NC-SA 4.0, research use), English ISOT/Reuters (research use), gold annotations by the project',
      crossValidation: {
        folds,
        minPrecision: MIN_PRECISION,
        relations: prf(cv.total),
        rulesOnly: prf(rulesOnly.total),
        candidateCeilingRecall: Number(prf(ceiling, false).r.toFixed(3)),
      },
      rebuild: 'pnpm --filter @shabaka/ingest train:relations',
    },
  };
  const out = resolve(here, '../models/relations.json');
  writeFileSync(out, `${JSON.stringify(file)}\n`);
  process.stderr.write(`wrote ${out}: ${Object.keys(weights).length} features\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`${(e as Error).stack ?? String(e)}\n`);
  process.exit(1);
});
