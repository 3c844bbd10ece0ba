// Training pipeline: corpus → feature ids → averaged perceptron with epochs chosen on a dev split → compact model.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { scoreEntities, type LangScores } from './conlleval.js';
import type { LabelledSentence } from './conll.js';
import { marginals, constrainedTransitions, viterbi } from './decode.js';
import { extractFeatures, FEATURE_SET_ID, type FeatureContext } from './features.js';
import { LABELS, labelIndex, NUM_LABELS, tagsOfPath, toBioes } from './labels.js';
import { MODEL_FORMAT, serialiseModel, type ModelMeta } from './model.js';
import { PLAIN_PERCEPTRON, trainLearner, type UpdateRule } from './learner.js';
import { emissionScores, type EncodedSentence, type PerceptronWeights } from './perceptron.js';

export const MODEL_VERSION = '2.0.0';

/** Settings of one training run. */
export interface TrainConfig {
  lang: 'ar' | 'en';
  train: LabelledSentence[];
  dev: LabelledSentence[];
  /** train files for provenance (sha256 recorded in the model) */
  files: string[];
  /** retrain on train + dev with the chosen epoch count (Arabic: dev is carved from train) */
  retrainOnAll: boolean;
  maxEpochs: number;
  seed: number;
  minFeatureCount: number;
  prune: number;
  ctx: FeatureContext;
  gazetteerInfo: ModelMeta['gazetteer'];
  /** per sentence, per token: extra features appended to the extracted ones (the stacked model's stage-1 features) */
  extraTrain?: readonly (readonly (readonly string[])[])[];
  extraDev?: readonly (readonly (readonly string[])[])[];
  /** train exactly maxEpochs (chosen beforehand, e.g. by cross-validation); dev then only fits the confidence scale */
  fixedEpochs?: boolean;
  /** feature-set id written into the model (default FEATURE_SET_ID[lang]) */
  featureSet?: string;
  /** update rule of the learner (`learner.ts`; experiments in lab/); absent = the plain averaged perceptron */
  learner?: UpdateRule;
  /** bagged weight averaging (`TrainOptions.bag`); absent = one model */
  bag?: number;
  log?: (line: string) => void;
}

/** What a training run returns. */
export interface TrainResult {
  model: Buffer;
  devByEpoch: number[];
  bestEpoch: number;
  dev: LangScores;
  confidenceScale: number;
}

class FeatureTable {
  readonly index = new Map<string, number>();
  readonly counts: number[] = [];
  id(f: string, grow: boolean): number {
    let id = this.index.get(f);
    if (id === undefined) {
      if (!grow) return -1;
      id = this.counts.length;
      this.index.set(f, id);
      this.counts.push(0);
    }
    if (grow) this.counts[id]!++;
    return id;
  }
}

function encode(
  sentences: readonly LabelledSentence[],
  ctx: FeatureContext,
  table: FeatureTable,
  grow: boolean,
  extra?: readonly (readonly (readonly string[])[])[],
): EncodedSentence[] {
  return sentences.map((s, k) => {
    const more = extra?.[k];
    const feats = extractFeatures(s.tokens, ctx).map((fs, i) => (more ? [...fs, ...(more[i] ?? [])] : fs));
    const offsets = new Int32Array(feats.length + 1);
    const ids: number[] = [];
    feats.forEach((fs, i) => {
      for (const f of fs) {
        const id = table.id(f, grow);
        if (id >= 0) ids.push(id);
      }
      offsets[i + 1] = ids.length;
    });
    return { offsets, ids: Int32Array.from(ids), gold: Int32Array.from(toBioes(s.tags).map(labelIndex)) };
  });
}

/** Drops features seen fewer than `min` times by renumbering the survivors. */
function compact(
  data: EncodedSentence[],
  table: FeatureTable,
  min: number,
): { data: EncodedSentence[]; names: string[] } {
  const remap = new Int32Array(table.counts.length).fill(-1);
  const names: string[] = [];
  for (const [name, id] of table.index)
    if (table.counts[id]! >= min) {
      remap[id] = names.length;
      names.push(name);
    }
  const out = data.map((s) => {
    const ids: number[] = [];
    const offsets = new Int32Array(s.offsets.length);
    for (let i = 0; i + 1 < s.offsets.length; i++) {
      for (let k = s.offsets[i]!; k < s.offsets[i + 1]!; k++) if (remap[s.ids[k]!]! >= 0) ids.push(remap[s.ids[k]!]!);
      offsets[i + 1] = ids.length;
    }
    return { offsets, ids: Int32Array.from(ids), gold: s.gold };
  });
  return { data: out, names };
}

function decodeAll(data: readonly EncodedSentence[], w: PerceptronWeights): string[][] {
  const trans = constrainedTransitions(w.transitions);
  return data.map((s) => tagsOfPath(viterbi(emissionScores(s, w.weights), s.gold.length, trans)));
}

