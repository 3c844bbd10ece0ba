// The search form of names and queries: `matchKey` folding from @shabaka/text, split into word tokens,
// with the Arabic article ال stripped, plus the FTS5 query built from those tokens.
import { matchKey, stripArticle } from '@shabaka/text';

/**
 * The words of `text` as search stores and compares them: folded (hamza/alef forms, ى/ي, ة/ه, diacritics,
 * tatweel, bidi marks, Latin case), split on anything that is not a letter or digit, article stripped.
 * @example searchTokens('الرئيس أردوغانُ') // ['رييس', 'اردوغان']
 */
export function searchTokens(text: string): string[] {
  return matchKey(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((word) => stripArticle(word));
}

/**
 * The key stored for a name: its search tokens joined by single spaces.
 * @example searchKey('أنقرة') // 'انقره'
 */
export function searchKey(text: string): string {
  return searchTokens(text).join(' ');
}

/**
 * An FTS5 MATCH expression: every token as a quoted string (so FTS syntax in the query is plain text),
 * the last one a prefix for autocomplete. Tokens hold only letters and digits, so quoting is safe.
 * @example ftsExpression(['اردوغان', 'رج']) // '"اردوغان" "رج"*'
 */
export function ftsExpression(tokens: readonly string[]): string {
  return tokens.map((t, i) => `"${t}"${i === tokens.length - 1 ? '*' : ''}`).join(' ');
}

/** How well a stored key matches the query key: exact 3, prefix 2, all words 1, substring 0.5. */
export function matchRank(storedKey: string, queryKey: string): number {
  if (storedKey === queryKey) return 3;
  if (storedKey.startsWith(queryKey)) return 2;
  const words = storedKey.split(' ');
  const wanted = queryKey.split(' ');
  const last = wanted.length - 1;
  const allWords = wanted.every((w, i) => words.some((s) => (i === last ? s.startsWith(w) : s === w)));
  return allWords ? 1 : 0.5;
}

/**
 * The score of a hit: its match rank plus a bonus below 1 that grows with weighted degree, so rank classes
 * never mix and better-connected entities come first within one.
 * @example searchScore(3, 10) // 3.45
 */
export function searchScore(rank: number, degree: number): number {
  return rank + (0.9 * degree) / (degree + 10);
}
