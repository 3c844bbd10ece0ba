// Phrase gazetteers: compiled name lists keyed by normalised token sequences, matched over a sentence.
import { readGzipJson } from './gzip-json.js';

/** The compiled, serialisable form: category → phrases (tokens already normalised, joined by one space). */
export interface GazetteerData {
  version: string;
  lang: 'ar' | 'en';
  sources: string[];
  entries: Record<string, string[]>;
}

/** One gazetteer hit over tokens [start, end). */
export interface GazetteerMatch {
  start: number;
  end: number;
  categories: readonly string[];
}

/** A loaded gazetteer ready for matching. */
export class Gazetteer {
  private readonly phrases = new Map<string, string[]>();
  private readonly prefixes = new Set<string>();
  readonly maxLen: number;

  constructor(readonly data: GazetteerData) {
    let maxLen = 1;
    for (const [category, list] of Object.entries(data.entries)) {
      for (const phrase of list) {
        const cats = this.phrases.get(phrase);
        if (cats) {
          if (!cats.includes(category)) cats.push(category);
        } else this.phrases.set(phrase, [category]);
        const parts = phrase.split(' ');
        maxLen = Math.max(maxLen, parts.length);
        for (let k = 1; k < parts.length; k++) this.prefixes.add(parts.slice(0, k).join(' '));
      }
    }
    this.maxLen = Math.min(maxLen, 8);
  }

  /**
   * Categories of one exact phrase key, or undefined.
   * @example gaz.lookup('مصر') // ['LOC.country']
   */
  lookup(key: string): readonly string[] | undefined {
    return this.phrases.get(key);
  }

  /**
   * All phrase matches in a sentence. `variants[i]` lists the keys token i may stand for (its normalised
   * form first, then clitic-stripped forms); only the first token of a phrase may use a variant other than
   * the first, so `وبالقدس الشرقية` matches `القدس الشرقية`.
   * @example gaz.match([['مصر']]) // [{ start: 0, end: 1, categories: ['LOC.country'] }]
   */
  match(variants: readonly (readonly string[])[]): GazetteerMatch[] {
    const out: GazetteerMatch[] = [];
    const n = variants.length;
    for (let i = 0; i < n; i++) {
      const firsts = variants[i] ?? [];
      for (let v = 0; v < firsts.length; v++) {
        const first = firsts[v]!;
        // a token has at most a handful of variants: a scan beats allocating a Set per token
        if (firsts.indexOf(first) < v) continue;
        let key = first;
        for (let j = i; j < n && j - i < this.maxLen; j++) {
          if (j > i) key = `${key} ${variants[j]?.[0] ?? ''}`;
          const cats = this.phrases.get(key);
          if (cats) out.push({ start: i, end: j + 1, categories: cats });
          if (!this.prefixes.has(key)) break;
        }
      }
    }
    return out;
  }
}

/**
 * Reads a compiled gazetteer (`*.json.gz`).
 * @example const gaz = readGazetteer(new URL('../gazetteers/ar.json.gz', import.meta.url));
 */
export function readGazetteer(path: string | URL): Gazetteer {
  return readGzipJson(
    path,
    'gazetteer',
    { missing: 'NER_GAZETTEER_MISSING', invalid: 'NER_GAZETTEER_INVALID' },
    (data) => new Gazetteer(data as GazetteerData),
  );
}
