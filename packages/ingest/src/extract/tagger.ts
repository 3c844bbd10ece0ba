// The statistical NER of @shabaka/ner behind a small function type, so tests and callers can swap it.
import { loadModel, tag } from '@shabaka/ner';
import type { TaggedMention } from '@shabaka/schema';

/** Tags one text; offsets are into that text. */
export type TagFn = (text: string, options: { lang: 'ar' | 'en' }) => TaggedMention[];

/** Model version per language, or null when the model cannot be loaded (checked once per process). */
const versions = new Map<'ar' | 'en', string | null>();

function modelVersion(lang: 'ar' | 'en'): string | null {
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
export function defaultTagger(lang: 'ar' | 'en'): TagFn | undefined {
  return modelVersion(lang) === null ? undefined : (text, options) => tag(text, { lang: options.lang });
}

/**
 * Version string of the NER model for evidence records ('none' when no model is loaded).
 * @example nerVersion('ar') // 'ar-…'
 */
export function nerVersion(lang: 'ar' | 'en'): string {
  return modelVersion(lang) ?? 'none';
}
