// Dates of found events on the dev set: of the gold events that state a date and are matched (score.py's
// alignment), the share whose matched system event carries an ISO date; also relations' dates.
// Run: pnpm eval:dates -- [--split tune|test] [--eval DIR] [--json] [--list]
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { toContractLines } from '@shabaka/schema';
import { extract } from '../src/extract/index.js';
import { mergeResults } from '../src/pipeline/merge-results.js';
import { evalArticles } from '../src/eval/eval-sets.js';
import { alignEntities, eventMatches, systemOf } from '../src/eval/release-score.js';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2).filter((a) => a !== '--');
const opt = (name: string, fallback: string): string => {
  const i = args.indexOf(name);
  return i >= 0 ? (args[i + 1] ?? fallback) : fallback;
};
const evalDir = resolve(opt('--eval', resolve(here, '../../../../shared/eval')));
const split = opt('--split', 'tune');
if (split !== 'tune' && split !== 'test') throw new Error(`eval:dates: --split is tune or test, not ${split}`);
const asJson = args.includes('--json');
const list = args.includes('--list');

interface Row {
  article: string;
  type: string;
  goldDate: string;
  found: boolean;
  iso: string | null;
  dateText: string | null;
}

const rows: Row[] = [];
for (const a of await evalArticles(evalDir, 'dev', split)) {
  const result = mergeResults(a.documents.map((d) => extract(d)));
  const canonical = alignEntities(systemOf(toContractLines(result)), a.gold).canonical;
  for (const g of a.gold.events ?? []) {
    if (!g.date) continue;
    const matches = result.events.filter((e) => eventMatches(e, g, canonical));
    // A matched event dated in the gold event's own sentence first, then any dated match.
    const best =
      matches.find((e) => e.evidence.sentence === g.evidence && e.date) ?? matches.find((e) => e.date) ?? matches[0];
    rows.push({
      article: a.name,
      type: g.type,
      goldDate: g.date,
      found: matches.length > 0,
      iso: best?.date ?? null,
      dateText: best?.dateText ?? null,
    });
  }
}

const found = rows.filter((r) => r.found);
const withIso = found.filter((r) => r.iso && /^\d{4}(-\d{2}){0,2}$/.test(r.iso));
const figures = {
  split,
  goldWithDate: rows.length,
  found: found.length,
  withIso: withIso.length,
  share: found.length ? withIso.length / found.length : 0,
};
if (asJson) console.log(JSON.stringify(list ? { ...figures, rows } : figures));
else {
  if (list)
    for (const r of found)
      console.log(
        `${r.iso ? 'ok ' : 'NO '} ${r.article} ${r.type} gold="${r.goldDate}" sys="${r.dateText ?? ''}" ${r.iso ?? ''}`,
      );
  console.log(
    `${split}: ${figures.goldWithDate} gold events state a date, ${figures.found} found, ${figures.withIso} with an ISO date (${(100 * figures.share).toFixed(1)}%)`,
  );
}
