// Trains the romaniser (lexicon + graphone n-gram) from the name-pair corpora and writes models/romaniser.json.gz.
// Run: pnpm --filter @shabaka/ingest train:romaniser [--data DIR] [--order N] [--iterations N] [--out FILE]
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { alignable, trainAlignment, viterbiAlign } from '../src/romanise/align.js';
import { foldHamza } from '../src/romanise/letters.js';
import { ROMANISER_FORMAT, fromFile, packNgram, romaniserPath } from '../src/romanise/model-file.js';
import { GraphoneNgram } from '../src/romanise/ngram.js';
import { readAnetac, readGoogle, readWikidata } from '../src/romanise/training-data.js';
import { scoreWords } from '../src/romanise/word-metrics.js';
import { bestSpelling, decodeWord } from '../src/romanise/decode.js';
import type { RomaniserFile } from '../src/romanise/model-file.js';

/** Version of the weights; bump when the data, the features or the format change. */
const VERSION = '1.0.0';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const flag = (name: string, fallback: string): string => {
  const i = args.indexOf(name);
  return i >= 0 ? (args[i + 1] ?? fallback) : fallback;
};
const data = resolve(flag('--data', resolve(here, '../../../../shared/data')));
const order = Number(flag('--order', '5'));
const out = resolve(flag('--out', romaniserPath));
const iterations = Number(flag('--iterations', '5'));
/** Share of clean pairs scoring below the noise floor. */
const NOISE_PERCENTILE = 0.02;

const t0 = Date.now();
const log = (s: string): void => void process.stderr.write(`[${((Date.now() - t0) / 1000).toFixed(1)}s] ${s}\n`);

const files = [
  readWikidata(join(data, 'transliteration/wikidata-names-ar-en.tsv')),
  readGoogle(join(data, 'transliteration/google-ar2en-train.txt')),
  readAnetac(join(data, 'gazetteers/anetac/EN-AR_Named-entities.txt')),
];
const dev = readGoogle(join(data, 'transliteration/google-ar2en-eval.txt'));

// Lexicon: every spelling of a word with its count, under the exact letters and under folded hamza seats.
const spellings = new Map<string, Map<string, number>>();
const bump = (ar: string, en: string, c: number): void => {
  const m = spellings.get(ar) ?? new Map<string, number>();
  m.set(en, (m.get(en) ?? 0) + c);
  spellings.set(ar, m);
};
const unique = new Map<string, { ar: string; en: string }>();
for (const f of files)
  for (const p of f.pairs) {
    if (!alignable(p)) continue;
    bump(p.ar, p.en, p.count);
    if (foldHamza(p.ar) !== p.ar) bump(foldHamza(p.ar), p.en, p.count);
    unique.set(`${p.ar}\t${p.en}`, p);
  }

// Each distinct spelling once: the model learns how letters are written, not which names are common.
const pairs = [...unique.values()].sort((a, b) => (a.ar + a.en < b.ar + b.en ? -1 : 1));
const probs = trainAlignment(pairs, iterations);
log(`alignment: ${probs.letters.size} Arabic letters after ${iterations} EM iterations`);

const graphoneIds = new Map<string, number>([['<s>', 0]]);
const aligned: number[][] = [];
for (const p of pairs) {
  const chunks = viterbiAlign(p, probs);
  if (!chunks) continue;
  aligned.push(
    chunks.map((e, i) => {
      const g = `${p.ar[i] as string}\u0000${e}`;
      let id = graphoneIds.get(g);
      if (id === undefined) graphoneIds.set(g, (id = graphoneIds.size));
      return id;
    }),
  );
}
const ngram = new GraphoneNgram(order, graphoneIds.size);
for (const seq of aligned) ngram.add(seq, 0, 0);
log(`n-gram: order ${order}, ${graphoneIds.size} graphones, ${aligned.length} aligned words`);

/**
 * How much less likely a spelling is than the best spelling of the same word, per letter, under the bigram view of
 * the graphone model: the full order has memorised every training word, noise included, while graphone bigrams
 * only know how letters are written. 0 for the model's own choice.
 */
const bigramView = fromFile({
  format: ROMANISER_FORMAT,
  version: VERSION,
  meta: {},
  order,
  graphones: [...graphoneIds.keys()],
  ngrams: packNgram(ngram),
  lexicon: {},
});
function margin(ar: string, en: string): number {
  const chunks = viterbiAlign({ ar, en }, probs);
  if (!chunks) return -Infinity;
  const hist = [0];
  let s = 0;
  for (const [i, e] of chunks.entries()) {
    const id = graphoneIds.get(`${ar[i] as string}\u0000${e}`);
    if (id === undefined) return -Infinity;
    s += Math.log(ngram.prob(hist, id, 1));
    hist[0] = id;
  }
  s += Math.log(ngram.prob(hist, 0, 1));
  return (s - bestSpelling(ar, bigramView, 1).score) / ar.length;
}

// Mined pairs hold misalignments (عكاش → walpi, أوغلو → besikcioglu): a spelling far less likely than the
// model's own is noise when the clean Google pairs' spellings are rarely that far. The floor is a low percentile.
const clean = (files[1]?.pairs ?? [])
  .filter(alignable)
  .map((p) => margin(p.ar, p.en))
  .filter(Number.isFinite);
const floor = [...clean].sort((a, b) => a - b)[Math.floor(clean.length * NOISE_PERCENTILE)] ?? -Infinity;
const lexicon: RomaniserFile['lexicon'] = {};
let dropped = 0;
for (const [ar, m] of [...spellings].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
  const ranked = [...m]
    .map(([en, c]) => ({ en, c, s: margin(ar, en) }))
    .sort((a, b) => b.c - a.c || b.s - a.s || (a.en < b.en ? -1 : 1));
  const best = ranked.find((r) => r.s >= floor);
  if (!best) {
    dropped++;
    continue;
  }
  let total = 0;
  for (const v of m.values()) total += v;
  lexicon[ar] = [best.en, best.c, total];
}
log(
  `${unique.size} distinct pairs, ${Object.keys(lexicon).length} lexicon words (${dropped} with only unlikely spellings left to the model; floor ${floor.toFixed(2)}/letter)`,
);

const file: RomaniserFile = {
  format: ROMANISER_FORMAT,
  version: VERSION,
  meta: {},
  order,
  graphones: [...graphoneIds.keys()],
  ngrams: packNgram(ngram),
  lexicon,
};
const model = fromFile(file);
const devScore = scoreWords(dev.pairs.map((p) => ({ ref: p.en, hyp: decodeWord(p.ar, model) })));
log(`Google eval split, model alone: word accuracy ${devScore.accuracy.toFixed(3)}, CER ${devScore.cer.toFixed(3)}`);
file.meta = {
  emIterations: iterations,
  noiseFloorPerLetter: floor,
  maxChunk: 3,
  sources: files.map((f) => ({ file: relative(data, f.file), sha256: f.sha256, pairs: f.pairs.length })),
  googleEvalModelOnly: { words: dev.pairs.length, accuracy: devScore.accuracy, cer: devScore.cer },
};
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, gzipSync(`${JSON.stringify(file)}\n`, { level: 9 }));
log(`wrote ${relative(process.cwd(), out)}`);
