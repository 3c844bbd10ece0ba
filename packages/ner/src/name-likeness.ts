// Name-likeness of a word from its characters: a naive Bayes model over character 2–4-grams telling person / place / organisation words from ordinary ones.
import { gzipSync } from 'node:zlib';
import { NerError } from './errors.js';
import { readGzipJson } from './gzip-json.js';

/** Bump when the n-grams, classes or the serialised layout change. */
export const NAME_LIKENESS_VERSION = 'nl-1';

/** Classes scored against the ordinary-word class (index 3 in training examples). */
export const NAME_CLASSES = ['PER', 'LOC', 'ORG'] as const;
const NC = NAME_CLASSES.length;
const ORDINARY = NC;

/** The committed form: n-grams and, per n-gram, its log-likelihood ratio per class against ordinary words. */
export interface NameLikenessData {
  version: string;
  sources: string[];
  /** n-grams joined by '\n' */
  ngrams: string;
  /** per n-gram, NC ratios in hundredths (int) */
  ratios: number[];
}

/** One training word: its match key and class (0..2 = NAME_CLASSES, 3 = ordinary word). */
export interface NameLikenessExample {
  key: string;
  cls: number;
}

/**
 * Character n-grams (2–4) of a key with word-boundary marks.
 * @example charNgrams('علي') // ['^ع', 'عل', 'لي', 'ي$', '^عل', 'علي', 'لي$', '^علي', 'علي$']
 */
export function charNgrams(key: string): string[] {
  const s = `^${key}$`;
  const out: string[] = [];
  for (let n = 2; n <= 4; n++) for (let i = 0; i + n <= s.length; i++) out.push(s.slice(i, i + n));
  return out;
}

/**
 * Trains the model on distinct (key, class) pairs: multinomial naive Bayes with add-½ smoothing over the n-grams seen
 * in at least `minCount` training words, stored as rounded log ratios so the file is small and byte-reproducible.
 * @example trainNameLikeness([{ key: 'جون', cls: 0 }, { key: 'قال', cls: 3 }], [], 1).ngrams.length > 0
 */
export function trainNameLikeness(
  examples: readonly NameLikenessExample[],
  sources: string[],
  minCount = 5,
): NameLikenessData {
  const counts = new Map<string, Float64Array>();
  const seen = new Set<string>();
  for (const { key, cls } of examples) {
    const id = `${cls}\t${key}`;
    if (seen.has(id) || key.length < 2) continue;
    seen.add(id);
    for (const g of new Set(charNgrams(key))) {
      let c = counts.get(g);
      if (!c) counts.set(g, (c = new Float64Array(NC + 2)));
      c[cls]!++;
      c[NC + 1]!++;
    }
  }
  const kept = [...counts].filter(([, c]) => c[NC + 1]! >= minCount).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const totals = new Float64Array(NC + 1);
  for (const [, c] of kept) for (let k = 0; k <= NC; k++) totals[k]! += c[k]! + 0.5;
  const ratios: number[] = [];
  for (const [, c] of kept) {
    const o = Math.log((c[ORDINARY]! + 0.5) / totals[ORDINARY]!);
    for (let k = 0; k < NC; k++) ratios.push(Math.round(100 * (Math.log((c[k]! + 0.5) / totals[k]!) - o)));
  }
  return { version: NAME_LIKENESS_VERSION, sources, ngrams: kept.map(([g]) => g).join('\n'), ratios };
}

/** Score bands of the mean log ratio: coarse, so the tagger learns one weight per band. */
function band(x: number): number {
  return x < -1.5 ? 0 : x < -0.5 ? 1 : x < 0.5 ? 2 : x < 1.5 ? 3 : 4;
}

// The few possible results of `bands`, built once.
const BAND_NAMES = [0, 1, 2, 3, 4].map(String);
const PLAIN_BANDS = BAND_NAMES.map((b) => [b]);
const NAMED_BANDS = NAME_CLASSES.map((c) => BAND_NAMES.map((b) => [b, `${c}:${b}`]));
const NO_BANDS: readonly string[] = [];

