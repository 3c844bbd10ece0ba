// `shabaka ingest`: read inputs, extract on worker threads, write to the store, report progress,
// a summary table and failed inputs (exit 2 when any failed).
import { writeFile } from 'node:fs/promises';
import { formatIssue, ingest, parseFieldMap } from '@shabaka/ingest';
import type { IngestSummary } from '@shabaka/ingest';
import type { StoreStats } from '@shabaka/schema';
import type { CliIo } from '../cli-io.js';
import { IngestFlags, parseFlags } from '../flags.js';
import { createProgressReporter } from '../progress-reporter.js';
import { describeStore, openStore, parseStoreSpec } from '../store-spec.js';
import { renderTable } from '../summary-table.js';
import { countSources } from './count-sources.js';

export const EXIT_OK = 0;
export const EXIT_FATAL = 1;
export const EXIT_SOME_FAILED = 2;
/** Stopped by Ctrl-C after writing what was in flight (128 + SIGINT, as shells report it). */
export const EXIT_INTERRUPTED = 130;

/**
 * The end-of-run table. The run's counts are per document (an entity named in two articles counts twice; a
 * relation stated in two sentences is two pieces of evidence); `store` is what the store holds afterwards,
 * deduplicated, as `shabaka stats` prints it.
 * @example io.stderr.write(summaryTable(summary, 'sqlite:./shabaka.db', await store.stats()))
 */
export function summaryTable(summary: IngestSummary, store: string, stored?: StoreStats): string {
  const secs = summary.elapsedMs / 1000;
  const perSec = (n: number) => (secs > 0 ? (n / secs).toFixed(1) : '-');
  return renderTable(
    ['', 'count'],
    [
      ['store', store],
      ['inputs', summary.inputs],
      ['documents read', summary.read],
      ['written', summary.written],
      ['skipped (already stored)', summary.skipped],
      ['failed inputs/lines/items', summary.failed],
      ['sentences', summary.sentences],
      ['entities found (per document)', summary.entities],
      ['relation evidence (per sentence)', summary.relations],
      ['events', summary.events],
      ...(stored
        ? ([
            ['store now: entities', stored.entities],
            ['store now: relations (distinct edges)', stored.relations],
            ['store now: events', stored.events],
          ] as [string, number][])
        : []),
      ['docs/s', perSec(summary.written)],
      ['tokens/s', perSec(summary.tokens)],
      ['worker threads', summary.workers],
      ['seconds', secs.toFixed(1)],
    ],
  );
}

/**
 * Runs `ingest` and returns the exit code.
 * @example await runIngest(['examples/'], { store: 'sqlite:./g.db' }, processIo())
 */
export async function runIngest(inputs: string[], raw: Record<string, unknown>, io: CliIo): Promise<number> {
  const flags = parseFlags(IngestFlags, raw, 'ingest');
  const map = parseFieldMap(flags.map);
  const spec = parseStoreSpec(flags.store, io.env);
  const store = await openStore(flags.store, io.env);
  const total = flags.progress ? await countSources(inputs, flags) : 0;
  const reporter = flags.progress ? createProgressReporter(io.stderr, total) : null;
  // Issue lines would tear the bar, so on a TTY they are printed after it.
  const live = !(io.stderr.isTTY && reporter);
  // The first Ctrl-C stops reading and lets the documents in flight be written; a re-run resumes.
  const stop = new AbortController();
  const off = io.onInterrupt?.(() => {
    stop.abort();
    io.stderr.write('\ningest: stopping after the documents in flight (Ctrl-C again to quit at once)\n');
  });
  let summary: IngestSummary;
  let stored: StoreStats | undefined;
  try {
    summary = await ingest(inputs, {
      store,
      lang: flags.lang,
      map,
      glob: flags.glob,
      ignore: flags.ignore,
      batchSize: flags.batchSize,
      force: flags.force,
      signal: stop.signal,
      ...(flags.workers !== undefined ? { workers: flags.workers } : {}),
      ...(io.stdin ? { stdin: io.stdin } : {}),
      onProgress: (p) => reporter?.update(p, Math.max(0, p.inputs - 1)),
      onIssue: (issue) => {
        if (live) io.stderr.write(`${formatIssue(issue)}\n`);
      },
    });
    reporter?.update(summary, total);
    stored = await store.stats();
  } finally {
    off?.();
    reporter?.stop();
    await store.close();
  }
  if (!live) for (const issue of summary.issues) io.stderr.write(`${formatIssue(issue)}\n`);
  if (flags.errors)
    await writeFile(
      flags.errors,
      summary.issues.map((i) => JSON.stringify(i)).join('\n') + (summary.issues.length ? '\n' : ''),
    );
  io.stderr.write(`${summaryTable(summary, describeStore(spec), stored)}\n`);
  if (stop.signal.aborted) return EXIT_INTERRUPTED;
  return summary.issues.length > 0 ? EXIT_SOME_FAILED : EXIT_OK;
}
