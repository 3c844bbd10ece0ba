// The statistical NER of @shabaka/ner behind a small function type, so tests and callers can swap it.
import { loadModel, tag } from '@shabaka/ner';
/** Model version per language, or null when the model cannot be loaded (checked once per process). */
const versions = new Map();
function modelVersion(lang) {
  let v = versions.get(lang);
  if (v === undefined) {
    try {
      v = loadModel(lang).meta.version;
    } catch {
      // A missing or stale model (while @shabaka/ner retrains) leaves the knowledge base and rules;
      // the evidence's extractor name then says `ner:none`.
      v = null;
    }
    versions.set(lang, v);
  }
  return v;
}
/**
 * The @shabaka/ner tagger for `lang` (model, rules and gazetteer fill), or undefined when its model
 * cannot be loaded.
 * @example defaultTagger('ar')?.('زار أردوغان أنقرة', { lang: 'ar' })
 */
export function defaultTagger(lang) {
  return modelVersion(lang) === null ? undefined : (text, options) => tag(text, { lang: options.lang });
}
/**
 * Version string of the NER model for evidence records ('none' when no model is loaded).
 * @example nerVersion('ar') // 'ar-…'
 */
export function nerVersion(lang) {
  return modelVersion(lang) ?? 'none';
}
//# sourceMappingURL=tagger.js.map
