// `shabaka export --format gexf|graphml|jsonl|csv [--out PATH]`: the whole entity graph for other tools.
import { join } from 'node:path';
import { toGexf, toJsonl } from '@shabaka/server';
import type { CliIo } from '../cli-io.js';
import { toGraphml } from '../exporters/graphml.js';
import { toNeo4jCsv } from '../exporters/neo4j-csv.js';
import { ExportFlags, parseFlags } from '../flags.js';
import { ensureOutDir, writeOutFile } from '../output-path.js';
import { openStore } from '../store-spec.js';
import { EXIT_OK } from './ingest-command.js';

/**
 * Writes the export to `--out` (a folder for csv: nodes.csv + relationships.csv; missing folders are created) or
 * stdout.
 * @example await runExport({ format: 'gexf', out: 'graph.gexf' }, processIo())
 */
export async function runExport(raw: Record<string, unknown>, io: CliIo): Promise<number> {
  const flags = parseFlags(ExportFlags, raw, 'export');
  const store = await openStore(flags.store, io.env, 'read');
  let graph;
  try {
    graph = await store.exportGraph();
  } finally {
    await store.close();
  }
  if (flags.format === 'csv') {
    const dir = flags.out ?? 'shabaka-export';
    const { nodes, relationships } = toNeo4jCsv(graph);
    await ensureOutDir(dir, 'export');
    await writeOutFile(join(dir, 'nodes.csv'), nodes, 'export');
    await writeOutFile(join(dir, 'relationships.csv'), relationships, 'export');
    io.stderr.write(
      `export: ${graph.nodes.length} nodes, ${graph.edges.length} relationships → ${dir}/nodes.csv, ${dir}/relationships.csv\n`,
    );
    io.stderr.write(
      `  import: neo4j-admin database import full --nodes=${dir}/nodes.csv --relationships=${dir}/relationships.csv\n`,
    );
    return EXIT_OK;
  }
  const text = flags.format === 'gexf' ? toGexf(graph) : flags.format === 'graphml' ? toGraphml(graph) : toJsonl(graph);
  if (flags.out) {
    await writeOutFile(flags.out, text, 'export');
    io.stderr.write(`export: ${graph.nodes.length} nodes, ${graph.edges.length} relationships → ${flags.out}\n`);
  } else io.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
  return EXIT_OK;
}
