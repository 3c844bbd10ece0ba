// A seeded pseudo-random generator (mulberry32) and the run-unique tokens the fixtures build names from.
import { seededRandom as mulberry } from '@shabaka/schema';

/** Letters that no Arabic matching normaliser changes (no alef/hamza/yaa/taa-marbuta forms, no article). */
const STABLE_ARABIC = 'بتثجحخدذرزسشصضطظعغفقكمنو';
const LATIN = 'bcdfghjklmnpqrstvwxz';

export type Random = {
  readonly seed: number;
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, n). */
  int(n: number): number;
  /** A word of `length` letters drawn from `alphabet`. */
  word(alphabet: string, length: number): string;
};

/**
 * A small, fast, seeded generator: the same seed gives the same fixtures, so a failing run can be replayed
 * with `SHABAKA_CONTRACT_SEED=<seed>`.
 * @example const r = seededRandom(42); r.int(10) // always the same number for seed 42
 */
export function seededRandom(seed: number): Random {
  const next = mulberry(seed);
  const int = (n: number): number => Math.floor(next() * n);
  const word = (alphabet: string, length: number): string =>
    Array.from({ length }, () => alphabet[int(alphabet.length)] ?? '').join('');
  return { seed: seed >>> 0, next, int, word };
}

/**
 * The seed of this run: `SHABAKA_CONTRACT_SEED` when set (to replay a failure), else time and pid, so runs
 * against a shared database never collide.
 * @example runSeed() // e.g. 3581920411
 */
export function runSeed(): number {
  const fromEnv = process.env['SHABAKA_CONTRACT_SEED'];
  if (fromEnv && /^\d+$/.test(fromEnv)) return Number(fromEnv) >>> 0;
  return (Date.now() ^ (process.pid << 16) ^ Math.floor(Math.random() * 0xffff)) >>> 0;
}

/** Run-unique name parts: an Arabic word and a Latin word that no normaliser alters. */
export type RunTokens = { prefix: string; ar: string; en: string };

/**
 * Draws the run's id prefix and name tokens. Names carry the tokens so that search answers on a shared
 * database (where earlier runs left their own "Erdogan") are unambiguous.
 * @example runTokens(seededRandom(1)) // { prefix: 't…_', ar: 'بخزطقن', en: 'qzvbtm' }
 */
export function runTokens(random: Random): RunTokens {
  return {
    prefix: `t${random.seed.toString(36)}${random.word(LATIN, 4)}_`,
    ar: random.word(STABLE_ARABIC, 6),
    en: random.word(LATIN, 6),
  };
}
