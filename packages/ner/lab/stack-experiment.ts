// `tsx src/cli/stack-experiment.ts [--folds 4] [--jack 4] [--epochs2 4] [--bias 0,2,4] [--seed 7] [--radius R] [--bag1 K] [--bag2 K] [--errors] [--no-clusters] [--no-nl] [--update pa … --stages 1,2]`: stacked tagger vs the first model alone on ANERcorp train CV / dev (never test).
import { join } from 'node:path';
import { compileGazetteers } from '../src/compile-gazetteers.js';
import { compileNameLikeness } from '../src/compile-name-likeness.js';
import { readConll, type LabelledSentence } from '../src/conll.js';
import { scoreEntities } from '../src/conlleval.js';
import { viterbi } from '../src/decode.js';
import { tagDocument } from '../src/document.js';
import { errorBreakdown } from './error-analysis.js';
import { DOCUMENT_BLOCK, type DocumentRange, fixedBlocks, slidingWindows } from '../src/doc-windows.js';
import { Gazetteer } from '../src/gazetteer.js';
import { NUM_LABELS, tagsOfPath } from '../src/labels.js';
import { EmissionScorer, parseModel, scoreFeatures, type TaggerModel } from '../src/model.js';
import { NameLikeness } from '../src/name-likeness.js';
import { defaultDataDir } from '../src/paths.js';
import { stackFeatures, type Stage1Output } from '../src/stack.js';
import { jackknifeStage1, predictStage1, trainStage1 } from '../src/stack-training.js';
import { trainLanguage } from '../src/training.js';
import { clustersFrom } from '../src/compile-clusters.js';
import { parseFlags } from '../src/cli/args.js';
import { learnerFromFlags } from './learner-flags.js';

/**
 * Second-model labels of sentences given the first model's output on them, each reading its `ranges` entry as its
 * document; `bias` is added to every non-O score.
 * @example predictStage2(model2, outputs, tokens, fixedBlocks(tokens.length, DOCUMENT_BLOCK), 0)
 */
function predictStage2(
  model: TaggerModel,
  outputs: readonly Stage1Output[],
  sentences: readonly (readonly string[])[],
  ranges: readonly DocumentRange[],
  bias = 0,
): string[][] {
  const scorer = new EmissionScorer(model);
  const feats = stackFeatures(outputs, ranges);
  return sentences.map((tokens, k) => {
    const { emissions } = scorer.score(tokens);
    const extra = scoreFeatures(model, feats[k]!);
    for (let x = 0; x < emissions.length; x++) emissions[x]! += extra[x]! + (x % L === 0 ? 0 : bias);
    return tagsOfPath(viterbi(emissions, tokens.length, model.transitions));
  });
}

const flags = parseFlags(process.argv.slice(2), ['errors', 'no-nl', 'no-clusters']);
const dataDir = String(flags.get('data') ?? defaultDataDir());
const folds = Number(flags.get('folds') ?? 0);
const epochs = Number(flags.get('epochs') ?? 15);
const epochs2 = Number(flags.get('epochs2') ?? 4);
const biases = String(flags.get('bias') ?? '0')
  .split(',')
  .map(Number);
const seed = Number(flags.get('seed') ?? 7);
// bagged weight averaging: members per first-stage model (--bag1) and per second-stage model (--bag2)
const bag1 = Number(flags.get('bag1') ?? 1);
const bag2 = Number(flags.get('bag2') ?? 1);
// each sentence's document: the ±radius sentences around it (--radius R), else blocks of DOCUMENT_BLOCK sentences
const radius = Number(flags.get('radius') ?? 0);
const log = (line: string): void => void process.stderr.write(`${line}\n`);
const L = NUM_LABELS;
// the learner flags apply to the stages listed in --stages (default both); the other stage keeps the perceptron
const learner = learnerFromFlags(flags);
const stages = String(flags.get('stages') ?? '1,2').split(',');
const learner1 = stages.includes('1') ? learner : undefined;
const learner2 = stages.includes('2') ? learner : undefined;
const lang = 'ar';
const gazetteer = new Gazetteer(compileGazetteers(dataDir)[lang]);
// The character name-likeness model read by the stack features, as shipped (name lists and WikiANN only, so the same
// for every fold); --no-nl leaves it out.
const nameLike = flags.has('no-nl') ? null : new NameLikeness(compileNameLikeness(dataDir));
const baseCtx = { lang, gazetteer, clusters: null, nameLike } as const;
const baseSettings = {
  lang,
  ctx: baseCtx,
  epochs,
  seed,
  scale: 0.05,
  prune: 0.01,
  folds: Number(flags.get('jack') ?? 4),
  learner: learner1,
  bag: bag1,
} as const;
log(`learner stage 1 ${JSON.stringify(learner1 ?? null)}, stage 2 ${JSON.stringify(learner2 ?? null)}`);
const all = readConll(join(dataDir, 'anercorp/train.txt'));
const fmt = (s: ReturnType<typeof scoreEntities>): string =>
  `${s.micro.f1} (P ${s.micro.p} R ${s.micro.r}; PER ${s.PER.f1} ORG ${s.ORG.f1} LOC ${s.LOC.f1})`;

