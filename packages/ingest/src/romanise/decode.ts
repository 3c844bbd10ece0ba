// Beam search over graphone sequences: the English spelling the joint n-gram finds most probable for an Arabic word.
import type { Romaniser } from './model-file.js';

interface Hyp {
  hist: number[];
  score: number;
  out: string;
}

/** Hypotheses kept after each letter. */
const BEAM = 24;

/**
 * Lowercase English spelling of one Arabic word (letters as `arabicLetters` leaves them); letters the
 * model never saw are skipped.
 * @example decodeWord('بومبيو', loadRomaniser()) // 'pompeo'
 */
export function decodeWord(word: string, model: Romaniser): string {
  return bestSpelling(word, model).out;
}

/**
 * The best spelling and its log-probability; `maxHistory` decodes with a shorter view of the model (1: bigrams).
 * @example bestSpelling('علي', model, 1) // { out: 'ali', score: -9.1 }
 */
export function bestSpelling(
  word: string,
  model: Romaniser,
  maxHistory = model.ngram.order - 1,
): { out: string; score: number } {
  const n = maxHistory;
  let beam: Hyp[] = [{ hist: Array<number>(n).fill(0), score: 0, out: '' }];
  for (const letter of word) {
    const options = model.options.get(letter);
    if (!options) continue;
    const next = new Map<string, Hyp>();
    for (const h of beam)
      for (const o of options) {
        const score = h.score + Math.log(model.ngram.prob(h.hist, o.id, n));
        const hist = n > 0 ? [...h.hist.slice(1), o.id] : h.hist;
        // Same history: the futures are scored alike, so only the better past survives (recombination).
        const key = hist.join(',');
        const prev = next.get(key);
        if (!prev || prev.score < score) next.set(key, { hist, score, out: h.out + o.en });
      }
    beam = [...next.values()].sort((a, b) => b.score - a.score).slice(0, BEAM);
  }
  let best: Hyp | undefined;
  let bestScore = -Infinity;
  for (const h of beam) {
    const s = h.score + Math.log(model.ngram.prob(h.hist, 0, n));
    if (s > bestScore && h.out) {
      bestScore = s;
      best = h;
    }
  }
  return { out: best?.out ?? '', score: bestScore };
}
