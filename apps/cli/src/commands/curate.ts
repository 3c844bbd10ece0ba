// `shabaka curate merge|split|rename|delete|retract|list|undo` and `shabaka search`: an analyst's decisions
// from a script, stored in the store beside the graph (see @shabaka/curation).
import type { CurationRecord, CurationRequestInput, GraphStore } from '@shabaka/schema';
import type { CliIo } from '../cli-io.js';
import { CurateFlags, RenameFlags, SearchFlags, SplitFlags } from '../curate-flags.js';
import { parseFlags } from '../flags.js';
import { openStore } from '../store-spec.js';
import { renderTable } from '../summary-table.js';
import { EXIT_OK } from './ingest-command.js';

async function withStore<T>(spec: string | undefined, io: CliIo, work: (store: GraphStore) => Promise<T>): Promise<T> {
  const store = await openStore(spec, io.env);
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

function recordLine(r: CurationRecord): string {
  const payload = Object.entries(r.payload)
    .map(([k, v]) => `${k}=${JSON.stringify(v)}`)
    .join(' ');
  return [r.id, r.action, r.targets.join(' '), payload].filter(Boolean).join('  ');
}

function printRecord(r: CurationRecord, json: boolean, io: CliIo): void {
  io.stdout.write(json ? `${JSON.stringify(r)}\n` : `${r.undone ? 'undone' : 'recorded'}  ${recordLine(r)}\n`);
}

/** The request a `curate` sub-command stands for, from its arguments and validated flags. */
export type CurateAction =
  | { action: 'merge'; keep: string; other: string }
  | { action: 'split'; id: string }
  | { action: 'rename'; id: string }
  | { action: 'delete'; id: string }
  | { action: 'retract'; doc: string };

/**
 * Records one decision and prints the record (`--json`: as JSON).
 * @example await runCurate({ action: 'merge', keep: 'per_a', other: 'per_b' }, { by: 'lina' }, processIo())
 */
export async function runCurate(what: CurateAction, raw: Record<string, unknown>, io: CliIo): Promise<number> {
  const command = `curate ${what.action}`;
  const base = parseFlags(CurateFlags, raw, command);
  const authorship = { ...(base.by ? { by: base.by } : {}), ...(base.why ? { why: base.why } : {}) };
  let request: CurationRequestInput;
  if (what.action === 'split') {
    const flags = parseFlags(SplitFlags, raw, command);
    request = { ...what, name: flags.name, ...(flags.nameEn ? { nameEn: flags.nameEn } : {}), ...authorship };
  } else if (what.action === 'rename') {
    const { name, nameEn, type } = parseFlags(RenameFlags, raw, command);
    request = {
      ...what,
      ...(name ? { name } : {}),
      ...(nameEn ? { nameEn } : {}),
      ...(type ? { type } : {}),
      ...authorship,
    };
  } else {
    request = { ...what, ...authorship };
  }
  const record = await withStore(base.store, io, (store) => store.curate(request));
  printRecord(record, base.json, io);
  return EXIT_OK;
}

/**
 * Lists every decision, oldest first (`--json`: one JSON array).
 * @example await runCurateList({ json: true }, processIo())
 */
export async function runCurateList(raw: Record<string, unknown>, io: CliIo): Promise<number> {
  const flags = parseFlags(CurateFlags, raw, 'curate list');
  const records = await withStore(flags.store, io, (store) => store.curationRecords());
  if (flags.json) {
    io.stdout.write(`${JSON.stringify(records)}\n`);
    return EXIT_OK;
  }
  const rows = records.map((r) => [
    r.id,
    r.undone ? `${r.action} (undone)` : r.action,
    r.targets.join(' '),
    r.by,
    r.at,
    r.why,
  ]);
  io.stdout.write(`${renderTable(['id', 'action', 'targets', 'by', 'at', 'why'], rows)}\n`);
  return EXIT_OK;
}

/**
 * Undoes one decision and prints the record.
 * @example await runCurateUndo('cur_…', { by: 'lina' }, processIo())
 */
export async function runCurateUndo(id: string, raw: Record<string, unknown>, io: CliIo): Promise<number> {
  const flags = parseFlags(CurateFlags, raw, 'curate undo');
  const record = await withStore(flags.store, io, (store) => store.undoCuration(id, flags.by ? { by: flags.by } : {}));
  printRecord(record, flags.json, io);
  return EXIT_OK;
}

/**
 * Prints what `GET /api/search` returns (`--json`: `{results}`), so a script can find the ids it curates.
 * @example await runSearch('اردوغان', { type: ['PERSON'], json: true }, processIo())
 */
export async function runSearch(text: string, raw: Record<string, unknown>, io: CliIo): Promise<number> {
  const flags = parseFlags(SearchFlags, raw, 'search');
  const results = await withStore(flags.store, io, (store) =>
    store.search(text, { limit: flags.limit, ...(flags.type.length ? { types: flags.type } : {}) }),
  );
  if (flags.json) {
    io.stdout.write(`${JSON.stringify({ results })}\n`);
    return EXIT_OK;
  }
  const rows = results.map((h) => [h.id, h.type, h.name, h.nameEn, Number(h.score.toFixed(3))]);
  io.stdout.write(`${renderTable(['id', 'type', 'name', 'nameEn', 'score'], rows)}\n`);
  return EXIT_OK;
}
