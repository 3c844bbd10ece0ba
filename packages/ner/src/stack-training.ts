// Training helpers of the stacked tagger: jackknifed first-model output over train, so the second model learns from honest predictions.
import type { LabelledSentence } from './conll.js';
import type { FeatureContext } from './features.js';
import { EmissionScorer, parseModel, type TaggerModel } from './model.js';
import { stage1, type Stage1Output } from './stack.js';
import type { UpdateRule } from './learner.js';
import { trainLanguage } from './training.js';

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
  learner?: UpdateRule;
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
