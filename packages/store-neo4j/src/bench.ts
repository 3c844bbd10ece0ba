// `pnpm bench` for the Neo4j store: 100k relations batched vs one MERGE per row (2k sample, same run),
// and neighbours p50/p95 on a 100k-entity graph. Prints a table; deletes its data afterwards.
import { performance } from 'node:perf_hooks';
import neo4j from 'neo4j-driver';
import { ExtractionResult, Predicate, relationKey, seededRandom } from '@shabaka/schema';
import type { EntityInput, RelationInput } from '@shabaka/schema';
import { deleteByIdPrefix, openTestStore, testConnection } from './connection.fixtures.js';
import { createRelations, mergeRelations } from './cypher/upsert.js';
import { Executor } from './executor.js';
import { toUpsertRows } from './rows.js';

const ENTITIES = Number(process.env.BENCH_ENTITIES ?? 100_000);
const RELATIONS = Number(process.env.BENCH_RELATIONS ?? 100_000);
const PER_ROW_SAMPLE = Number(process.env.BENCH_PER_ROW ?? 2_000);
const BATCH = Number(process.env.BENCH_BATCH ?? 5_000);
const SESSIONS = Number(process.env.BENCH_SESSIONS ?? 2);
const WARMUP_ROUNDS = Number(process.env.BENCH_WARMUP_ROUNDS ?? 2);
const WARMUP_SIZE = Number(process.env.BENCH_WARMUP_SIZE ?? RELATIONS);
const RAW_SAMPLE = 20_000;
const NEIGHBOR_QUERIES = 300;

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

/** One article whose sentence evidences every relation, entities `e0…`, and distinct random relations. */
function buildGraph(prefix: string, random: () => number, entityCount: number, relationCount: number) {
  const docId = `${prefix}doc`;
  const text = 'Bench sentence: the bodies met and supported each other.';
  const evidence = { doc: docId, sentence: text, sentenceIndex: 0, start: 16, end: 26 };
  const entities: EntityInput[] = Array.from({ length: entityCount }, (_, i) => ({
    id: `${prefix}e${i}`,
    type: (['PERSON', 'ORGANIZATION', 'LOCATION'] as const)[i % 3]!,
    name: `كيان ${i} ${prefix}`,
    nameEn: `Entity ${i} ${prefix}`,
  }));
  const seen = new Set<string>();
  const relations: RelationInput[] = [];
  while (relations.length < relationCount) {
    // Squaring skews subjects towards low ids: a few hubs, like real news graphs.
    const s = Math.floor(random() ** 2 * entityCount);
    const o = Math.floor(random() * entityCount);
    const predicate = Predicate.options[Math.floor(random() * Predicate.options.length)]!;
    const subject = `${prefix}e${s}`;
    const object = `${prefix}e${o}`;
    const key = relationKey(subject, predicate, object, null);
    if (s === o || seen.has(key)) continue;
    seen.add(key);
    relations.push({ subject, predicate, object, evidence, confidence: 0.5 });
  }
  const base = {
    documents: [{ id: docId, title: 'bench', text, lang: 'en' as const, publishedAt: '2025-01-01' }],
    sentences: [{ id: `${docId}#0`, docId, index: 0, start: 0, end: text.length, text }],
  };
  return {
    nodes: ExtractionResult.parse({ ...base, entities }),
    relations: ExtractionResult.parse({ ...base, relations }),
  };
}

