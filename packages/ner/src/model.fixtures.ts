// Test fixture: the metadata of a hand-made model, shared by the unit tests that build tiny models.
import { LABELS } from './labels.js';
import { MODEL_FORMAT, type ModelMeta } from './model.js';

/**
 * Metadata for a tiny in-memory model.
 * @example parseModel(serialiseModel(testMeta('en'), names, weights, transitions, null, 0.01))
 */
export function testMeta(lang: 'ar' | 'en'): ModelMeta {
  return {
    format: MODEL_FORMAT,
    version: 'test',
    lang,
    featureSet: `${lang}-test`,
    labels: [...LABELS],
    trainedAt: '2026-01-01',
    seed: 1,
    epochs: 1,
    minFeatureCount: 1,
    trainingData: [],
    gazetteer: null,
    confidenceScale: 1,
    notes: {},
  };
}
