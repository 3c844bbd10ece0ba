// Training helpers of the stacked tagger: jackknifed first-model output over train, so the second model learns from honest predictions.
import type { LabelledSentence } from './conll.js';
import type { DocumentRange } from './doc-windows.js';
import { viterbi } from './decode.js';
import type { FeatureContext } from './features.js';
import { NUM_LABELS, tagsOfPath } from './labels.js';
import { EmissionScorer, parseModel, scoreFeatures, type TaggerModel } from './model.js';
import { stackFeatures, stage1, type Stage1Output } from './stack.js';
import type { LearnerConfig } from './learner.js';
import { trainLanguage } from './training.js';

const L = NUM_LABELS;

/** Settings shared by the first-model runs of a stacked training. */
export interface Stage1Settings {
  lang: 'ar' | 'en';
  ctx: FeatureContext;
  epochs: number;
  seed: number;
  /** forward-backward scale of the first model's marginals */
  scale: number;
  prune: number;
  /** jackknife folds */
  folds: number;
  /** learner of the first-stage models (absent = plain perceptron) */
  learner?: LearnerConfig;
  /** bagged weight averaging of each first-stage model (`TrainConfig.bag`) */
  bag?: number;
  log?: (line: string) => void;
}

/**
 * Trains a first-stage model for a fixed number of epochs (no dev split: the count is chosen beforehand).
 * @example const m = trainStage1(sentences, settings);
 */
export function trainStage1(train: readonly LabelledSentence[], s: Stage1Settings): TaggerModel {
  const r = trainLanguage({
    lang: s.lang,
    train: [...train],
    dev: [],
    files: [],
    retrainOnAll: false,
    maxEpochs: s.epochs,
    seed: s.seed,
    minFeatureCount: 1,
    prune: s.prune,
    ctx: s.ctx,
    gazetteerInfo: null,
    learner: s.learner,
    bag: s.bag,
  });
  const model = parseModel(r.model);
  model.gazetteer = s.ctx.gazetteer;
  model.nameLike = s.ctx.nameLike ?? null;
  return model;
}

/**
 * First-model output for each sentence.
 * @example predictStage1(model, [['زار', 'أنقرة']], 0.05)[0].path
 */
export function predictStage1(
  model: TaggerModel,
  sentences: readonly (readonly string[])[],
  scale: number,
): Stage1Output[] {
  const scorer = new EmissionScorer(model);
  return sentences.map((t) => stage1(scorer.score(t), model.transitions, scale));
}

/**
 * Jackknifed first-model output over a training set: contiguous folds, each predicted by a model trained on the others.
 * @example const outputs = jackknifeStage1(train, { ...settings, folds: 4 });
 */
export function jackknifeStage1(train: readonly LabelledSentence[], s: Stage1Settings): Stage1Output[] {
  const out: Stage1Output[] = [];
  for (let k = 0; k < s.folds; k++) {
    const a = Math.floor((train.length * k) / s.folds);
    const b = Math.floor((train.length * (k + 1)) / s.folds);
    const model = trainStage1([...train.slice(0, a), ...train.slice(b)], s);
    out.push(
      ...predictStage1(
        model,
        train.slice(a, b).map((x) => x.tokens),
        s.scale,
      ),
    );
    s.log?.(`${s.lang}: jackknife fold ${k + 1}/${s.folds} done`);
  }
  return out;
}

/**
 * Second-model labels of sentences given the first model's output on them, each reading its `ranges` entry as its
 * document; `bias` is added to every non-O score.
 * @example predictStage2(model2, outputs, tokens, fixedBlocks(tokens.length, DOCUMENT_BLOCK), 0)
 */
export function predictStage2(
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