async function main(): Promise<void> {
  const prefix = `bench${Date.now().toString(36)}_`;
  const random = seededRandom(20_251_129);
  const store = await openTestStore({ batchSize: BATCH, writeConcurrency: SESSIONS });
  const { uri, user, password } = testConnection();
  const driver = neo4j.driver(uri, neo4j.auth.basic(user, password));
  const executor = new Executor(driver, uri, undefined);
  const rows: [string, string, string][] = [];
  try {
    // Warm-up: Neo4j plans each statement text once (15 predicates × 3 statement kinds); under load that
    // costs seconds, so both paths are timed with plans cached, as a long-running ingest sees them.
    const warm = buildGraph(`${prefix}w_`, random, 300, 600);
    await store.upsert(warm.nodes);
    await store.upsert(warm.relations);
    const warmPerRow = buildGraph(`${prefix}w2_`, random, 300, 300);
    await store.upsert(warmPerRow.nodes);
    for (const [p, list] of toUpsertRows(warmPerRow.relations).relations) {
      await executor.write(mergeRelations(p, list.slice(0, 1)));
      // Bulk batches use CREATE, whose text does not depend on the row count: one row plans it.
      await executor.write(createRelations(p, list.slice(1, 2)));
    }
    // A JIT-cold Neo4j runs the first bulk rounds after its start far slower (13.0k, then 20.8k, 24.2k rel/s in
    // three bench runs after a restart; one 50k warm-up round lifted the first to 17.9k, two 100k rounds to
    // 23.4k): untimed rounds of the timed size first, so the figures are those of a running server.
    for (let round = 0; round < WARMUP_ROUNDS; round++) {
      const warmBulk = buildGraph(`${prefix}w${round + 3}_`, random, WARMUP_SIZE, WARMUP_SIZE);
      await store.upsert(warmBulk.nodes);
      await store.upsert(warmBulk.relations);
      await store.upsert(warmBulk.relations);
    }

    // Batched: 100k entities (untimed), then 100k relations in UNWIND batches (timed).
    const big = buildGraph(`${prefix}b_`, random, ENTITIES, RELATIONS);
    let t0 = performance.now();
    await store.upsert(big.nodes);
    const nodeSeconds = (performance.now() - t0) / 1000;
    t0 = performance.now();
    const summary = await store.upsert(big.relations);
    const batchedSeconds = (performance.now() - t0) / 1000;
    const batchedRate = summary.relationshipsCreated / batchedSeconds;

    // The same 100k again: every bulk CREATE meets a stored key and the batch is merged instead (0 created).
    t0 = performance.now();
    const again = await store.upsert(big.relations);
    const againRate = RELATIONS / ((performance.now() - t0) / 1000);

    // The machine's ceiling: a plain CREATE (no MERGE, no aggregation) of the same kind of rows, same batches.
    const raw = [...toUpsertRows(big.relations).relations.values()].flat().slice(0, RAW_SAMPLE);
    t0 = performance.now();
    for (let i = 0; i < raw.length; i += BATCH) {
      await executor.write({
        cypher: `UNWIND $rows AS row
MATCH (s:Entity {id: row.subject}) MATCH (o:Entity {id: row.object})
CREATE (s)-[:BENCH_RAW {key: row.key, weight: 1}]->(o)`,
        params: { rows: raw.slice(i, i + BATCH).map(({ subject, object, key }) => ({ subject, object, key })) },
      });
    }
    const rawRate = raw.length / ((performance.now() - t0) / 1000);

    // Per row: a 2k-relation sample on its own entities, one MERGE per row, one transaction each.
    const sample = buildGraph(`${prefix}r_`, random, Math.max(100, PER_ROW_SAMPLE / 2), PER_ROW_SAMPLE);
    await store.upsert(sample.nodes);
    const perRowRows = [...toUpsertRows(sample.relations).relations].flatMap(([p, list]) =>
      list.map((r) => [p, r] as const),
    );
    t0 = performance.now();
    let perRowCreated = 0;
    for (const [p, row] of perRowRows)
      perRowCreated += (await executor.write(mergeRelations(p, [row]))).relationshipsCreated;
    const perRowRate = perRowCreated / ((performance.now() - t0) / 1000);

    // Neighbours on the 100k-entity graph: default options (depth 1, limit 100), after a warm-up.
    const ids = Array.from({ length: NEIGHBOR_QUERIES }, () => `${prefix}b_e${Math.floor(random() * ENTITIES)}`);
    for (const id of ids.slice(0, 30)) await store.neighbors(id);
    const times: number[] = [];
    for (const id of ids) {
      const t = performance.now();
      await store.neighbors(id);
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    const hub = performance.now();
    const hubGraph = await store.neighbors(`${prefix}b_e0`);
    const hubMs = performance.now() - hub;

    rows.push(
      [
        'untimed warm-up before the figures below',
        `${WARMUP_ROUNDS} × ${WARMUP_SIZE.toLocaleString('en')} relations`,
        '',
      ],
      [
        `entities upserted (batched, ${ENTITIES.toLocaleString('en')})`,
        `${Math.round(ENTITIES / nodeSeconds).toLocaleString('en')} nodes/s`,
        '',
      ],
      [
        `relations batched (${RELATIONS.toLocaleString('en')}, batches of ${BATCH})`,
        `${Math.round(batchedRate).toLocaleString('en')} rel/s`,
        '≥ 20,000 rel/s',
      ],
      [
        `the same ${RELATIONS.toLocaleString('en')} again (all stored: ${again.relationshipsCreated} created)`,
        `${Math.round(againRate).toLocaleString('en')} rel/s`,
        '',
      ],
      [
        `plain CREATE, no MERGE (${RAW_SAMPLE.toLocaleString('en')}): this machine's ceiling`,
        `${Math.round(rawRate).toLocaleString('en')} rel/s`,
        '',
      ],
      [
        `relations one MERGE per row (${PER_ROW_SAMPLE.toLocaleString('en')})`,
        `${Math.round(perRowRate).toLocaleString('en')} rel/s`,
        '',
      ],
      ['batched ÷ per row', `${(batchedRate / perRowRate).toFixed(1)}×`, '≥ 20×'],
      [
        `neighbors p50 (${ENTITIES.toLocaleString('en')} entities, ${NEIGHBOR_QUERIES} queries)`,
        `${percentile(times, 50).toFixed(1)} ms`,
        '',
      ],
      ['neighbors p95', `${percentile(times, 95).toFixed(1)} ms`, '< 50 ms'],
      [
        `neighbors of the biggest hub (${hubGraph.nodes.length - 1} shown, +${hubGraph.more ?? 0} more)`,
        `${hubMs.toFixed(1)} ms`,
        '',
      ],
    );
  } finally {
    await driver.close();
    await store.close();
    const deleted = await deleteByIdPrefix(prefix);
    rows.push(['bench nodes deleted afterwards', deleted.toLocaleString('en'), '']);
  }
  const width = [0, 1, 2].map((c) => Math.max(...[['measure', 'value', 'target'], ...rows].map((r) => r[c]!.length)));
  const line = (r: readonly string[]) => `| ${r.map((cell, i) => cell.padEnd(width[i]!)).join(' | ')} |`;
  console.log(
    [
      '',
      'store-neo4j bench',
      line(['measure', 'value', 'target']),
      line(width.map((w) => '-'.repeat(w))),
      ...rows.map(line),
    ].join('\n'),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
