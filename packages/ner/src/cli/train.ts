// `pnpm --filter @shabaka/ner train`: compiles gazetteers and trains both languages reproducibly from shared/data.
import { mkdirSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { compileGazetteers } from '../compile-gazetteers.js';
import { readConll } from '../conll.js';
import { Gazetteer } from '../gazetteer.js';
import { defaultDataDir, gazetteerPath, modelPath } from '../paths.js';
import { trainLanguage, type TrainConfig } from '../training.js';
import { langFlag, parseFlags } from './args.js';

const flags = parseFlags(process.argv.slice(2), []);
const dataDir = String(flags.get('data') ?? defaultDataDir());
const only = langFlag(flags.get('lang'));
const seed = Number(flags.get('seed') ?? 7);
const maxEpochs = Number(flags.get('epochs') ?? 15);
const log = (line: string): void => void process.stderr.write(`${line}\n`);

type Split = Pick<TrainConfig, 'train' | 'dev' | 'files' | 'retrainOnAll'>;

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

const started = Date.now();
const gazetteers = compileGazetteers(dataDir);
for (const lang of ['ar', 'en'] as const) {
  if (only && only !== lang) continue;
  const gz = gzipSync(JSON.stringify(gazetteers[lang]), { level: 9 });
  mkdirSync(dirname(gazetteerPath(lang)), { recursive: true });
  writeFileSync(gazetteerPath(lang), gz);
  const gazetteerInfo = { version: gazetteers[lang].version, sha256: createHash('sha256').update(gz).digest('hex') };
  const ctx = { lang, gazetteer: new Gazetteer(gazetteers[lang]), clusters: null };
  const split = lang === 'ar' ? arabicSplit(dataDir) : englishSplit(dataDir);
  const result = trainLanguage({
    lang,
    ...split,
    maxEpochs,
    seed,
    minFeatureCount: 1,
    prune: 0.01,
    ctx,
    gazetteerInfo,
    log,
  });
  mkdirSync(dirname(modelPath(lang)), { recursive: true });
  writeFileSync(modelPath(lang), result.model);
  log(
    `${lang}: best epoch ${result.bestEpoch}, dev micro-F1 ${result.dev.micro.f1} (PER ${result.dev.PER.f1}, ORG ${result.dev.ORG.f1}, LOC ${result.dev.LOC.f1}), ` +
      `confidence scale ${result.confidenceScale}, model ${(result.model.length / 1e6).toFixed(2)} MB`,
  );
}
log(`trained in ${((Date.now() - started) / 1000).toFixed(0)} s`);
