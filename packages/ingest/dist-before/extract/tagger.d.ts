import type { TaggedMention } from '@shabaka/schema';
/** Tags one text; offsets are into that text. */
export type TagFn = (
  text: string,
  options: {
    lang: 'ar' | 'en';
  },
) => TaggedMention[];
/**
 * The @shabaka/ner tagger for `lang` (model, rules and gazetteer fill), or undefined when its model
 * cannot be loaded.
 * @example defaultTagger('ar')?.('زار أردوغان أنقرة', { lang: 'ar' })
 */
export declare function defaultTagger(lang: 'ar' | 'en'): TagFn | undefined;
/**
 * Version string of the NER model for evidence records ('none' when no model is loaded).
 * @example nerVersion('ar') // 'ar-…'
 */
export declare function nerVersion(lang: 'ar' | 'en'): string;
//# sourceMappingURL=tagger.d.ts.map
