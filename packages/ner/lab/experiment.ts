// `pnpm --filter @shabaka/ner exec tsx src/cli/experiment.ts`: dev-split ablations that justify the design (never touches test).
import { join } from 'node:path';
import { compileGazetteers } from '../src/compile-gazetteers.js';
import { readConll, type LabelledSentence } from '../src/conll.js';
import { scoreEntities } from '../src/conlleval.js';
import { Gazetteer } from '../src/gazetteer.js';
import { EmissionScorer, parseModel } from '../src/model.js';
import { LABELS, normaliseTags, NUM_LABELS } from '../src/labels.js';
import { defaultDataDir } from '../src/paths.js';
import { tagTokens } from '../src/tagger.js';
import { tagDocument } from '../src/document.js';
import { fileDocuments } from '../src/doc-windows.js';
import { trainLanguage } from '../src/training.js';
import { learnerFromFlags } from './learner-flags.js';
import { langFlag, parseFlags } from '../src/cli/args.js';

const flags = parseFlags(process.argv.slice(2), ['no-gaz', 'wojood']);
const dataDir = String(flags.get('data') ?? defaultDataDir());
const lang = langFlag(flags.get('lang')) ?? 'ar';
const epochs = Number(flags.get('epochs') ?? 15);
const wikiann = Number(flags.get('wikiann') ?? 0);
const log = (line: string): void => void process.stderr.write(`${line}\n`);
const learner = learnerFromFlags(flags);

const gazData = compileGazetteers(dataDir)[lang];
const gazetteer = flags.has('no-gaz') ? null : new Gazetteer(gazData);
let train: LabelledSentence[];
let dev: LabelledSentence[];
if (lang === 'ar') {
  const all = readConll(join(dataDir, 'anercorp/train.txt'));
  const cut = Math.floor(all.length * 0.9);
  train = all.slice(0, cut);
  dev = all.slice(cut);
  if (wikiann > 0) {
    const extra = readConll(join(dataDir, 'wikiann-ar/train.tsv')).filter((s) => s.tokens[0] !== 'تحويل');
    train = [...train, ...extra.slice(0, wikiann)];
  }
} else {
  train = readConll(join(dataDir, 'conll2003-en/train.txt'));
  dev = readConll(join(dataDir, 'conll2003-en/dev.txt'));
}
const ablate = new Set(
  String(flags.get('ablate') ?? '')
    .split(',')
    .filter(Boolean),
);
const folds = Number(flags.get('folds') ?? 0);
const wojood = flags.has('wojood')
  ? ['train.txt', 'val.txt'].flatMap((f) => readConll(join(dataDir, 'wojood-sample', f), 'second'))
  : [];
if (folds > 1 && lang === 'ar') {
  // Contiguous k-fold cross-validation over the whole ANERcorp train split: steadier than one small dev block.
  const all = readConll(join(dataDir, 'anercorp/train.txt'));
  const scores: number[] = [];
  const curves: number[][] = [];
  for (let k = 0; k < folds; k++) {
    const a = Math.floor((all.length * k) / folds);
    const b = Math.floor((all.length * (k + 1)) / folds);
    const r = trainLanguage({
      lang,
      train: [...all.slice(0, a), ...all.slice(b), ...wojood],
      dev: all.slice(a, b),
      files: [],
      retrainOnAll: false,
      maxEpochs: epochs,
      seed: Number(flags.get('seed') ?? 7),
      minFeatureCount: 1,
      prune: 0.01,
      ctx: { lang, gazetteer, clusters: null, ablate },
      gazetteerInfo: null,
      learner,
    });
    scores.push(r.devByEpoch[r.devByEpoch.length - 1] ?? 0);
    curves.push(r.devByEpoch);
    log(`fold ${k}: ${scores[k]} by epoch ${r.devByEpoch.join(' ')}`);
    log(`fold ${k} at its best epoch ${r.bestEpoch}: P ${r.dev.micro.p} R ${r.dev.micro.r} ORG ${r.dev.ORG.f1}`);
  }
  const mean = (xs: readonly number[]): number => xs.reduce((x, y) => x + y, 0) / xs.length;
  log(`cv mean by epoch ${curves[0]!.map((_, e) => mean(curves.map((c) => c[e] ?? 0)).toFixed(2)).join(' ')}`);
  log(
    `cv mean micro-F1 ${mean(scores).toFixed(2)} ablate=${[...ablate].join(',')} learner=${JSON.stringify(learner ?? null)}`,
  );
  process.exit(0);
}
const ctx = { lang, gazetteer, clusters: null, ablate };
const result = trainLanguage({
  lang,
  train,
  dev,
  files: [],
  retrainOnAll: false,
  maxEpochs: epochs,
  seed: Number(flags.get('seed') ?? 7),
  minFeatureCount: Number(flags.get('min-count') ?? 1),
  prune: 0.01,
  ctx,
  gazetteerInfo: null,
  learner,
  log,
});
const model = parseModel(result.model);
model.gazetteer = gazetteer;
const gold = dev.map((s) => s.tags);
const report = (name: string, pred: string[][]): void => {
  const s = scoreEntities(gold, pred);
  log(
    `dev ${name}: micro ${s.micro.f1} (P ${s.micro.p} R ${s.micro.r}) PER ${s.PER.f1} ORG ${s.ORG.f1} LOC ${s.LOC.f1}`,
  );
};
// Greedy baseline: each token's best label alone (stray I- repaired), no transition scores.
const scorer = new EmissionScorer(model);
const greedy = dev.map((x) => {
  const { emissions } = scorer.score(x.tokens);
  const labels = x.tokens.map((_, i) => {
    let best = 0;
    for (let y = 1; y < NUM_LABELS; y++)
      if (emissions[i * NUM_LABELS + y]! > emissions[i * NUM_LABELS + best]!) best = y;
    return LABELS[best] ?? 'O';
  });
  return normaliseTags(labels);
});
report('greedy (model only)', greedy);
for (const rules of [false, true])
  report(
    `rules=${rules}`,
    dev.map((x) => tagTokens(x.tokens, lang, { model, rules }).labels),
  );
report(
  'rules+document',
  tagDocument(
    dev.map((x) => x.tokens),
    lang,
    { model, ranges: fileDocuments(dev) },
  ).map((r) => r.labels),
);
