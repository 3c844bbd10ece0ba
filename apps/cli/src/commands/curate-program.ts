// The `curate` command group and `search` in the command tree: arguments and flags, help with examples.
import type { Command } from 'commander';
import type { CliIo } from '../cli-io.js';
import { runCurate, runCurateList, runCurateUndo, runSearch } from './curate.js';

const collect = (value: string, previous: string[]): string[] => [...previous, value];

/**
 * Adds `curate …` and `search` to `program`; each action reports its exit code through `set`.
 * @example registerCurate(program, (code) => (result.code = code), io, STORE_HELP)
 */
export function registerCurate(program: Command, set: (code: number) => void, io: CliIo, storeHelp: string): void {
  program
    .command('search')
    .description('find entities by name (Arabic or English), as GET /api/search does')
    .argument('<text>', 'name or part of a name')
    .option('--type <type>', 'PERSON | ORGANIZATION | LOCATION (repeatable)', collect, [])
    .option('--limit <n>', 'at most this many hits', '10')
    .option('--json', 'print {results: [...]}', false)
    .option('--store <spec>', storeHelp)
    .action(async (text: string, opts: Record<string, unknown>) => set(await runSearch(text, opts, io)));

  const curate = program
    .command('curate')
    .description('analyst decisions kept beside the graph: they survive re-ingest and can be undone')
    .addHelpText(
      'after',
      `
Examples:
  $ shabaka curate merge per_aaa per_bbb --by lina --why "same person"   # per_bbb folds into per_aaa
  $ shabaka curate split per_aaa --name "أبو علي" --name-en "Abu Ali"
  $ shabaka curate rename per_aaa --name-en "Ibrahim Kalin" --type PERSON
  $ shabaka curate delete org_ccc
  $ shabaka curate retract doc_ddd
  $ shabaka curate list --json
  $ shabaka curate undo cur_eee`,
    );
  const common = (cmd: Command) =>
    cmd
      .option('--store <spec>', storeHelp)
      .option('--by <who>', 'who decides (default: analyst)')
      .option('--why <text>', 'why, for the record')
      .option('--json', 'print the record as JSON', false);

  common(curate.command('merge').description('fold OTHER into KEEP (names, mentions, relations, events)'))
    .argument('<keep>', 'entity id that stays')
    .argument('<other>', 'entity id that goes')
    .action(async (keep: string, other: string, opts: Record<string, unknown>) =>
      set(await runCurate({ action: 'merge', keep, other }, opts, io)),
    );
  common(curate.command('split').description('give the mentions written NAME their own entity'))
    .argument('<id>', 'entity id')
    .requiredOption('--name <name>', 'the name (as written in the articles) to split off')
    .option('--name-en <name>', 'English name of the new entity')
    .action(async (id: string, opts: Record<string, unknown>) =>
      set(await runCurate({ action: 'split', id }, opts, io)),
    );
  common(curate.command('rename').description('set the name, English name and/or type of an entity'))
    .argument('<id>', 'entity id')
    .option('--name <name>', 'name')
    .option('--name-en <name>', 'English name')
    .option('--type <type>', 'PERSON | ORGANIZATION | LOCATION')
    .action(async (id: string, opts: Record<string, unknown>) =>
      set(await runCurate({ action: 'rename', id }, opts, io)),
    );
  common(curate.command('delete').description('remove an entity with its relations; it stays deleted'))
    .argument('<id>', 'entity id')
    .action(async (id: string, opts: Record<string, unknown>) =>
      set(await runCurate({ action: 'delete', id }, opts, io)),
    );
  common(curate.command('retract').description("take a document's facts out of the graph; it stays out"))
    .argument('<doc>', 'document id')
    .action(async (doc: string, opts: Record<string, unknown>) =>
      set(await runCurate({ action: 'retract', doc }, opts, io)),
    );
  curate
    .command('list')
    .description('every decision, oldest first, undone ones too')
    .option('--store <spec>', storeHelp)
    .option('--json', 'print one JSON array', false)
    .action(async (opts: Record<string, unknown>) => set(await runCurateList(opts, io)));
  common(curate.command('undo').description('undo a decision: the graph becomes what the others make of it'))
    .argument('<id>', 'decision id (see curate list)')
    .action(async (id: string, opts: Record<string, unknown>) => set(await runCurateUndo(id, opts, io)));
}
