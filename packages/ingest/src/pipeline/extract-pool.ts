// A pool of extraction worker threads (default cores − 1); in-process when workers is 0 or when no
// compiled worker file exists (sources not built yet).
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Document, ErrorCode, ExtractionResult } from '@shabaka/schema';
import { ShabakaError } from '@shabaka/schema';
import { extract } from './extract-function.js';
import type { ExtractOptions } from './extract-function.js';

export interface ExtractPool {
  /** Number of worker threads; 0 when extraction runs in this thread. */
  readonly threads: number;
  /** True once workers crashed too often to go on; the run should stop. */
  readonly broken: boolean;
  run(document: Document, options: ExtractOptions): Promise<ExtractionResult>;
  close(): Promise<void>;
}

interface Pending {
  resolve(result: ExtractionResult): void;
  reject(error: Error): void;
}

/** One worker thread and the documents it is working on. */
interface WorkerRecord {
  worker: Worker;
  pending: Map<number, Pending>;
  served: number;
  /** Retired records take no new documents and end once their pending ones are done. */
  retired: boolean;
}

/**
 * A worker is replaced after this many documents. Extraction keeps per-thread caches (tokeniser
 * splits, knowledge base) that grow with the corpus; a fresh thread every few hundred documents keeps
 * the peak RSS flat on long runs for the price of one model load (~1 s).
 */
export const RECYCLE_AFTER = 500;

/**
 * Heap limits of an extraction thread. Without them V8 sizes each thread's heap from the machine's memory and
 * collects late: the news-ar corpus with 2 workers peaked at 1.07–1.13 GB RSS, with these limits 852 MB (a single
 * 495k-character document, the largest the readers accept, still extracts: 471 MB peak).
 */
const WORKER_LIMITS = { maxOldGenerationSizeMb: 768, maxYoungGenerationSizeMb: 32 };

/**
 * Default worker count: one core is left for reading and writing.
 * @example defaultWorkers() // 3 on a 4-core machine
 */
export function defaultWorkers(): number {
  return Math.max(1, availableParallelism() - 1);
}

/** The compiled worker beside this file, or (running from TypeScript sources, as in tests) the built one in dist. */
function workerFile(): string | null {
  for (const relative of ['./extract-worker.js', '../../dist/pipeline/extract-worker.js']) {
    const path = fileURLToPath(new URL(relative, import.meta.url));
    if (existsSync(path)) return path;
  }
  return null;
}

/** An error thrown by extract() in a worker, as posted back; `code` when it was a ShabakaError. */
interface WorkerError {
  message: string;
  code?: ErrorCode;
}

/**
 * True for the errors that fail every document alike (the NER model cannot be loaded): ingest stops on the first
 * instead of reporting each document as malformed.
 * @example if (isSetupError(cause)) throw cause;
 */
export function isSetupError(cause: unknown): boolean {
  return cause instanceof ShabakaError && (cause.code === 'MODEL_MISSING' || cause.code === 'MODEL_INVALID');
}

/** Extraction function run in-process: `extract` unless a caller injects its own. */
export type ExtractFn = (document: Document, options: ExtractOptions) => ExtractionResult;

function inProcessPool(fn: ExtractFn): ExtractPool {
  return {
    threads: 0,
    broken: false,
    run: async (document, options) => fn(document, options),
    close: async () => {},
  };
}

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
export function createExtractPool(size: number = defaultWorkers(), options: PoolOptions = {}): ExtractPool {
  const file = options.workerFile ?? workerFile();
  const recycleAfter = options.recycleAfter ?? RECYCLE_AFTER;
  if (options.extract) return inProcessPool(options.extract);
  if (size <= 0 || !file) return inProcessPool(extract);
  let nextId = 0;
  let closing = false;
  let crashes = 0;
  const maxCrashes = size * 3;
  const active: WorkerRecord[] = [];
  const retiring = new Set<WorkerRecord>();
  const fail = (record: WorkerRecord, message: string): void => {
    for (const p of record.pending.values()) p.reject(new ShabakaError('READ_FAILED', `ingest: ${message}`));
    record.pending.clear();
  };
  const start = (): WorkerRecord => {
    const record: WorkerRecord = {
      worker: new Worker(file, { resourceLimits: WORKER_LIMITS }),
      pending: new Map(),
      served: 0,
      retired: false,
    };
    record.worker.on('message', (msg: { id: number; result?: ExtractionResult; error?: WorkerError }) => {
      const p = record.pending.get(msg.id);
      record.pending.delete(msg.id);
      if (msg.error?.code) p?.reject(new ShabakaError(msg.error.code, msg.error.message));
      else if (msg.error || !msg.result) p?.reject(new Error(`extract: ${msg.error?.message ?? 'no result'}`));
      else p?.resolve(msg.result);
      if (record.retired && record.pending.size === 0) void record.worker.terminate();
    });
    record.worker.on('error', (error) => fail(record, `extraction worker crashed: ${error.message}`));
    record.worker.on('exit', () => {
      retiring.delete(record);
      if (closing || record.retired) return;
      fail(record, 'extraction worker exited');
      const at = active.indexOf(record);
      // A worker that dies at start-up (broken build, missing model) would otherwise restart forever.
      if (at >= 0 && ++crashes <= maxCrashes) active[at] = start();
      else if (at >= 0) active.splice(at, 1);
    });
    return record;
  };
  const retire = (record: WorkerRecord): void => {
    record.retired = true;
    retiring.add(record);
    active[active.indexOf(record)] = start();
    if (record.pending.size === 0) void record.worker.terminate();
  };
  for (let i = 0; i < size; i++) active.push(start());
  return {
    threads: size,
    get broken() {
      return active.length === 0 || crashes > maxCrashes;
    },
    run(document, options) {
      const record = active.reduce<WorkerRecord | undefined>(
        (a, b) => (a && a.pending.size <= b.pending.size ? a : b),
        undefined,
      );
      if (!record || crashes > maxCrashes) {
        return Promise.reject(
          new ShabakaError('READ_FAILED', `ingest: extraction workers crashed ${crashes} times`, {
            hint: 'run with --workers 0 to see the error in this thread',
          }),
        );
      }
      const id = nextId++;
      const result = new Promise<ExtractionResult>((resolve, reject) => {
        record.pending.set(id, { resolve, reject });
        record.worker.postMessage({ id, document, options });
      });
      if (++record.served >= recycleAfter) retire(record);
      return result;
    },
    async close() {
      closing = true;
      await Promise.all([...active, ...retiring].map((r) => r.worker.terminate()));
    },
  };
}
