// Throughput of tokenize, normalize, matchKey, splitSentences and segmentClitics on real Arabic news (not a test).
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { segmentClitics } from './clitics.js';
import type { CliticOptions } from './clitics.js';
import { matchKey, normalize } from './normalize.js';
import { splitSentences } from './sentences.js';
import { tokenize } from './tokenize.js';

const DEFAULT_FILE = fileURLToPath(
  new URL('../../../../shared/data/news-ar/saudinewsnet-news-00.jsonl', import.meta.url),
);
const file = process.argv[2] ?? DEFAULT_FILE;
const texts = readFileSync(file, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => (JSON.parse(line) as { text: string }).text);
const chars = texts.reduce((n, t) => n + t.length, 0);
const words = texts.flatMap((t) => tokenize(t).filter((tok) => tok.kind === 'word'));

/**
 * Runs `work` over the corpus at least `rounds` times and for at least two seconds; returns the
 * fastest pass, which is the least disturbed by other processes on a shared machine.
 */
function time(work: () => number, rounds = 5): { ms: number; units: number } {
  work(); // warm-up: JIT and regex compilation
  let n = 0;
  let units = 0;
  let best = Infinity;
  const t0 = performance.now();
  while (n < rounds || performance.now() - t0 < 2000) {
    const t = performance.now();
    units = work();
    best = Math.min(best, performance.now() - t);
    n++;
  }
  return { ms: best, units };
}

function countStems(options?: CliticOptions): number {
  return words.reduce((n, w) => n + (segmentClitics(w.text, options).stemStart >= 0 ? 1 : 0), 0);
}

const rows: [string, string, { ms: number; units: number }][] = [
  ['tokenize', 'tokens', time(() => texts.reduce((n, t) => n + tokenize(t).length, 0))],
  ['splitSentences', 'sentences', time(() => texts.reduce((n, t) => n + splitSentences(t).length, 0))],
  ['normalize (NFKC)', 'chars', time(() => texts.reduce((n, t) => n + normalize(t).text.length, 0))],
  [
    'normalize (forMatch)',
    'chars',
    time(() => texts.reduce((n, t) => n + normalize(t, { forMatch: true }).text.length, 0)),
  ],
  ['matchKey (per word)', 'words', time(() => words.reduce((n, w) => n + (matchKey(w.text).length > 0 ? 1 : 0), 0))],
  ['segmentClitics (per word, warm cache)', 'words', time(() => countStems())],
  // A lexicon turns the cache off, so this row is the cost of the rules themselves.
  ['segmentClitics (per word, uncached)', 'words', time(() => countStems({ isKnown: () => false }))],
];

console.log(
  `corpus: ${file}\n${texts.length} articles, ${chars} chars, node ${process.version}, load ${loadavg()[0]?.toFixed(1)}\n`,
);
console.log('| function | units | per pass | ms (fastest pass) | units/s |');
console.log('| --- | --- | ---: | ---: | ---: |');
for (const [name, unit, { ms, units }] of rows) {
  const rate = Math.round((units / ms) * 1000).toLocaleString('en-US');
  console.log(`| ${name} | ${unit} | ${units.toLocaleString('en-US')} | ${ms.toFixed(1)} | ${rate} |`);
}
