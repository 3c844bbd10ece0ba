// The romaniser's weights file: a word lexicon with counts and a graphone n-gram, read once per process.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ShabakaError } from '@shabaka/schema';
import { GraphoneNgram } from './ngram.js';
import type { HistoryCounts } from './ngram.js';

/** Format id written in the file; a loader refuses any other. */
export const ROMANISER_FORMAT = 'shabaka-romaniser/1';

/** Where the committed weights live. */
export const romaniserPath = resolve(dirname(fileURLToPath(import.meta.url)), '../../models/romaniser.json.gz');

/** The file as written by `scripts/train-romaniser.ts`. */
export interface RomaniserFile {
  format: typeof ROMANISER_FORMAT;
  version: string;
  meta: Record<string, unknown>;
  order: number;
  /** Graphone id → `arabicLetter + '\u0000' + englishChunk`; id 0 is the sentence boundary. */
  graphones: string[];
  /** Per history length k: flat runs of [k history ids, total, types, followers, (id, count) × followers]. */
  ngrams: number[][];
  /** Arabic word → [most frequent English spelling, its count, count of the word over all spellings]. */
  lexicon: Record<string, [string, number, number]>;
}

/** Flattens the counts for the file, dropping followers seen once in histories of length ≥ 2 (they back off). */
export function packNgram(model: GraphoneNgram): number[][] {
  return model.tables.map((table, k) => {
    const out: number[] = [];
    for (const [key, h] of table) {
      const next = [...h.next].filter(([, c]) => k < 2 || c > 1);
      if (k >= 2 && next.length === 0) continue;
      out.push(...(key ? key.split(',').map(Number) : []), h.total, h.types, next.length);
      for (const [w, c] of next) out.push(w, c);
    }
    return out;
  });
}

function unpackNgram(order: number, vocab: number, packed: number[][]): GraphoneNgram {
  const tables = packed.map((flat, k) => {
    const table = new Map<string, HistoryCounts>();
    for (let i = 0; i < flat.length;) {
      const key = flat.slice(i, i + k).join(',');
      i += k;
      const total = flat[i++] as number;
      const types = flat[i++] as number;
      const n = flat[i++] as number;
      const next = new Map<number, number>();
      for (let j = 0; j < n; j++, i += 2) next.set(flat[i] as number, flat[i + 1] as number);
      table.set(key, { total, types, next });
    }
    return table;
  });
  return new GraphoneNgram(order, vocab, tables);
}

/** The loaded model: lexicon and n-gram with the graphones indexed by Arabic letter. */
export interface Romaniser {
  version: string;
  lexicon: ReadonlyMap<string, readonly [string, number, number]>;
  ngram: GraphoneNgram;
  /** Arabic letter → candidate graphone ids with their English chunk, most frequent first. */
  options: ReadonlyMap<string, readonly { id: number; en: string }[]>;
}

/** Most graphones tried per Arabic letter while decoding. */
const MAX_OPTIONS = 16;

/** Builds the in-memory model from the parsed file. */
export function fromFile(file: RomaniserFile): Romaniser {
  const ngram = unpackNgram(file.order, file.graphones.length, file.ngrams);
  const unigram = ngram.tables[0]?.get('')?.next ?? new Map<number, number>();
  const byLetter = new Map<string, { id: number; en: string; c: number }[]>();
  file.graphones.forEach((g, id) => {
    if (id === 0) return;
    const [ar = '', en = ''] = g.split('\u0000');
    const c = unigram.get(id) ?? 0;
    if (c < 2) return;
    const list = byLetter.get(ar) ?? [];
    list.push({ id, en, c });
    byLetter.set(ar, list);
  });
  const options = new Map(
    [...byLetter].map(([a, l]) => [
      a,
      l
        .sort((x, y) => y.c - x.c)
        .slice(0, MAX_OPTIONS)
        .map(({ id, en }) => ({ id, en })),
    ]),
  );
  return { version: file.version, lexicon: new Map(Object.entries(file.lexicon)), ngram, options };
}

let cached: Romaniser | undefined;

/**
 * The committed romaniser, read once per process.
 * @example loadRomaniser().version // '1.0.0'
 */
export function loadRomaniser(): Romaniser {
  if (cached) return cached;
  let file: RomaniserFile;
  try {
    file = JSON.parse(gunzipSync(readFileSync(romaniserPath)).toString('utf8')) as RomaniserFile;
  } catch (cause) {
    throw new ShabakaError('MODEL_MISSING', `ingest: cannot read the romaniser weights ${romaniserPath}`, {
      hint: 'run `pnpm --filter @shabaka/ingest train:romaniser`',
      cause,
    });
  }
  if (file.format !== ROMANISER_FORMAT || !Array.isArray(file.graphones) || !Array.isArray(file.ngrams))
    throw new ShabakaError('MODEL_MISSING', `ingest: ${romaniserPath} is not a ${ROMANISER_FORMAT} file`, {
      hint: 'run `pnpm --filter @shabaka/ingest train:romaniser`',
    });
  cached = fromFile(file);
  return cached;
}
