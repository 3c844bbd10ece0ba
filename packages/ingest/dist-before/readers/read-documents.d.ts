import type { ReadResult } from './read-result.js';
import type { FetchLike, FieldMap, Reader } from './reader-context.js';
export interface ReadOptions {
  lang?: 'auto' | 'ar' | 'en';
  /** Field mapping for JSON/JSONL (see parseFieldMap). */
  map?: FieldMap;
  /** Patterns matched inside folders (default every file). */
  glob?: readonly string[];
  ignore?: readonly string[];
  /** Used for URLs and feed item links; defaults to global fetch. Pass a stub in tests. */
  fetch?: FetchLike;
  /** Where `-` reads from (default process.stdin). */
  stdin?: AsyncIterable<Uint8Array | string>;
  /** Extra or replacement readers by extension, e.g. `{ '.eml': readEmail }`. */
  readers?: Record<string, Reader>;
  maxBytes?: number;
}
/**
 * Reads every input into validated documents; bad inputs, lines and items come back as issues.
 * @example
 * for await (const r of readDocuments(['examples/'], { lang: 'auto' })) {
 *   if (r.ok) console.log(r.document.title); else console.error(formatIssue(r.issue));
 * }
 */
export declare function readDocuments(inputs: readonly string[], options?: ReadOptions): AsyncIterable<ReadResult>;
//# sourceMappingURL=read-documents.d.ts.map
