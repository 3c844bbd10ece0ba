// `pnpm bench:ingest`: ingest throughput (docs/s, tokens/s) and peak RSS over the news-ar corpus
// (read at run time from ../shared/data, never copied), with 1 and N workers, into SQLite and Neo4j.
// Each configuration runs in its own child process so its peak RSS is its own.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatIssue, ingest } from '@shabaka/ingest';
import { openStore } from './store-spec.js';
import { renderTable } from './summary-table.js';

const CORPUS =
  process.env.SHABAKA_BENCH_CORPUS ??
  fileURLToPath(new URL('../../../../shared/data/news-ar/*.jsonl', import.meta.url));

interface RunConfig {
  store: 'sqlite' | 'neo4j';
  workers: number;
  limit: number;
}
interface RunResult extends RunConfig {
  docs: number;
  tokens: number;
  seconds: number;
  peakRssMb: number;
  failed: number;
}

/** Child: one ingest run, printing its figures as one JSON line. */
async function child(config: RunConfig): Promise<void> {
  const spec =
    config.store === 'sqlite' ? `sqlite:${join(mkdtempSync(join(tmpdir(), 'shabaka-bench-')), 'bench.db')}` : 'neo4j';
  const store = await openStore(spec);
  const limit = new AbortController();
  const started = performance.now();
  try {
    const summary = await ingest([CORPUS], {
      store,
      workers: config.workers,
      force: true,
      batchSize: 64,
      signal: limit.signal,
      onProgress: (p) => {
        if (config.limit > 0 && p.read >= config.limit) limit.abort();
      },
    });
    const seconds = (performance.now() - started) / 1000;
    // Failures make the throughput meaningless, so say what they were.
    for (const issue of summary.issues.slice(0, 3)) process.stderr.write(`bench-ingest: ${formatIssue(issue)}\n`);
    const result: RunResult = {
      ...config,
      docs: summary.written,
      tokens: summary.tokens,
      seconds,
      peakRssMb: process.resourceUsage().maxRSS / 1024,
      failed: summary.failed,
    };
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } finally {
    await store.close();
  }
}

async function runChild(config: RunConfig): Promise<RunResult> {
  const self = fileURLToPath(import.meta.url);
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, [...process.execArgv, self, '--child', JSON.stringify(config)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    p.stdout.on('data', (d: Buffer) => (out += d.toString()));
    p.on('error', reject);
    p.on('close', (code) => {
      const line = out.trim().split('\n').pop() ?? '';
      if (code === 0 && line.startsWith('{')) resolve(JSON.parse(line) as RunResult);
      else reject(new Error(`bench-ingest: ${config.store} × ${config.workers} exited with ${code}`));
    });
  });
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === '--child') return child(JSON.parse(args[1] ?? '{}') as RunConfig);
  const limitArg = args.indexOf('--limit');
  const limit = limitArg >= 0 ? Number(args[limitArg + 1]) : 0;
  const n = Math.max(2, availableParallelism() - 1);
  const configs: RunConfig[] = [
    { store: 'sqlite', workers: 1, limit },
    { store: 'sqlite', workers: n, limit },
    ...(args.includes('--no-neo4j') ? [] : [{ store: 'neo4j' as const, workers: n, limit }]),
  ];
  const rows: unknown[][] = [];
  for (const config of configs) {
    try {
      const r = await runChild(config);
      rows.push([
        r.store,
        r.workers,
        r.docs,
        r.failed,
        (r.docs / r.seconds).toFixed(1),
        Math.round(r.tokens / r.seconds),
        r.seconds.toFixed(1),
        r.peakRssMb.toFixed(0),
      ]);
    } catch (error) {
      rows.push([config.store, config.workers, '-', '-', '-', '-', '-', (error as Error).message]);
    }
  }
  process.stdout.write(`corpus ${CORPUS}${limit ? ` (first ${limit} docs)` : ''}, ${availableParallelism()} cores\n`);
  process.stdout.write(
    `${renderTable(['store', 'workers', 'docs', 'failed', 'docs/s', 'tokens/s', 'seconds', 'peak RSS MB'], rows)}\n`,
  );
}

await main();
