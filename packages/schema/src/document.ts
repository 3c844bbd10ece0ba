// Documents (articles) and their sentences, as readers and the pipeline exchange them.
import { z } from 'zod';
import { Lang } from './entity-type.js';

/**
 * One article. `id` is deterministic (see `documentId`) so re-ingesting is a no-op.
 * @example Document.parse({ id: 'doc:…', title: 'T', text: 'Body', lang: 'en' })
 */
export const Document = z.object({
  id: z.string().min(1),
  title: z.string(),
  text: z.string(),
  lang: Lang,
  url: z.string().optional(),
  source: z.string().optional(),
  /** ISO 8601 date or date-time, when the reader knows it. */
  publishedAt: z.string().optional(),
  /** `article` for a full article; `teaser` for a short related-article summary cut from a page. */
  kind: z.enum(['article', 'teaser']).default('article'),
  /** sha256 of the text, so a changed article under the same URL is re-extracted. */
  contentHash: z.string().optional(),
});
export type Document = z.infer<typeof Document>;
export type DocumentInput = z.input<typeof Document>;

/** A sentence of a document with its character span in `Document.text`. */
export const Sentence = z.object({
  id: z.string().min(1),
  docId: z.string().min(1),
  index: z.number().int().nonnegative(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
});
export type Sentence = z.infer<typeof Sentence>;
