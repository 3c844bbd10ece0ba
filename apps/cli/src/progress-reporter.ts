// Ingest progress: a cli-progress bar on a TTY (inputs, documents, entities, relations, docs/s, ETA),
// plain periodic lines otherwise (CI logs, pipes).
import cliProgress from 'cli-progress';
import type { IngestProgress } from '@shabaka/ingest';
import type { Output } from './cli-io.js';

export interface ProgressReporter {
  update(progress: Readonly<IngestProgress>, inputsDone: number): void;
  stop(): void;
}

const PLAIN_EVERY_MS = 5000;

function rate(p: Readonly<IngestProgress>): string {
  return p.elapsedMs > 0 ? ((p.written * 1000) / p.elapsedMs).toFixed(1) : '0.0';
}

/** One log line: `ingest: 120 written, 3 skipped, 1 failed | 800 entities, 300 relations | 12.3 docs/s`. */
export function progressLine(p: Readonly<IngestProgress>): string {
  return `ingest: ${p.written} written, ${p.skipped} skipped, ${p.failed} failed | ${p.entities} entities, ${p.relations} relations, ${p.events} events | ${rate(p)} docs/s`;
}

/**
 * A bar when `stream.isTTY`, else a line every 5 s; `totalInputs` drives the ETA.
 * @example const r = createProgressReporter(process.stderr, 12); r.update(progress, 3); r.stop();
 */
export function createProgressReporter(
  stream: Output,
  totalInputs: number,
  now: () => number = Date.now,
): ProgressReporter {
  if (!stream.isTTY) {
    let last = now();
    return {
      update(progress) {
        if (now() - last < PLAIN_EVERY_MS) return;
        last = now();
        stream.write(`${progressLine(progress)}\n`);
      },
      stop() {},
    };
  }
  const bar = new cliProgress.SingleBar(
    {
      stream: stream as unknown as NodeJS.WritableStream,
      format:
        'ingest [{bar}] {value}/{total} inputs | {docs} docs | {entities} entities | {relations} relations | {rate} docs/s | ETA {eta_formatted}',
      hideCursor: true,
      etaBuffer: 50,
      fps: 5,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(Math.max(1, totalInputs), 0, { docs: 0, entities: 0, relations: 0, rate: '0.0' });
  return {
    update(progress, inputsDone) {
      bar.update(Math.min(inputsDone, totalInputs), {
        docs: progress.written,
        entities: progress.entities,
        relations: progress.relations,
        rate: rate(progress),
      });
    },
    stop() {
      bar.stop();
    },
  };
}
