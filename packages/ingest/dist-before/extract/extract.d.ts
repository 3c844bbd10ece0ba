import { Document, ExtractionResult } from '@shabaka/schema';
import type { TagFn } from './tagger.js';
/** Version of the rule set; recorded in every evidence's extractor name. */
export declare const EXTRACTOR_VERSION = 'shabaka-rules@0.1.0';
/** Options of `extract`. */
export interface ExtractOptions {
  /** Language of the text; `auto` (default) detects it. */
  lang?: 'ar' | 'en' | 'auto';
  /** ISO date of publication: relative dates (الخميس، أمس, 12 May) are resolved against it. */
  publishedAt?: string;
  title?: string;
  source?: string;
  url?: string;
  /**
   * The NER tagger; default: @shabaka/ner's `tag` when its model is present. `null` runs the
   * knowledge base and rules only (faster, lower recall for unknown names).
   */
  tagger?: TagFn | null;
  /** Also emit LOCATED_IN city→country facts from the gazetteer (not stated by the text). Default false. */
  backgroundFacts?: boolean;
}
/**
 * Extracts sentences, entities (linked, with coreference), relations and events from one article.
 * Synchronous and pure CPU; the knowledge base and NER model load once per process.
 * @example
 * const r = extract('التقى وزير الخارجية التركي بنظيره الأردني في أنقرة.', { publishedAt: '2025-05-13' });
 * r.entities.map((e) => e.nameEn) // ['Turkey', 'Jordan', 'Ankara']
 */
export declare function extract(input: Document | string, options?: ExtractOptions): ExtractionResult;
//# sourceMappingURL=extract.d.ts.map
