// `pnpm bench`: batched vs per-row upsert throughput and query latencies on a 100k-entity SQLite graph.
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ExtractionResult } from '@shabaka/schema';
import { benchGraph, benchRandom, toBatches } from './bench-graph.js';
import { createSqliteStore } from './sqlite-store.js';

const ENTITIES = Number(process.env['BENCH_ENTITIES'] ?? 100_000);
const RELATIONS = Number(process.env['BENCH_RELATIONS'] ?? 100_000);
const PER_ROW_SAMPLE = 2_000;
const BATCH = 5_000;
const QUERIES = 500;

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

/** CPU seconds (user + system) this process spent since `since`: robust to other load on a shared machine. */
function cpuSeconds(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1e6;
}

async function timeEach(n: number, run: (i: number) => Promise<unknown>): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await run(i);
    samples.push(performance.now() - t);
  }
  return samples;
}

async function main(): Promise<void> {
  const loadAtStart = loadavg()[0] ?? 0;
  const dir = mkdtempSync(join(tmpdir(), 'shabaka-bench-'));
  try {
    const random = benchRandom(20_251_129);
    const graph = benchGraph(random, ENTITIES, RELATIONS + PER_ROW_SAMPLE);
    const store = await createSqliteStore({ path: join(dir, 'bench.db') });

    const batches = toBatches(graph, 0, RELATIONS, BATCH);
    let t = performance.now();
    let cpu = process.cpuUsage();
    for (const batch of batches) await store.upsert(batch);
    const batchedSeconds = (performance.now() - t) / 1000;
    const batchedCpu = cpuSeconds(cpu);

    // The per-row path: the next 2k relations, one upsert (one transaction) each, into the same store.
    const rows = toBatches(graph, RELATIONS, RELATIONS + PER_ROW_SAMPLE, 1);
    t = performance.now();
    cpu = process.cpuUsage();
    for (const row of rows) await store.upsert(row);
    const perRowSeconds = (performance.now() - t) / 1000;
    const perRowCpu = cpuSeconds(cpu);

    // Entities no relation references still count towards the 100k-entity graph the queries run on.
    await store.upsert(ExtractionResult.parse({ entities: graph.entities }));

    const pick = () => graph.entityIds[random.int(ENTITIES)]!;
    const depth1 = await timeEach(QUERIES, () => store.neighbors(pick()));
    const depth2 = await timeEach(QUERIES, () => store.neighbors(pick(), { depth: 2 }));
    const hubs = await timeEach(50, (i) => store.neighbors(graph.entityIds[i]!, { depth: 1 }));
    const names = graph.entities.map((e) => e.name);
    // Autocomplete as typed: the first word and two letters of the second; and a fragment from inside a name.
    const typed = (name: string) => name.slice(0, name.indexOf(' ') + 3);
    const search = await timeEach(QUERIES, () => store.search(typed(names[random.int(names.length)] ?? '')));
    const inside = await timeEach(QUERIES, () => store.search((names[random.int(names.length)] ?? '').slice(1, 5)));
    const paths = await timeEach(100, () => store.shortestPath(pick(), pick()));
    const stats = await store.stats();
    await store.close();

    const batchedRate = RELATIONS / batchedSeconds;
    const perRowRate = PER_ROW_SAMPLE / perRowSeconds;
    const batchedCpuRate = RELATIONS / batchedCpu;
    const perRowCpuRate = PER_ROW_SAMPLE / perRowCpu;
    const ms = (x: number) => x.toFixed(2);
    const lines = [
      `store-sqlite bench: ${stats.entities} entities, ${stats.relations} relations (node ${process.version})`,
      '',
      `load average at start: ${loadAtStart.toFixed(1)} on ${cpus().length} cores`,
      '',
      '| measure | value |',
      '| --- | --- |',
      `| batched upsert (${RELATIONS} relations, ${BATCH}/batch), wall / CPU time | ${Math.round(batchedRate)} / ${Math.round(batchedCpuRate)} relations/s |`,
      `| per-row upsert (${PER_ROW_SAMPLE} relations, 1/transaction), wall / CPU time | ${Math.round(perRowRate)} / ${Math.round(perRowCpuRate)} relations/s |`,
      `| batched / per-row, wall / CPU time | ${(batchedRate / perRowRate).toFixed(1)}× / ${(batchedCpuRate / perRowCpuRate).toFixed(1)}× |`,
      `| neighbors depth 1 p50 / p95 | ${ms(percentile(depth1, 50))} / ${ms(percentile(depth1, 95))} ms |`,
      `| neighbors depth 2 p50 / p95 | ${ms(percentile(depth2, 50))} / ${ms(percentile(depth2, 95))} ms |`,
      `| neighbors of the 50 biggest hubs p50 / p95 | ${ms(percentile(hubs, 50))} / ${ms(percentile(hubs, 95))} ms |`,
      `| search, word + prefix p50 / p95 | ${ms(percentile(search, 50))} / ${ms(percentile(search, 95))} ms |`,
      `| search, fragment inside a name p50 / p95 | ${ms(percentile(inside, 50))} / ${ms(percentile(inside, 95))} ms |`,
      `| shortestPath p50 / p95 | ${ms(percentile(paths, 50))} / ${ms(percentile(paths, 95))} ms |`,
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