/**
 * Each of n sentences' document: blocks of DOCUMENT_BLOCK (as shipped), or with --radius the ±radius sentences around
 * it, never across sentence `seam` (−1: none).
 */
function documents(n: number, seam: number): DocumentRange[] {
  if (radius === 0) return fixedBlocks(n, DOCUMENT_BLOCK);
  return slidingWindows(
    Array.from({ length: n }, (_, i) => i === seam),
    radius,
  );
}

/** `seam`: the first training sentence after the held-out part, which does not continue the one before it. */
function run(train: LabelledSentence[], held: LabelledSentence[], seam: number, name: string): Record<string, number> {
  // Word clusters from the training folds' text plus WikiANN-ar train and Wojood text, never the held-out fold
  // (as shipped; --no-clusters leaves them out).
  const clusters = flags.has('no-clusters')
    ? null
    : clustersFrom(
        train.map((s) => s.tokens),
        dataDir,
      );
  const ctx = { ...baseCtx, clusters };
  const settings = { ...baseSettings, ctx };
  const gold = held.map((s) => s.tags);
  const tokens = held.map((s) => s.tokens);
  const trainRanges = documents(train.length, seam);
  const heldRanges = documents(held.length, -1);
  const m1 = trainStage1(train, settings);
  // The shipped first model carries the scale its stack features were computed with.
  m1.meta.confidenceScale = settings.scale;
  const out: Record<string, number> = {};
  const scorer = new EmissionScorer(m1);
  for (const b of biases) {
    const pred = tokens.map((t) => {
      const { emissions } = scorer.score(t);
      for (let x = 0; x < emissions.length; x++) if (x % L !== 0) emissions[x]! += b;
      return tagsOfPath(viterbi(emissions, t.length, m1.transitions));
    });
    const s = scoreEntities(gold, pred);
    out[`s1 b=${b}`] = s.micro.f1;
    log(`${name} stage1 bias ${b}: ${fmt(s)}`);
  }
  const held1 = predictStage1(m1, tokens, settings.scale);
  const jack = jackknifeStage1(train, { ...settings, log });
  const r2 = trainLanguage({
    lang,
    train,
    dev: held,
    files: [],
    retrainOnAll: false,
    maxEpochs: epochs2,
    fixedEpochs: true,
    seed,
    minFeatureCount: 1,
    prune: 0.01,
    ctx,
    gazetteerInfo: null,
    extraTrain: stackFeatures(jack, trainRanges),
    extraDev: stackFeatures(held1, heldRanges),
    learner: learner2,
    bag: bag2,
  });
  log(`${name} stage2 by epoch ${r2.devByEpoch.join(' ')}`);
  const m2 = parseModel(r2.model);
  m2.gazetteer = gazetteer;
  m2.nameLike = nameLike;
  for (const b of biases) {
    const s = scoreEntities(gold, predictStage2(m2, held1, tokens, heldRanges, b));
    out[`s2 b=${b}`] = s.micro.f1;
    log(`${name} stage2 bias ${b}: ${fmt(s)}`);
  }
  // The shipped pipeline (rules, gazetteer fill, document consistency) over the same documents, without and with stage 2.
  for (const [key, model, rules] of [
    ['pipeline s1', m1, true],
    ['model-only s2', { ...m1, stage2: m2 }, false],
    ['pipeline s2', { ...m1, stage2: m2 }, true],
    ['rules, no document s2', { ...m1, stage2: m2 }, 'no-document'],
  ] as const) {
    const pred = tagDocument(tokens, lang, {
      model,
      rules: rules !== false,
      document: rules !== 'no-document',
      ranges: heldRanges,
    }).map((r) => r.labels);
    const s = scoreEntities(gold, pred);
    if (flags.has('errors')) log(`${name} ${key} errors ${JSON.stringify(errorBreakdown(gold, pred))}`);
    if (flags.has('errors') && key === 'pipeline s2')
      pred.forEach((p, k) => {
        if (p.join(' ') !== gold[k]!.join(' '))
          log(
            `DIFF ${tokens[k]!.map((t, i) => (p[i] === gold[k]![i] ? t : `${t}[${gold[k]![i]}/${p[i]}]`)).join(' ')}`,
          );
      });
    out[key] = s.micro.f1;
    out[`${key} ORG`] = s.ORG.f1;
    log(`${name} ${key}: ${fmt(s)}`);
  }
  return out;
}

const results: Record<string, number>[] = [];
if (folds > 1) {
  for (let k = 0; k < folds; k++) {
    const a = Math.floor((all.length * k) / folds);
    const b = Math.floor((all.length * (k + 1)) / folds);
    results.push(run([...all.slice(0, a), ...all.slice(b)], all.slice(a, b), a, `fold ${k}`));
  }
} else {
  const cut = Math.floor(all.length * 0.9);
  results.push(run(all.slice(0, cut), all.slice(cut), -1, 'dev'));
}
for (const key of Object.keys(results[0] ?? {}))
  log(
    `mean ${key}: ${(results.reduce((x, r) => x + (r[key] ?? 0), 0) / results.length).toFixed(2)} [${results.map((r) => r[key]).join(' ')}]`,
  );