/** A loaded name-likeness model. */
export class NameLikeness {
  /** n-gram → row, keyed by its characters' alphabet numbers in base 64 (a small integer: no string is built per lookup) */
  private readonly index = new Map<number, number>();
  /** UTF-16 code unit → alphabet number 1..63 of the characters in the model's n-grams (0: not in any) */
  private readonly alphabet = new Map<number, number>();
  private readonly ratios: Float32Array;
  /** scratch alphabet numbers of the word being scored */
  private buf = new Int32Array(64);

  constructor(readonly data: NameLikenessData) {
    if (data.ngrams)
      data.ngrams.split('\n').forEach((g, row) => {
        let code = 0;
        for (let j = 0; j < g.length; j++) {
          const u = g.charCodeAt(j);
          let a = this.alphabet.get(u);
          if (a === undefined) this.alphabet.set(u, (a = this.alphabet.size + 1));
          code = code * 64 + a;
        }
        this.index.set(code, row);
      });
    if (this.alphabet.size > 63)
      throw new NerError('NER_MODEL_INVALID', 'ner: name-likeness model has more than 63 characters');
    this.ratios = Float32Array.from(data.ratios, (r) => r / 100);
  }

  /**
   * Mean log ratio per class (PER, LOC, ORG) against ordinary words over the key's known n-grams (0 when none is known).
   * @example model.scores('فيلالون')[0] > 0
   */
  scores(key: string): Float64Array {
    const out = new Float64Array(NC);
    // The same n-grams as charNgrams(key), as alphabet numbers: a character outside the alphabet ends every n-gram over it.
    const len = key.length + 2;
    if (this.buf.length < len) this.buf = new Int32Array(2 * len);
    const a = this.buf;
    a[0] = this.alphabet.get(94) ?? 0; // '^'
    for (let j = 0; j < key.length; j++) a[j + 1] = this.alphabet.get(key.charCodeAt(j)) ?? 0;
    a[len - 1] = this.alphabet.get(36) ?? 0; // '$'
    let n = 0;
    for (let size = 2; size <= 4; size++)
      for (let i = 0; i + size <= len; i++) {
        let code = 0;
        for (let j = i; j < i + size && code >= 0; j++) code = a[j] === 0 ? -1 : code * 64 + a[j]!;
        const r = code < 0 ? undefined : this.index.get(code);
        if (r === undefined) continue;
        n++;
        for (let k = 0; k < NC; k++) out[k]! += this.ratios[r * NC + k]!;
      }
    if (n > 0) for (let k = 0; k < NC; k++) out[k]! /= n;
    return out;
  }

  /**
   * Banded scores of a word, each class at its best over the word's clitic-peeled variants (so وفيلالون scores as
   * فيلالون): one string per class such as `PER:4`.
   * @example model.bands(['وفيلالون', 'فيلالون']) // ['4', 'PER:4']
   */
  bands(variants: readonly string[]): readonly string[] {
    const best = new Float64Array(NC).fill(-Infinity);
    for (const v of variants) {
      if (v.length < 2) continue;
      const s = this.scores(v);
      for (let k = 0; k < NC; k++) best[k] = Math.max(best[k]!, s[k]!);
    }
    if (best[0] === -Infinity) return NO_BANDS;
    // One band for how name-like the word is at all (its best class), and that class once it clearly looks like a name.
    let top = 0;
    for (let k = 1; k < NC; k++) if (best[k]! > best[top]!) top = k;
    const b = band(best[top]!);
    return b >= 3 ? NAMED_BANDS[top]![b]! : PLAIN_BANDS[b]!;
  }
}

/**
 * Serialises the model (gzip JSON).
 * @example writeFileSync(path, serialiseNameLikeness(data))
 */
export function serialiseNameLikeness(data: NameLikenessData): Buffer {
  return gzipSync(JSON.stringify(data), { level: 9 });
}

/**
 * Reads a committed name-likeness model (`models/*.namelike.json.gz`).
 * @example const nl = readNameLikeness(nameLikenessPath('ar'));
 */
export function readNameLikeness(path: string | URL): NameLikeness {
  return readGzipJson(
    path,
    'name-likeness model',
    { missing: 'NER_MODEL_MISSING', invalid: 'NER_MODEL_INVALID' },
    (data) => new NameLikeness(data as NameLikenessData),
  );
}
