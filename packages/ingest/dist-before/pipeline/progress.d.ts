import type { ReadIssue } from '../readers/read-result.js';
export interface IngestProgress {
  /** Inputs (files, URLs, stdin) started so far. */
  inputs: number;
  /** Documents the readers produced. */
  read: number;
  /** Documents already stored with the same content hash (or seen earlier in this run). */
  skipped: number;
  /** Documents extracted and written. */
  written: number;
  /** Inputs, lines or items that failed (see issues). */
  failed: number;
  sentences: number;
  entities: number;
  relations: number;
  events: number;
  /** Whitespace-separated words of the written documents, for tokens/s. */
  tokens: number;
  elapsedMs: number;
}
export interface IngestSummary extends IngestProgress {
  issues: ReadIssue[];
  /** Worker threads used (0 = extraction in the calling thread). */
  workers: number;
}
/** @example emptyProgress().read // 0 */
export declare function emptyProgress(): IngestProgress;
//# sourceMappingURL=progress.d.ts.map
