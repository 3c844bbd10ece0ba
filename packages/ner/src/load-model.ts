// Lazy, cached loading of the committed models and their gazetteers.
import { FEATURE_SET_ID } from './features.js';
import { NerError } from './errors.js';
import { readGazetteer } from './gazetteer.js';
import { readModelFile, type TaggerModel } from './model.js';
import { gazetteerPath, modelPath } from './paths.js';

const cache = new Map<'ar' | 'en', TaggerModel>();

/**
 * The committed model of a language with its gazetteer, loaded on first use and cached.
 * @example loadModel('ar').meta.featureSet // 'ar-fs-1'
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
      `ner: ${lang} model uses feature set ${model.meta.featureSet} but the code extracts ${FEATURE_SET_ID[lang]}; retrain with \`pnpm --filter @shabaka/ner train\``,
    );
  model.gazetteer = readGazetteer(gazetteerPath(lang));
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
