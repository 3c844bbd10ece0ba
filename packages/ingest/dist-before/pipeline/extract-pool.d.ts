import type { Document, ExtractionResult } from '@shabaka/schema';
import type { ExtractOptions } from './extract-function.js';
export interface ExtractPool {
  /** Number of worker threads; 0 when extraction runs in this thread. */
  readonly threads: number;
  /** True once workers crashed too often to go on; the run should stop. */
  readonly broken: boolean;
  run(document: Document, options: ExtractOptions): Promise<ExtractionResult>;
  close(): Promise<void>;
}
/**
 * A worker is replaced after this many documents. Extraction keeps per-thread caches (tokeniser
 * splits, knowledge base) that grow with the corpus; a fresh thread every few hundred documents keeps
 * the peak RSS flat on long runs for the price of one model load (~1 s).
 */
export declare const RECYCLE_AFTER = 500;
/**
 * Default worker count: one core is left for reading and writing.
 * @example defaultWorkers() // 3 on a 4-core machine
 */
export declare function defaultWorkers(): number;
/** Extraction function run in-process: `extract` unless a caller injects its own. */
export type ExtractFn = (document: Document, options: ExtractOptions) => ExtractionResult;
export interface PoolOptions {
  /** Runs in this thread instead of workers (functions cannot cross to a worker). */
  extract?: ExtractFn;
  /** Documents per worker before it is replaced (default RECYCLE_AFTER). */
  recycleAfter?: number;
  /** Worker script (default the compiled extract-worker.js beside this file); for tests. */
  workerFile?: string;
}
/**
 * Starts `size` extraction workers (0 → in-process; `options.extract` also runs in-process).
 * Workers are replaced after `recycleAfter` documents; a crashed worker fails only its own documents
 * and is replaced.
 * @example const pool = createExtractPool(3); const r = await pool.run(doc, {}); await pool.close();
 */
export declare function createExtractPool(size?: number, options?: PoolOptions): ExtractPool;
//# sourceMappingURL=extract-pool.d.ts.map
