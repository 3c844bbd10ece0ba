// Many-to-one EM alignment of Arabic letters to English letter chunks (m2m-aligner style, Jiampojamarn et al. 2007):
// each Arabic letter writes 0–3 English letters. Arabic leaves short vowels out, so a letter often writes
// a consonant and a vowel ('م' → 'mo'); a silent letter (ع, a long-vowel carrier) writes nothing.

/** Most English letters one Arabic letter may write. */
export const MAX_CHUNK = 3;

/** A training pair, Arabic and English already normalised by `arabicLetters` / `latinLetters`. */
export interface NamePair {
  ar: string;
  en: string;
}

// A chunk of 0–3 letters a–z is a base-27 number with digits 1–26, so (letter, chunk) pairs index a flat array.
const CHUNKS = 27 ** MAX_CHUNK;

/** Alignment probabilities: P(Arabic letter, English chunk) in a flat table. */
export interface AlignmentModel {
  letters: ReadonlyMap<string, number>;
  p: Float64Array;
}

interface Coded {
  ar: Int32Array;
  /** chunk[j * (MAX_CHUNK + 1) + e]: code of en.slice(j, j + e). */
  chunk: Int32Array;
  m: number;
}

function code(pair: NamePair, letters: Map<string, number>): Coded {
  const ar = Int32Array.from([...pair.ar], (c) => {
    let id = letters.get(c);
    if (id === undefined) letters.set(c, (id = letters.size));
    return id;
  });
  const m = pair.en.length;
  const chunk = new Int32Array((m + 1) * (MAX_CHUNK + 1)).fill(-1);
  for (let j = 0; j <= m; j++) {
    let c = 0;
    chunk[j * (MAX_CHUNK + 1)] = 0;
    for (let e = 1; e <= MAX_CHUNK && j + e <= m; e++) {
      c = c * 27 + (pair.en.charCodeAt(j + e - 1) - 96);
      chunk[j * (MAX_CHUNK + 1) + e] = c;
    }
  }
  return { ar, chunk, m };
}

const cell = (w: Coded, i: number, j: number, e: number): number =>
  (w.ar[i] as number) * CHUNKS + (w.chunk[j * (MAX_CHUNK + 1) + e] as number);

/** Adds the expected pair counts of one word under `p` (forward-backward) to `into`. */
function expect(w: Coded, p: Float64Array, into: Float64Array): void {
  const n = w.ar.length;
  const m = w.m;
  const width = m + 1;
  const alpha = new Float64Array((n + 1) * width);
  const beta = new Float64Array((n + 1) * width);
  alpha[0] = 1;
  for (let i = 1; i <= n; i++)
    for (let j = 0; j <= m; j++) {
      let s = 0;
      for (let e = 0; e <= MAX_CHUNK && e <= j; e++)
        s += (alpha[(i - 1) * width + j - e] as number) * (p[cell(w, i - 1, j - e, e)] as number);
      alpha[i * width + j] = s;
    }
  const z = alpha[n * width + m] as number;
  if (!(z > 0)) return;
  beta[n * width + m] = 1;
  for (let i = n - 1; i >= 0; i--)
    for (let j = m; j >= 0; j--) {
      let s = 0;
      for (let e = 0; e <= MAX_CHUNK && j + e <= m; e++)
        s += (beta[(i + 1) * width + j + e] as number) * (p[cell(w, i, j, e)] as number);
      beta[i * width + j] = s;
    }
  for (let i = 0; i < n; i++)
    for (let j = 0; j <= m; j++) {
      const a = alpha[i * width + j] as number;
      if (a === 0) continue;
      for (let e = 0; e <= MAX_CHUNK && j + e <= m; e++) {
        const k = cell(w, i, j, e);
        const q = (a * (p[k] as number) * (beta[(i + 1) * width + j + e] as number)) / z;
        into[k] = (into[k] as number) + q;
      }
    }
}

/** Whether a pair can be aligned at all with chunks of 0–MAX_CHUNK letters a–z. */
export function alignable(pair: NamePair): boolean {
  return pair.ar.length > 0 && /^[a-z]+$/.test(pair.en) && pair.en.length <= MAX_CHUNK * pair.ar.length;
}

/**
 * Joint probabilities of (Arabic letter, English chunk) pairs learnt by EM from a uniform start over
 * every pair the data allows.
 * @example viterbiAlign({ ar: 'علي', en: 'ali' }, trainAlignment([{ ar: 'علي', en: 'ali' }], 5)) // ['a', 'l', 'i']
 */
export function trainAlignment(pairs: readonly NamePair[], iterations: number): AlignmentModel {
  const letters = new Map<string, number>();
  const coded = pairs.map((p) => code(p, letters));
  let p = new Float64Array(letters.size * CHUNKS);
  for (const w of coded)
    for (let i = 0; i < w.ar.length; i++)
      for (let j = 0; j <= w.m; j++) for (let e = 0; e <= MAX_CHUNK && j + e <= w.m; e++) p[cell(w, i, j, e)] = 1;
  for (let it = 0; it < iterations; it++) {
    const counts = new Float64Array(p.length);
    for (const w of coded) expect(w, p, counts);
    let total = 0;
    for (const c of counts) total += c;
    p = counts.map((c) => (c / total > 1e-7 ? c / total : 0));
  }
  return { letters, p };
}

/**
 * The most probable segmentation of one pair: the English chunk each Arabic letter writes.
 * @example viterbiAlign({ ar: 'علي', en: 'ali' }, model) // ['a', 'l', 'i']
 */
export function viterbiAlign(pair: NamePair, model: AlignmentModel): string[] | undefined {
  if ([...pair.ar].some((c) => !model.letters.has(c))) return undefined;
  const w = code(pair, new Map(model.letters));
  const n = w.ar.length;
  const m = w.m;
  const width = m + 1;
  const best = new Float64Array((n + 1) * width).fill(-Infinity);
  const back = new Int8Array((n + 1) * width);
  best[0] = 0;
  for (let i = 1; i <= n; i++)
    for (let j = 0; j <= m; j++)
      for (let e = 0; e <= MAX_CHUNK && e <= j; e++) {
        const q = model.p[cell(w, i - 1, j - e, e)] as number;
        if (!q) continue;
        const s = (best[(i - 1) * width + j - e] as number) + Math.log(q);
        if (s > (best[i * width + j] as number)) {
          best[i * width + j] = s;
          back[i * width + j] = e;
        }
      }
  if (best[n * width + m] === -Infinity) return undefined;
  const chunks: string[] = [];
  for (let i = n, j = m; i > 0; i--) {
    const e = back[i * width + j] as number;
    chunks.unshift(pair.en.slice(j - e, j));
    j -= e;
  }
  return chunks;
}
