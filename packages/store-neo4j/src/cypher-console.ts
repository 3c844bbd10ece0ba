// The analyst console: read-only Cypher in a read transaction, with a timeout and a row cap,
// answered as a table plus the graph of every node, relationship and path in the rows.
import neo4j from 'neo4j-driver';
import type { ManagedTransaction } from 'neo4j-driver';
import type { CypherResult } from '@shabaka/schema';
import { assertReadOnly } from './console-guard.js';
import { GraphCollector, toPlain } from './convert.js';
import type { Executor } from './executor.js';

export interface ConsoleLimits {
  timeoutMs: number;
  rowLimit: number;
}

/** JSON integers become Cypher INTEGERs (so `LIMIT $n` works); everything else passes as is. */
function consoleParam(value: unknown): unknown {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(consoleParam);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, consoleParam(v)]));
  }
  return value;
}

async function collect(
  tx: ManagedTransaction,
  query: string,
  params: Record<string, unknown>,
  rowLimit: number,
): Promise<CypherResult> {
  const graph = new GraphCollector();
  const result = tx.run(query, consoleParam(params) as Record<string, unknown>);
  const columns = [...(await result.keys())];
  const rows: unknown[][] = [];
  let truncated = false;
  // Consume the stream and stop at the cap: the server never materialises the rest for us.
  for await (const record of result) {
    if (rows.length >= rowLimit) {
      truncated = true;
      break;
    }
    rows.push(columns.map((c) => toPlain(record.get(c), graph)));
  }
  const missing = graph.missingEndpoints();
  if (missing.length > 0) {
    // Relationships returned without their nodes still need endpoints to be drawn.
    const ends = await tx.run('MATCH (n) WHERE elementId(n) IN $ids RETURN n', { ids: missing });
    for (const r of ends.records) toPlain(r.get('n'), graph);
  }
  return { columns, rows, graph: graph.toGraphData(), truncated };
}

/**
 * Runs analyst Cypher read-only: rejected up front when it would write, then run in a read
 * transaction (a write the check missed is refused by Neo4j), stopped after `timeoutMs`, capped at `rowLimit` rows.
 * @example await runConsoleQuery(executor, 'MATCH (p:Person) RETURN p LIMIT $n', { n: 5 }, { timeoutMs: 10000, rowLimit: 1000 })
 */
export async function runConsoleQuery(
  executor: Executor,
  query: string,
  params: Record<string, unknown>,
  limits: ConsoleLimits,
): Promise<CypherResult> {
  assertReadOnly(query);
  return executor.read((tx) => collect(tx, query, params, limits.rowLimit), limits.timeoutMs);
}
