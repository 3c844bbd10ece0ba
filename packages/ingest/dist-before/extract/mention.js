/**
 * Character span of tokens [t0, t1), starting after the first token's proclitics.
 * @example tokenSpan(toks, 3, 5) // { start: 17, end: 28 }
 */
export function tokenSpan(toks, t0, t1) {
  const first = toks[t0];
  const last = toks[t1 - 1];
  return { start: first.nkStart, end: last.end };
}
/**
 * Surface text for display: guillemets and quotes dropped, spaces collapsed.
 * @example cleanSurface('«داعش»') // 'داعش'
 */
export function cleanSurface(s) {
  return s
    .replace(/[«»"“”]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
/**
 * The tokens of sentence `s` as a contiguous index range.
 * @example sentenceRange(toks, 2) // [40, 71]
 */
export function sentenceRange(toks, s) {
  let a = 0;
  while (a < toks.length && toks[a].sent < s) a++;
  let b = a;
  while (b < toks.length && toks[b].sent === s) b++;
  return [a, b];
}
//# sourceMappingURL=mention.js.map
