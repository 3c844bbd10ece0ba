// `shabaka stats [--json]`: counts of documents, entities, relations, events, sentences, per type.
import type { CliIo } from '../cli-io.js';
import { parseFlags, StatsFlags } from '../flags.js';
import { openStore } from '../store-spec.js';
import { renderTable } from '../summary-table.js';
import { EXIT_OK } from './ingest-command.js';

/**
 * Prints the store's stats as a table, or with `--json` as one object.
 * @example await runStats({ json: true }, processIo()) // {"documents":9,"entities":…,"byType":{…}}
 */
export async function runStats(raw: Record<string, unknown>, io: CliIo): Promise<number> {
  const flags = parseFlags(StatsFlags, raw, 'stats');
  const store = await openStore(flags.store, io.env, 'read');
  try {
    const stats = await store.stats();
    if (flags.json) {
      io.stdout.write(`${JSON.stringify(stats)}\n`);
      return EXIT_OK;
    }
    const rows: [string, number][] = [
      ['documents', stats.documents],
      ['sentences', stats.sentences],
      ['entities', stats.entities],
      ...Object.entries(stats.byType).map(([t, n]): [string, number] => [`  ${t}`, n]),
      ['relations (distinct edges)', stats.relations],
      ...Object.entries(stats.byPredicate).map(([p, n]): [string, number] => [`  ${p}`, n]),
      ['events', stats.events],
    ];
    io.stdout.write(`${renderTable(['', 'count'], rows)}\n`);
    return EXIT_OK;
  } finally {
    await store.close();
  }
}
