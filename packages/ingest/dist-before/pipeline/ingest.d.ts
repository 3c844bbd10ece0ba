import type { GraphStore } from '@shabaka/schema';
import type { ReadOptions } from '../readers/read-documents.js';
import type { ReadIssue } from '../readers/read-result.js';
import type { ExtractFn, ExtractPool } from './extract-pool.js';
import type { IngestProgress, IngestSummary } from './progress.js';
import type { IngestSink } from './sink.js';
export interface IngestOptions extends ReadOptions {
  store?: GraphStore;
  sink?: IngestSink;
  /** Extraction threads (default cores − 1; 0 = in this thread). */
  workers?: number;
  /** Documents per store write (default 32). */
  batchSize?: number;
  /** Re-extract documents even when stored with the same content hash. */
  force?: boolean;
  onProgress?: (progress: Readonly<IngestProgress>) => void;
  onIssue?: (issue: ReadIssue) => void;
  /** Replaces extract() (runs in this thread); for tests and custom extractors. */
  extract?: ExtractFn;
  /** A long-lived pool to extract with (e.g. a server's), instead of starting one; ingest leaves it open. */
  pool?: ExtractPool;
  /** Stops reading new documents; those in flight are still extracted and written. */
  signal?: AbortSignal;
  /** Clock, injected for tests. */
  now?: () => number;
}
/**
 * Ingests files, folders, URLs or stdin into a store or sink. Idempotent: documents already
 * stored with the same content hash are skipped, so a killed run can simply be started again.
 * @example
 * const store = await createSqliteStore({ path: 'shabaka.db' });
 * const summary = await ingest(['examples/'], { store, workers: 2 });
 * console.log(summary.written, summary.issues.length);
 */
export declare function ingest(inputs: readonly string[], options?: IngestOptions): Promise<IngestSummary>;
//# sourceMappingURL=ingest.d.ts.map
