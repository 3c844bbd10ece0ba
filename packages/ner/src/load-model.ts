// Lazy, cached loading of the committed models and their gazetteers.
import { FEATURE_SET_ID } from './features.js';
import { NerError } from './errors.js';
import { readGazetteer } from './gazetteer.js';
import { existsSync } from 'node:fs';
import { readModelFile, type TaggerModel } from './model.js';
import { readNameLikeness } from './name-likeness.js';
import { gazetteerPath, modelPath, nameLikenessPath, stackModelPath } from './paths.js';
import { STACK_SET_ID } from './stack.js';

const cache = new Map<'ar' | 'en', TaggerModel>();

/** A model older than the feature code cannot be restored from git: only training matches them again. */
const RETRAIN = 'retrain with `pnpm --filter @shabaka/ner train` so the model matches the feature code';

/**
 * The committed model of a language with its gazetteer, loaded on first use and cached.
 * @example loadModel('ar').meta.featureSet // 'ar-fs-5'
 */
export function loadModel(lang: 'ar' | 'en'): TaggerModel {
  const hit = cache.get(lang);
  if (hit) return hit;
  if (lang !== 'ar' && lang !== 'en')
    throw new NerError('NER_BAD_ARGUMENT', `ner: no model for language "${String(lang)}"; use 'ar' or 'en'`);
  const model = readModelFile(modelPath(lang));
  if (model.meta.featureSet !== FEATURE_SET_ID[lang])
    throw new NerError(
      'NER_MODEL_INVALID',
      `ner: ${lang} model uses feature set ${model.meta.featureSet} but the code extracts ${FEATURE_SET_ID[lang]}`,
      { hint: RETRAIN },
    );
  model.gazetteer = readGazetteer(gazetteerPath(lang));
  if (existsSync(nameLikenessPath(lang))) model.nameLike = readNameLikeness(nameLikenessPath(lang));
  // A second-stage model, where one is committed, makes this a stacked tagger (README, "Decision order").
  if (existsSync(stackModelPath(lang))) {
    const stage2 = readModelFile(stackModelPath(lang));
    const want = `${FEATURE_SET_ID[lang]}+${STACK_SET_ID}`;
    if (stage2.meta.featureSet !== want)
      throw new NerError(
        'NER_MODEL_INVALID',
        `ner: ${lang} second-stage model uses feature set ${stage2.meta.featureSet} but the code extracts ${want}`,
        { hint: RETRAIN },
      );
    stage2.gazetteer = model.gazetteer;
    stage2.nameLike = model.nameLike;
    model.stage2 = stage2;
  }
  cache.set(lang, model);
  return model;
}

/**
 * Installs a model in the cache (tests and tools that train in memory).
 * @example useModel('en', parseModel(buffer))
 */
export function useModel(lang: 'ar' | 'en', model: TaggerModel): void {
  cache.set(lang, model);
}
