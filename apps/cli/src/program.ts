// The `shabaka` command tree (commander): flags, help with examples, and exit codes.
import { Command, CommanderError, Option } from 'commander';
import { ShabakaError } from '@shabaka/schema';
import type { CliIo } from './cli-io.js';
import { registerCurate } from './commands/curate-program.js';
import { runExport } from './commands/export-command.js';
import { runExtract } from './commands/extract-command.js';
import { EXIT_FATAL, runIngest } from './commands/ingest-command.js';
import { runQuery } from './commands/query-command.js';
import { runServe } from './commands/serve-command.js';
import { runStart } from './commands/start-command.js';
import { runStats } from './commands/stats-command.js';

const collect = (value: string, previous: string[]): string[] => [...previous, value];
const STORE_HELP = 'sqlite:PATH | neo4j://… | bolt://… | neo4j+s://… (env SHABAKA_STORE; default sqlite:./shabaka.db)';

const EXAMPLES = `
Examples:
  $ shabaka ingest examples/                               # folder → sqlite:./shabaka.db
  $ shabaka ingest news/ --glob '**/*.html' --ignore '**/drafts/**' --workers 3
  $ shabaka ingest export.jsonl --map title=headline,text=body,date=published --errors bad.jsonl
  $ shabaka ingest https://example.com/feed.xml --store neo4j://127.0.0.1:7687
  $ cat article.txt | shabaka ingest - --lang ar
  $ shabaka extract examples/asharq-page.txt --format jsonl --out out/
  $ shabaka export --format gexf --out graph.gexf            # open in Gephi
  $ shabaka export --format csv --out import/                # neo4j-admin database import full
  $ shabaka stats --json
  $ shabaka search "فيصل بن فرحان" --type PERSON --json      # find ids to curate
  $ shabaka curate merge KEEP_ID OTHER_ID --by lina --why "same person"
  $ shabaka query "MATCH (p:Person)-[:MET]-(q) RETURN p.name, q.name LIMIT 10" --store neo4j://127.0.0.1:7687
  $ shabaka serve --port 5178 --token secret

Environment: SHABAKA_STORE, NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE.
Exit codes: 0 all inputs succeeded, 2 some inputs failed (listed on stderr), 1 fatal error,
130 stopped by Ctrl-C (what was in flight is written; run again to resume).`;

/**
 * Builds the command tree; each action stores its exit code in `result.code`.
 * @example const { program } = buildProgram(processIo()); await program.parseAsync(process.argv);
 */
