// `pnpm --filter @shabaka/ner train`: compiles gazetteers and trains both languages reproducibly from shared/data.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { clustersFrom } from '../compile-clusters.js';
import { compileGazetteers, writeGazetteer } from '../compile-gazetteers.js';
import { compileNameLikeness } from '../compile-name-likeness.js';
import { readConll } from '../conll.js';
import { Gazetteer } from '../gazetteer.js';
import { fileDocuments } from '../doc-windows.js';
import { FEATURE_SET_ID } from '../features.js';
import { NameLikeness, serialiseNameLikeness } from '../name-likeness.js';
import { defaultDataDir, modelPath, nameLikenessPath, stackModelPath } from '../paths.js';
import { STACK_SET_ID, stackFeatures } from '../stack.js';
import { jackknifeStage1 } from '../stack-training.js';
import { trainLanguage, type TrainConfig, type TrainResult } from '../training.js';
import { langFlag, parseFlags } from './args.js';

const flags = parseFlags(process.argv.slice(2), []);
const dataDir = String(flags.get('data') ?? defaultDataDir());
const only = langFlag(flags.get('lang'));
const seed = Number(flags.get('seed') ?? 7);
const maxEpochs = Number(flags.get('epochs') ?? 15);
const log = (line: string): void => void process.stderr.write(`${line}\n`);

type Split = Pick<TrainConfig, 'train' | 'dev' | 'files' | 'retrainOnAll'>;

/** Second-stage epochs, chosen by 4-fold CV over ANERcorp train (mean micro-F1 peaks at 4: README). */
const STAGE2_EPOCHS = { ar: 4 } as const;
/** Jackknife folds giving the second stage honest first-stage output on its own training sentences. */
const JACKKNIFE_FOLDS = 4;
/**
 * Bagged weight averaging (Arabic, every model of both stages): 3 perceptrons on their own shuffles, their averaged
 * weights averaged into one model. With BIOES it passed 4-fold CV (README, third round); English keeps one model.
 */
const BAG = { ar: 3, en: 1 } as const;

/** ANERcorp has no dev split: the last 10% of train (whole articles, in order) chooses the epochs, then all of train is used. */
function arabicSplit(dir: string): Split {
  const file = join(dir, 'anercorp/train.txt');
  const all = readConll(file);
  const cut = Math.floor(all.length * 0.9);
  return { train: all.slice(0, cut), dev: all.slice(cut), files: [file], retrainOnAll: true };
}

/** CoNLL-2003: train on train, choose epochs on dev (testa). */
function englishSplit(dir: string): Split {
  const file = join(dir, 'conll2003-en/train.txt');
  return {
    train: readConll(file),
    dev: readConll(join(dir, 'conll2003-en/dev.txt')),
    files: [file],
    retrainOnAll: false,
  };
}

function report(lang: string, stage: string, r: TrainResult): void {
  log(
    `${lang} ${stage}: best epoch ${r.bestEpoch}, dev micro-F1 ${r.dev.micro.f1} (PER ${r.dev.PER.f1}, ORG ${r.dev.ORG.f1}, LOC ${r.dev.LOC.f1}), ` +
      `confidence scale ${r.confidenceScale}, model ${(r.model.length / 1e6).toFixed(2)} MB`,
  );
}

const started = Date.now();
const gazetteers = compileGazetteers(dataDir);
for (const lang of ['ar', 'en'] as const) {
  if (only && only !== lang) continue;
  const gazetteerInfo = writeGazetteer(lang, gazetteers[lang]);
  const split = lang === 'ar' ? arabicSplit(dataDir) : englishSplit(dataDir);
  // Arabic reads word clusters (from ANERcorp train, WikiANN-ar train and Wojood text) and, in its second stage, the
  // character name-likeness model; both are derived here from shared/data, deterministically.
  const clusters =
    lang === 'ar'
      ? clustersFrom(
          [...split.train, ...split.dev].map((s) => s.tokens),
          dataDir,
        )
      : null;
  const nameLike = lang === 'ar' ? compileNameLikeness(dataDir) : null;
  if (nameLike) {
    mkdirSync(dirname(nameLikenessPath(lang)), { recursive: true });
    writeFileSync(nameLikenessPath(lang), serialiseNameLikeness(nameLike));
  }
  const ctx = {
    lang,
    gazetteer: new Gazetteer(gazetteers[lang]),
    clusters,
    nameLike: nameLike ? new NameLikeness(nameLike) : null,
  };
  const common = { lang, ...split, seed, minFeatureCount: 1, prune: 0.01, ctx, gazetteerInfo, bag: BAG[lang], log };
  const result = trainLanguage({ ...common, maxEpochs });
  mkdirSync(dirname(modelPath(lang)), { recursive: true });
  writeFileSync(modelPath(lang), result.model);
  report(lang, 'stage 1', result);
  if (lang !== 'ar') continue;
  // Stacking (Arabic only): the second model learns from jackknifed first-model output over all of train.
  const all = [...split.train, ...split.dev];
  const outputs = jackknifeStage1(all, {
    lang,
    ctx,
    epochs: result.bestEpoch,
    seed,
    scale: result.confidenceScale,
    prune: 0.01,
    folds: JACKKNIFE_FOLDS,
    bag: BAG[lang],
    log,
  });
  const stack = stackFeatures(outputs, fileDocuments(all));
  const stage2 = trainLanguage({
    ...common,
    extraTrain: stack.slice(0, split.train.length),
    extraDev: stack.slice(split.train.length),
    featureSet: `${FEATURE_SET_ID[lang]}+${STACK_SET_ID}`,
    maxEpochs: STAGE2_EPOCHS[lang],
    fixedEpochs: true,
  });
  writeFileSync(stackModelPath(lang), stage2.model);
  report(lang, 'stage 2', stage2);
}
log(`trained in ${((Date.now() - started) / 1000).toFixed(0)} s`);