/** Picks the score scale whose forward-backward marginals give the best log-likelihood of the dev labels. */
function fitConfidenceScale(data: readonly EncodedSentence[], w: PerceptronWeights): number {
  const trans = constrainedTransitions(w.transitions);
  const sample = data.slice(0, 400);
  let best = 1;
  let bestLl = -Infinity;
  for (const scale of [0.02, 0.05, 0.1, 0.2, 0.3, 0.5, 0.75, 1, 1.5, 2]) {
    let ll = 0;
    for (const s of sample) {
      const m = marginals(emissionScores(s, w.weights), s.gold.length, trans, scale);
      for (let i = 0; i < s.gold.length; i++) ll += Math.log(Math.max(1e-9, m[i * NUM_LABELS + s.gold[i]!]!));
    }
    if (ll > bestLl) {
      bestLl = ll;
      best = scale;
    }
  }
  return best;
}

/**
 * sha256 of a file, for the provenance fields of the model.
 * @example sha256File('/work/shared/data/anercorp/train.txt')
 */
export function sha256File(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/**
 * Trains one language end to end and returns the serialised model with its dev figures.
 * @example const r = trainLanguage({ lang: 'en', train, dev, files, retrainOnAll: false, maxEpochs: 12, seed: 7, minFeatureCount: 1, prune: 0.01, ctx, gazetteerInfo: null });
 */
export function trainLanguage(cfg: TrainConfig): TrainResult {
  const log = cfg.log ?? ((): void => {});
  const table = new FeatureTable();
  const rawTrain = encode(cfg.train, cfg.ctx, table, true, cfg.extraTrain);
  const { data: train, names } = compact(rawTrain, table, cfg.minFeatureCount);
  const devTable = new FeatureTable();
  names.forEach((n) => devTable.id(n, true));
  const dev = encode(cfg.dev, cfg.ctx, devTable, false, cfg.extraDev);
  log(`${cfg.lang}: ${train.length} train / ${dev.length} dev sentences, ${names.length} features`);

  const devByEpoch: number[] = [];
  let bestEpoch = 1;
  let best: PerceptronWeights | null = null;
  const goldDev = cfg.dev.map((s) => s.tags);
  const learner = cfg.learner ?? PLAIN_PERCEPTRON;
  const weights = trainLearner(
    train,
    names.length,
    {
      epochs: cfg.maxEpochs,
      seed: cfg.seed,
      bag: cfg.bag,
      onEpoch: (epoch, avg) => {
        const f1 = scoreEntities(goldDev, decodeAll(dev, avg)).micro.f1;
        devByEpoch.push(f1);
        log(`${cfg.lang}: epoch ${epoch} dev micro-F1 ${f1.toFixed(2)}`);
        if (cfg.fixedEpochs ? epoch === cfg.maxEpochs : f1 >= Math.max(...devByEpoch)) {
          bestEpoch = epoch;
          best = avg;
        }
      },
    },
    learner,
  );
  const chosen: PerceptronWeights = best ?? weights;
  const devScores = scoreEntities(goldDev, decodeAll(dev, chosen));
  const confidenceScale = fitConfidenceScale(dev, chosen);
  let final = chosen;
  let finalNames = names;
  if (cfg.retrainOnAll) {
    const allTable = new FeatureTable();
    const extra = cfg.extraTrain && cfg.extraDev ? [...cfg.extraTrain, ...cfg.extraDev] : undefined;
    const all = compact(
      encode([...cfg.train, ...cfg.dev], cfg.ctx, allTable, true, extra),
      allTable,
      cfg.minFeatureCount,
    );
    log(`${cfg.lang}: retraining on all ${all.data.length} sentences for ${bestEpoch} epochs`);
    final = trainLearner(all.data, all.names.length, { epochs: bestEpoch, seed: cfg.seed, bag: cfg.bag }, learner);
    finalNames = all.names;
  }
  const meta: ModelMeta = {
    format: MODEL_FORMAT,
    version: MODEL_VERSION,
    lang: cfg.lang,
    featureSet: cfg.featureSet ?? FEATURE_SET_ID[cfg.lang],
    labels: [...LABELS],
    trainedAt: new Date().toISOString().slice(0, 10),
    seed: cfg.seed,
    epochs: bestEpoch,
    minFeatureCount: cfg.minFeatureCount,
    trainingData: cfg.files.map((f) => ({
      file: basename(f),
      sha256: sha256File(f),
      sentences: cfg.train.length + (cfg.retrainOnAll ? cfg.dev.length : 0),
    })),
    gazetteer: cfg.gazetteerInfo,
    confidenceScale,
    notes: {
      devMicroF1: devScores.micro.f1,
      devORG: devScores.ORG.f1,
      ...(cfg.learner ? { learner: cfg.learner.name } : {}),
    },
  };
  const model = serialiseModel(meta, finalNames, final.weights, final.transitions, cfg.ctx.clusters, cfg.prune);
  return { model, devByEpoch, bestEpoch, dev: devScores, confidenceScale };
}