export function buildProgram(io: CliIo): { program: Command; result: { code: number } } {
  const result = { code: 0 };
  const set = (code: number) => {
    result.code = code;
  };
  const program = new Command('shabaka')
    .description('Build a knowledge graph of people, organisations, places and events from Arabic and English news.')
    .version('0.1.0')
    .showHelpAfterError()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    .addHelpText('after', EXAMPLES)
    .exitOverride();

  program
    .command('ingest')
    .description('read files, folders, globs, URLs, feeds or stdin (-) and write the graph to a store')
    .argument('<inputs...>', 'files, folders, globs, http(s) URLs or - for stdin')
    .option('--store <spec>', STORE_HELP)
    .addOption(new Option('--lang <lang>', 'document language').choices(['auto', 'ar', 'en']).default('auto'))
    .option('--workers <n>', 'extraction threads (default: cores − 1; 0 = main thread)')
    .option('--map <pairs>', 'JSON/JSONL field mapping, e.g. title=headline,text=body,date=published')
    .option('--glob <pattern>', 'files to take inside folders (repeatable)', collect, [])
    .option('--ignore <pattern>', 'files to leave out (repeatable)', collect, [])
    .option('--errors <file>', 'write failed inputs as JSONL')
    .option('--batch-size <n>', 'documents per store write', '32')
    .option('--force', 're-extract documents already stored', false)
    .option('--no-progress', 'no progress bar or periodic lines')
    .addHelpText(
      'after',
      `
Examples:
  $ shabaka ingest examples/ --store sqlite:./shabaka.db
  $ shabaka ingest news/ --glob '**/*.html' --ignore '**/drafts/**' --workers 3 --errors bad.jsonl
  $ shabaka ingest export.jsonl --map title=headline,text=body,date=published
  $ shabaka ingest https://example.com/feed.xml --store neo4j://127.0.0.1:7687
  $ cat article.txt | shabaka ingest - --lang ar`,
    )
    .action(async (inputs: string[], opts: Record<string, unknown>) => set(await runIngest(inputs, opts, io)));

  program
    .command('extract')
    .description('print the extraction JSONL contract for each input (no store)')
    .argument('<files...>', 'files, folders or - for stdin')
    .addOption(new Option('--format <format>', 'output format').choices(['jsonl']).default('jsonl'))
    .option('--out <dir>', 'write <name>.jsonl per input into this folder instead of stdout')
    .addOption(new Option('--lang <lang>', 'document language').choices(['auto', 'ar', 'en']).default('auto'))
    .option('--map <pairs>', 'JSON/JSONL field mapping')
    .addHelpText(
      'after',
      '\nExamples:\n  $ shabaka extract examples/asharq-page.txt --format jsonl > page.jsonl\n  $ shabaka extract a.txt b.html --out out/',
    )
    .action(async (files: string[], opts: Record<string, unknown>) => set(await runExtract(files, opts, io)));

  program
    .command('export')
    .description('export entities and relations: GEXF (Gephi), GraphML, JSONL contract, CSV (neo4j-admin import)')
    .addOption(
      new Option('--format <format>', 'output format')
        .choices(['gexf', 'graphml', 'jsonl', 'csv'])
        .makeOptionMandatory(),
    )
    .option('--out <path>', 'file (a folder for csv); default stdout, or ./shabaka-export/ for csv')
    .addHelpText(
      'after',
      '\nExamples:\n  $ shabaka export --format gexf --out graph.gexf\n  $ shabaka export --format csv --out import/',
    )
    .option('--store <spec>', STORE_HELP)
    .action(async (opts: Record<string, unknown>) => set(await runExport(opts, io)));

  program
    .command('stats')
    .description('count documents, sentences, entities (per type), relations (per predicate) and events')
    .option('--json', 'print one JSON object', false)
    .option('--store <spec>', STORE_HELP)
    .action(async (opts: Record<string, unknown>) => set(await runStats(opts, io)));

  program
    .command('query')
    .description('run a read-only Cypher query (Neo4j stores)')
    .argument('<cypher>', 'the query')
    .option('--json', 'print {columns, rows, truncated}', false)
    .option('--param <name=value>', 'query parameter (repeatable; JSON values allowed)', collect, [])
    .addHelpText(
      'after',
      `\nExample:\n  $ shabaka query "MATCH (p:Person {name: $name})-[r]-(x) RETURN type(r), x.name" --param name=فيدان --store neo4j`,
    )
    .option('--store <spec>', STORE_HELP)
    .action(async (cypher: string, opts: Record<string, unknown>) => set(await runQuery(cypher, opts, io)));

  registerCurate(program, set, io, STORE_HELP);

  const serveOptions = (cmd: Command) =>
    cmd
      .option('--store <spec>', STORE_HELP)
      .option('--host <host>', 'interface to listen on', '127.0.0.1')
      .option('--port <port>', 'port (0 = random)', '5178')
      .option('--token <token>', 'require this bearer token for writes and the Cypher console')
      .option('--viewer-dir <dir>', 'built viewer to serve (default apps/viewer/dist)');
  serveOptions(program.command('serve').description('serve the HTTP API and the viewer over a store')).action(
    async (opts: Record<string, unknown>) => set(await runServe(opts, io)),
  );
  serveOptions(
    program.command('start').description('ingest examples/ into the store, then serve it (pnpm start)'),
  ).action(async (opts: Record<string, unknown>) => set(await runStart(opts, io)));
  return { program, result };
}

/**
 * Runs the CLI on argv (without node and script) and returns the exit code; errors print one line with a hint.
 * @example process.exitCode = await runCli(process.argv.slice(2), processIo());
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const { program, result } = buildProgram(io);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return result.code;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : EXIT_FATAL;
    const message = error instanceof ShabakaError ? `${error.message}` : `shabaka: ${(error as Error).message}`;
    io.stderr.write(`${message}\n`);
    return EXIT_FATAL;
  }
}
