import { Document } from '@shabaka/schema';
import type { Lang } from '@shabaka/schema';
export interface DocumentFields {
  title?: string | undefined;
  text: string;
  url?: string | undefined;
  source?: string | undefined;
  publishedAt?: string | undefined;
  kind?: 'article' | 'teaser';
  lang?: Lang | 'auto' | undefined;
  /** Extra key for the id when several documents share a URL (segments of one page). */
  idKey?: string;
}
/**
 * ISO date when the input parses as a date, else the original string trimmed.
 * @example normalizeDate('Thu, 08 Jan 2026 10:00:00 GMT') // '2026-01-08T10:00:00.000Z'
 */
export declare function normalizeDate(value: string | undefined): string | undefined;
/**
 * A Document with a deterministic id (URL, else text) and the sha256 of its text.
 * @example makeDocument({ title: 'T', text: 'Ankara said.', lang: 'en' }).id.startsWith('doc_') // true
 */
export declare function makeDocument(fields: DocumentFields): Document;
//# sourceMappingURL=make-document.d.ts.map
