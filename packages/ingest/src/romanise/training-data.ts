// Readers of the name-pair corpora in ../shared/data (training and evaluation only; nothing here ships data).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { ShabakaError } from '@shabaka/schema';
import { arabicLetters, latinLetters } from './letters.js';

/** One observed spelling: Arabic word, English word, how many times the source saw it. */
export interface CountedPair {
  ar: string;
  en: string;
  count: number;
}

/** A corpus file as read, with its hash for the model card. */
export interface PairFile {
  file: string;
  sha256: string;
  pairs: CountedPair[];
}

function readPairs(path: string, parse: (fields: string[]) => CountedPair | undefined, sep: string | RegExp): PairFile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (cause) {
    throw new ShabakaError('MODEL_MISSING', `romaniser: cannot read the training file ${path}`, {
      hint: 'the name-pair corpora live in ../shared/data/transliteration and ../shared/data/gazetteers/anetac',
      cause,
    });
  }
  const pairs: CountedPair[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    const p = parse(line.trim().split(sep));
    if (p && p.ar && p.en) pairs.push({ ar: arabicLetters(p.ar), en: latinLetters(p.en), count: p.count });
  }
  return { file: path, sha256: createHash('sha256').update(text).digest('hex'), pairs };
}

/** Wikidata person-name tokens: `english \t ا ر ب ي \t count` (Arabic letters space-separated). */
export const readWikidata = (path: string): PairFile =>
  readPairs(path, ([en = '', ar = '', c = '1']) => ({ ar: ar.replace(/ /g, ''), en, count: Number(c) || 1 }), '\t');

/** Google ar2en: `arabic \t english`. */
export const readGoogle = (path: string): PairFile =>
  readPairs(path, ([ar = '', en = '']) => ({ ar, en, count: 1 }), '\t');

/** ANETAC: `CLASS English Arabic`. */
export const readAnetac = (path: string): PairFile =>
  readPairs(path, ([, en = '', ar = '']) => ({ ar, en, count: 1 }), ' ');
