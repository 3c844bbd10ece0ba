// Extracts every article of an annotated set, writes the extraction JSONL contract (one <name>.jsonl per
// article) and scores it with the release scorer's rules (a port of ../shared/eval/score.py; --python
// also runs score.py itself on the same folder and fails when the totals differ).
// Run: pnpm eval:extract -- --set seed|dev|train|all [--split tune|test] [--json] [--out DIR] [--eval DIR] [--no-ner] [--rules] [--python]
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { toContractLines } from '@shabaka/schema';
import type { ExtractionResult } from '@shabaka/schema';
import { extract } from '../src/extract/index.js';
import { mergeResults } from '../src/pipeline/merge-results.js';
import { evalArticles } from '../src/eval/eval-sets.js';
import type { EvalSet, EvalSplit } from '../src/eval/eval-sets.js';
import { prf, scoreArticle, sumScores, systemOf } from '../src/eval/release-score.js';
import type { ArticleScore, Counts4 } from '../src/eval/release-score.js';

const here = dirname(fileURLToPath(import.meta.url));
interface Flags {
  set: EvalSet;
  split: EvalSplit;
  json: boolean;
  out?: string | undefined;
  eval: string;
  ner: boolean;
  python: boolean;
  relations: 'learned' | 'rules';
}
const SETS: readonly EvalSet[] = ['seed', 'dev', 'train', 'all'];
const SPLITS: readonly EvalSplit[] = ['tune', 'test', 'both'];

function parseArgs(argv: readonly string[]): Flags {
  const flags: Flags = {
    set: 'seed',
    split: 'both',
    json: false,
    eval: resolve(here, '../../../../shared/eval'),
    ner: true,
    python: false,
    relations: 'learned',
  };
  const value = (i: number, name: string): string => {
    const v = argv[i];
    if (!v || v.startsWith('--')) throw new Error(`eval:extract: --${name} needs a value`);
    return v;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--') continue;
    else if (a === '--json') flags.json = true;
    else if (a === '--python') flags.python = true;
    else if (a === '--no-ner') flags.ner = false;
    else if (a === '--rules') flags.relations = 'rules';
    else if (a === '--out') flags.out = value(++i, 'out');
    else if (a === '--eval') flags.eval = value(++i, 'eval');
    else if (a === '--set' || a === '--split') {
      const v = value(++i, a.slice(2));
      const allowed: readonly string[] = a === '--set' ? SETS : SPLITS;
      if (!allowed.includes(v)) throw new Error(`eval:extract: ${a} must be one of ${allowed.join('|')}, not ${v}`);
      if (a === '--set') flags.set = v as EvalSet;
      else flags.split = v as EvalSplit;
    } else
      throw new Error(`eval:extract: unknown argument ${a} (see the comment at the top of scripts/eval-extract.ts)`);
  }
  return flags;
}

async function main(): Promise<void> {
  const flags = parseArgs(process.argv.slice(2));
  const articles = await evalArticles(flags.eval, flags.set, flags.split);
  const out = resolve(flags.out ?? mkdtempSync(join(tmpdir(), 'shabaka-eval-')));
  mkdirSync(out, { recursive: true });
  const scores: ArticleScore[] = [];
  let ms = 0;
  for (const a of articles) {
    const t0 = performance.now();
    const results: ExtractionResult[] = a.documents.map((d) =>
      extract(d, { relations: flags.relations, ...(flags.ner ? {} : { tagger: null }) }),
    );
    ms += performance.now() - t0;
    const lines = toContractLines(mergeResults(results));
    writeFileSync(join(out, `${a.name}.jsonl`), `${lines.map((l) => JSON.stringify(l)).join('\n')}\n`);
    scores.push(scoreArticle(systemOf(lines), a.gold));
  }
  const total = sumScores(scores);
  const summary = {
    set: flags.set,
    split: flags.split,
    articles: articles.length,
    entities: prf(total.ent),
    relations: prf(total.rel),
    events: prf(total.evt),
  };
  if (flags.python)
    checkWithPython(
      flags.eval,
      out,
      articles.map((a) => a.name),
      summary,
    );
  if (flags.json) {
    process.stdout.write(`${JSON.stringify(summary)}\n`);
    return;
  }
  const f = (x: number): string => x.toFixed(3);
  const row = (name: string, c: Counts4): string => {
    const s = prf(c, false);
    return `| ${name.padEnd(24)} | ${String(c[0]).padStart(4)}/${String(c[1]).padEnd(4)} | ${String(c[2]).padStart(4)}/${String(c[3]).padEnd(4)} | ${f(s.p)} | ${f(s.r)} | ${f(s.f1)} |`;
  };
  const lines = [
    `set ${flags.set}, split ${flags.split}: ${articles.length} articles, extract ${Math.round(ms)} ms, JSONL in ${out}`,
    '',
    '| score                    | tp/pred   | tp/gold   |     P |     R |    F1 |',
    '|---|---|---|---|---|---|',
    row('ENTITIES', total.ent),
    row('RELATIONS', total.rel),
    ...[...total.byPredicate].sort((x, y) => y[1][3] - x[1][3]).map(([k, c]) => row(`  ${k}`, c)),
    row('EVENTS', total.evt),
    ...[...total.byEventType].sort((x, y) => y[1][3] - x[1][3]).map(([k, c]) => row(`  ${k}`, c)),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

/** Runs score.py on a gold folder holding only these articles' gold files and compares the totals. */
function checkWithPython(
  evalDir: string,
  out: string,
  names: readonly string[],
  ours: { entities: object; relations: object; events: object },
): void {
  const gold = mkdtempSync(join(tmpdir(), 'shabaka-gold-'));
  for (const set of ['seed', 'dev', 'train'])
    for (const n of names) {
      const file = join(evalDir, set, 'gold', `${n}.json`);
      if (existsSync(file)) copyFileSync(file, join(gold, `${n}.json`));
    }
  const py = JSON.parse(
    execFileSync('python3', [join(evalDir, 'score.py'), out, gold, '--json'], { encoding: 'utf8', maxBuffer: 1 << 26 }),
  ) as { total: { ent: object; rel: object; evt: object } };
  const theirs = { entities: py.total.ent, relations: py.total.rel, events: py.total.evt };
  const mine = { entities: ours.entities, relations: ours.relations, events: ours.events };
  if (JSON.stringify(theirs) !== JSON.stringify(mine))
    throw new Error(`eval:extract: score.py says ${JSON.stringify(theirs)}, the port ${JSON.stringify(mine)}`);
  process.stderr.write(`score.py agrees: ${JSON.stringify(theirs)}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`${(e as Error).message}\n`);
  process.exit(1);
});
