// `pnpm --filter @shabaka/ner bench`: Arabic tagging throughput (tokens/s per core) and peak RSS over news-ar, streamed.
import { createReadStream, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { loadModel } from '../load-model.js';
import { defaultDataDir } from '../paths.js';
import { tag } from '../tag.js';
import { tokenizeWithOffsets } from '../text-adapter.js';
import { parseFlags } from './args.js';

const flags = parseFlags(process.argv.slice(2), []);
const dir = String(flags.get('dir') ?? join(defaultDataDir(), 'news-ar'));
const limit = Number(flags.get('max-docs') ?? Infinity);

const rssSamples: number[] = [];
const liveHeap: number[] = [];
let peak = 0;
// With node --expose-gc, the live heap after a full collection shows whether anything accumulates.
const gc = (globalThis as { gc?: () => void }).gc;
const sample = (): void => {
  if (gc) {
    gc();
    liveHeap.push(process.memoryUsage().heapUsed);
  }
  const rss = process.memoryUsage().rss;
  peak = Math.max(peak, rss);
  rssSamples.push(rss);
};

loadModel('ar');
sample();
const afterLoad = process.memoryUsage().rss;
const cpu0 = process.cpuUsage();
const t0 = performance.now();
let docs = 0;
let tokens = 0;
let mentions = 0;
// CPU spent inside tag() alone: the harness's JSON parsing and token counting are not tagging work. Tokenising the
// same text is the baseline: the ratio of the two holds across hosts that give the VM more or less CPU.
let tagMicros = 0;
let tokenizeMicros = 0;
const micros = (a: NodeJS.CpuUsage, b: NodeJS.CpuUsage): number => b.user - a.user + (b.system - a.system);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.jsonl'))
  .sort();
outer: for (const file of files) {
  const lines = createInterface({ input: createReadStream(join(dir, file), 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.trim()) continue;
    const doc = JSON.parse(line) as { title?: string; text?: string };
    const text = `${doc.title ?? ''}\n${doc.text ?? ''}`;
    const atStart = process.cpuUsage();
    tokens += tokenizeWithOffsets(text).length;
    const tokenised = process.cpuUsage();
    mentions += tag(text, { lang: 'ar' }).length;
    tokenizeMicros += micros(atStart, tokenised);
    tagMicros += micros(tokenised, process.cpuUsage());
    if (++docs % 500 === 0) sample();
    if (docs >= limit) break outer;
  }
}
sample();
const wall = (performance.now() - t0) / 1000;
const cpu = process.cpuUsage(cpu0);
const cpuSec = (cpu.user + cpu.system) / 1e6;
const mb = (b: number): string => `${(b / 2 ** 20).toFixed(0)} MB`;
const half = Math.floor(rssSamples.length / 2);
const early = rssSamples.slice(1, half);
const late = rssSamples.slice(half);
// a short run (--max-docs under 1,000) has too few samples for a first half
const range = (xs: number[]): string => (xs.length ? `${mb(Math.min(...xs))} – ${mb(Math.max(...xs))}` : '—');
const rows: [string, string][] = [
  ['documents', String(docs)],
  ['tokens', String(tokens)],
  ['mentions', String(mentions)],
  ['wall time', `${wall.toFixed(1)} s`],
  ['CPU time', `${cpuSec.toFixed(1)} s`],
  ['tokens/s (wall, 1 thread)', Math.round(tokens / wall).toLocaleString('en')],
  ['tokens/s per core (CPU)', Math.round(tokens / cpuSec).toLocaleString('en')],
  ['CPU time inside tag()', `${(tagMicros / 1e6).toFixed(1)} s`],
  ['tokens/s per core (tag() only)', Math.round(tokens / (tagMicros / 1e6)).toLocaleString('en')],
  ['baseline: tokenising alone', `${Math.round(tokens / (tokenizeMicros / 1e6)).toLocaleString('en')} tokens/s`],
  ['tag() CPU / tokenising CPU', `${(tagMicros / tokenizeMicros).toFixed(1)}×`],
  ['RSS after model load', mb(afterLoad)],
  ['peak RSS', mb(peak)],
  // Flat memory: the second half of the stream peaks no higher than the first (V8's GC saw-tooth aside).
  ['RSS min–max, 1st half', range(early)],
  ['RSS min–max, 2nd half', range(late)],
];
if (liveHeap.length > 2)
  rows.push([
    'live heap after GC: start / mid / end',
    [liveHeap[1]!, liveHeap[Math.floor(liveHeap.length / 2)]!, liveHeap[liveHeap.length - 1]!].map(mb).join(' / '),
  ]);
const width = Math.max(...rows.map(([k]) => k.length));
process.stdout.write(`NER bench (ar, ${dir})\n${rows.map(([k, v]) => `${k.padEnd(width)}  ${v}`).join('\n')}\n`);
