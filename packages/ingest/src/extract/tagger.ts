// The statistical NER of @shabaka/ner behind a small function type, so tests and callers can swap it.
import { loadModel, NerError, tag, type TaggerModel } from '@shabaka/ner';
import { ShabakaError, type TaggedMention } from '@shabaka/schema';

/** Tags one text; offsets are into that text. */
export type TagFn = (text: string, options: { lang: 'ar' | 'en' }) => TaggedMention[];

/**
 * The error extraction throws when the NER model of `lang` cannot be loaded: `MODEL_MISSING` when a file is absent,
 * `MODEL_INVALID` when one is corrupt or older than the feature code, with @shabaka/ner's hint on how to rebuild it.
 * Extraction never carries on without NER by itself: a caller who wants that says so with `{ tagger: null }`.
 * @example modelError('ar', new NerError('NER_MODEL_MISSING', 'ner: no model at …')).code // 'MODEL_MISSING'
 */
export function modelError(lang: 'ar' | 'en', cause: unknown): ShabakaError {
  const missing =
    cause instanceof NerError && (cause.code === 'NER_MODEL_MISSING' || cause.code === 'NER_GAZETTEER_MISSING');
  const problem = cause instanceof NerError ? cause.problem : String(cause);
  const hint =
    cause instanceof NerError
      ? cause.hint
      : 'restore packages/ner/models and packages/ner/gazetteers from git, or rebuild them with `pnpm --filter @shabaka/ner train`';
  return new ShabakaError(
    missing ? 'MODEL_MISSING' : 'MODEL_INVALID',
    `ingest.extract: cannot load the ${lang} NER model: ${problem}`,
    { hint: `${hint}; or pass { tagger: null } to extract with the knowledge base and rules only`, cause },
  );
}

/** The model of `lang` (loaded once by @shabaka/ner), or the typed error of `modelError`. */
function model(lang: 'ar' | 'en'): TaggerModel {
  try {
    return loadModel(lang);
  } catch (cause) {
    throw modelError(lang, cause);
  }
}

/**
 * The @shabaka/ner tagger for `lang` (model, rules and gazetteer fill). Loads the model now, so a missing or
 * corrupt one fails before any document is read.
 * @example defaultTagger('ar')('زار أردوغان أنقرة', { lang: 'ar' })
 */
export function defaultTagger(lang: 'ar' | 'en'): TagFn {
  model(lang);
  return (text, options) => tag(text, { lang: options.lang });
}

/**
 * Version string of the NER model for evidence records.
 * @example nerVersion('ar') // '2.0.0'
 */
export function nerVersion(lang: 'ar' | 'en'): string {
  return model(lang).meta.version;
}
