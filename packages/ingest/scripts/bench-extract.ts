// Benchmarks extract() on ~700-word Arabic articles read at run time from ../shared/data/news-ar (never copied here).
// Run: pnpm --filter @shabaka/ingest bench:extract [--data DIR] [--runs N]
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract } from '../src/extract/index.js';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const opt = (name: string, fallback: string): string => {
  const i = args.indexOf(name);
  return i >= 0 ? (args[i + 1] ?? fallback) : fallback;
};
const dataDir = resolve(opt('--data', resolve(here, '../../../../shared/data')));
const runs = Number(opt('--runs', '100'));
const WORDS = 700;

/** Articles of about 700 words: long SaudiNewsNet articles cut at a sentence end after 700 words. */
function articles(count: number): string[] {
  const out: string[] = [];
  for (const line of readFileSync(join(dataDir, 'news-ar/saudinewsnet-news-00.jsonl'), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const { text } = JSON.parse(line) as { text: string };
    const words = text.split(/\s+/);
    if (words.length < WORDS) continue;
    out.push(words.slice(0, WORDS).join(' '));
    if (out.length === count) break;
  }
  return out;
}

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? 0;
}

/**
 * Wall-clock and CPU time per extraction. On a shared machine the wall clock also counts time the
 * process waited for a core; CPU time (user + system, this process) is what one core spends.
 */
function measure(
  texts: string[],
  tagger: 'on' | 'off',
  relations: 'learned' | 'rules',
): { median: number; p95: number; cpu: number; wordsPerSec: number } {
  const options = { lang: 'ar' as const, relations, ...(tagger === 'off' ? { tagger: null } : {}) };
  for (const t of texts) extract(t, options); // warm-up: KB, model, JIT, caches
  const times: number[] = [];
  const c0 = process.cpuUsage();
  for (let r = 0; r < runs; r++) {
    const t = texts[r % texts.length] as string;
    const t0 = performance.now();
    extract(t, options);
    times.push(performance.now() - t0);
  }
  const used = process.cpuUsage(c0);
  const cpu = (used.user + used.system) / 1000 / runs;
  return {
    median: percentile(times, 50),
    p95: percentile(times, 95),
    cpu,
    wordsPerSec: Math.round((WORDS / cpu) * 1000),
  };
}

const texts = articles(10);
if (texts.length === 0) throw new Error(`bench:extract: no article of ${WORDS}+ words in ${dataDir}/news-ar`);
// The same articles with the hand rules' relations alone: the difference is the learned relation layer's cost.
const rows = (
  [
    ['on', 'learned'],
    ['on', 'rules'],
    ['off', 'learned'],
    ['off', 'rules'],
  ] as const
).map(([t, rel]) => ({ ner: t, rel, ...measure(texts, t, rel) }));
const share = (ner: 'on' | 'off'): string => {
  const learned = rows.find((r) => r.ner === ner && r.rel === 'learned')?.cpu ?? 0;
  const rules = rows.find((r) => r.ner === ner && r.rel === 'rules')?.cpu ?? 0;
  return `${Math.max(0, learned - rules).toFixed(2)} ms CPU = ${((100 * Math.max(0, learned - rules)) / learned).toFixed(1)} %`;
};
const [load] = loadavg();
const lines = [
  `extract() on ${texts.length} Arabic articles of ${WORDS} words, ${runs} runs each after warm-up (load average ${load?.toFixed(1)} on ${cpus().length} cores)`,
  '',
  '| NER | relations | CPU ms / article | wall median ms | wall p95 ms | words/s (CPU) | target < 50 ms (CPU) |',
  '|---|---|---|---|---|---|---|',
  ...rows.map(
    (r) =>
      `| ${r.ner} | ${r.rel} | ${r.cpu.toFixed(1)} | ${r.median.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.wordsPerSec} | ${r.cpu < 50 ? 'PASS' : 'FAIL'} |`,
  ),
  '',
  `learned relation layer (candidates, features, model) as a share of extraction: NER on ${share('on')}, NER off ${share('off')}`,
];
process.stdout.write(`${lines.join('\n')}\n`);
