// `shabaka query "<cypher>" [--json]`: the read-only Cypher console from the terminal (Neo4j stores).
import { ShabakaError } from '@shabaka/schema';
import type { CliIo } from '../cli-io.js';
import { parseFlags, QueryFlags } from '../flags.js';
import { openStore } from '../store-spec.js';
import { renderTable } from '../summary-table.js';
import { EXIT_OK } from './ingest-command.js';

/**
 * `--param name=value` pairs; values parse as JSON when they can (numbers, lists), else stay strings.
 * @example parseParams(['limit=5', 'name=فيدان']) // { limit: 5, name: 'فيدان' }
 */
export function parseParams(pairs: readonly string[]): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const pair of pairs) {
    const at = pair.indexOf('=');
    if (at <= 0)
      throw new ShabakaError('INVALID_INPUT', `query: --param "${pair}" is not name=value`, {
        hint: 'e.g. --param name=فيدان',
      });
    const raw = pair.slice(at + 1);
    try {
      params[pair.slice(0, at)] = JSON.parse(raw);
    } catch {
      params[pair.slice(0, at)] = raw;
    }
  }
  return params;
}

/**
 * Runs a read-only query and prints a table, or `--json` → `{columns, rows, truncated}`.
 * @example await runQuery('MATCH (p:Person) RETURN p.name LIMIT 5', { store: 'neo4j://127.0.0.1:7687' }, processIo())
 */
export async function runQuery(query: string, raw: Record<string, unknown>, io: CliIo): Promise<number> {
  const flags = parseFlags(QueryFlags, raw, 'query');
  const store = await openStore(flags.store, io.env, 'read');
  try {
    if (!store.cypher) {
      throw new ShabakaError('UNSUPPORTED', `query: the ${store.kind} store has no Cypher`, {
        hint: 'use a Neo4j store: --store neo4j://127.0.0.1:7687 (or SHABAKA_STORE)',
      });
    }
    const result = await store.cypher(query, parseParams(flags.param));
    if (flags.json)
      io.stdout.write(
        `${JSON.stringify({ columns: result.columns, rows: result.rows, truncated: result.truncated })}\n`,
      );
    else {
      io.stdout.write(`${renderTable(result.columns, result.rows)}\n`);
      io.stderr.write(`${result.rows.length} row(s)${result.truncated ? ' (truncated)' : ''}\n`);
    }
    return EXIT_OK;
  } finally {
    await store.close();
  }
}
