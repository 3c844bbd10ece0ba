// ingest(): read → skip known → extract on worker threads → batched writes, streaming with bounded
// memory (at most `workers × 2` documents in flight and one batch buffered).
import type { Document, ExtractionResult, GraphStore } from '@shabaka/schema';
import { ShabakaError } from '@shabaka/schema';
import { readDocuments } from '../readers/read-documents.js';
import type { ReadOptions } from '../readers/read-documents.js';
import type { ReadIssue } from '../readers/read-result.js';
import { createExtractPool, defaultWorkers, isSetupError } from './extract-pool.js';
import type { ExtractFn, ExtractPool } from './extract-pool.js';
import { mergeResults } from './merge-results.js';
import { emptyProgress } from './progress.js';
import type { IngestProgress, IngestSummary } from './progress.js';
import { storeSink } from './sink.js';
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

const CHECK_BATCH = 64;

function countTokens(text: string): number {
  let n = 0;
  for (const part of text.split(/\s+/)) if (part) n++;
  return n;
}

/**
 * Ingests files, folders, URLs or stdin into a store or sink. Idempotent: documents already
 * stored with the same content hash are skipped, so a killed run can simply be started again.
 * @example
 * const store = await createSqliteStore({ path: 'shabaka.db' });
 * const summary = await ingest(['examples/'], { store, workers: 2 });
 * console.log(summary.written, summary.issues.length);
 */
export async function ingest(inputs: readonly string[], options: IngestOptions = {}): Promise<IngestSummary> {
  const sink = options.sink ?? (options.store ? storeSink(options.store) : undefined);
  if (!sink)
    throw new ShabakaError('INVALID_INPUT', 'ingest: no store or sink given', { hint: 'pass { store } or { sink }' });
  const now = options.now ?? Date.now;
  const started = now();
  const progress = emptyProgress();
  const issues: ReadIssue[] = [];
  const batchSize = Math.max(1, options.batchSize ?? 32);
  const pool =
    options.pool ??
    createExtractPool(options.workers ?? defaultWorkers(), options.extract ? { extract: options.extract } : {});
  const maxInFlight = Math.max(2, pool.threads * 2);
  const extractOptions = options.lang && options.lang !== 'auto' ? { lang: options.lang } : {};
  const seen = new Set<string>();
  const inFlight = new Set<Promise<void>>();
  let buffer: ExtractionResult[] = [];
  let writing: Promise<void> = Promise.resolve();
  let failure: unknown = null;

  const report = (): void => {
    progress.elapsedMs = now() - started;
    options.onProgress?.(progress);
  };
  const addIssue = (issue: ReadIssue): void => {
    issues.push(issue);
    progress.failed++;
    options.onIssue?.(issue);
    report();
  };
  const flush = (): Promise<void> => {
    if (buffer.length === 0) return writing;
    const batch = buffer;
    buffer = [];
    writing = writing.then(async () => {
      const merged = mergeResults(batch);
      await sink.write(merged);
      progress.written += merged.documents.length;
      progress.sentences += merged.sentences.length;
      progress.entities += merged.entities.length;
      progress.relations += merged.relations.length;
      progress.events += merged.events.length;
      progress.tokens += merged.documents.reduce((n, d) => n + countTokens(d.text), 0);
      report();
    });
    return writing;
  };
  const extractOne = async (doc: Document, input: string): Promise<void> => {
    let result: ExtractionResult;
    try {
      result = await pool.run(doc, extractOptions);
    } catch (cause) {
      if (pool.broken || isSetupError(cause)) throw cause;
      addIssue({ input, item: doc.title || doc.id, code: 'MALFORMED', reason: (cause as Error).message });
      return;
    }
    buffer.push(result);
    if (buffer.length >= batchSize) await flush();
  };
  const dispatch = async (entries: { document: Document; input: string }[]): Promise<void> => {
    const fresh = entries.map((e) => e.document).filter((d) => !seen.has(d.id));
    const known =
      options.force || !sink.knownDocuments
        ? new Map<string, string | null>()
        : await sink.knownDocuments(fresh.map((d) => d.id));
    for (const { document: doc, input } of entries) {
      if (seen.has(doc.id) || (known.has(doc.id) && known.get(doc.id) === doc.contentHash)) {
        progress.skipped++;
        continue;
      }
      seen.add(doc.id);
      while (inFlight.size >= maxInFlight) await Promise.race(inFlight);
      const task: Promise<void> = extractOne(doc, input)
        .catch((error: unknown) => {
          failure ??= error;
        })
        .finally(() => inFlight.delete(task));
      inFlight.add(task);
    }
    report();
  };

  try {
    let pending: { document: Document; input: string }[] = [];
    let lastInput: string | null = null;
    for await (const r of readDocuments(inputs, options)) {
      if (failure || options.signal?.aborted) break;
      if (r.input !== lastInput) {
        lastInput = r.input;
        progress.inputs++;
      }
      if (!r.ok) {
        addIssue(r.issue);
        continue;
      }
      progress.read++;
      report();
      pending.push({ document: r.document, input: r.input });
      if (pending.length >= CHECK_BATCH) {
        await dispatch(pending);
        pending = [];
      }
    }
    if (!failure) await dispatch(pending);
    await Promise.all(inFlight);
    await flush();
  } finally {
    if (pool !== options.pool) await pool.close();
  }
  if (failure) throw failure;
  report();
  return { ...progress, issues, workers: pool.threads };
}
