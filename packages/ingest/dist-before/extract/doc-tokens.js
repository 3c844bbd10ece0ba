// Word tokens of a document with matching keys, proclitics split off, and the sentence each belongs to.
import { matchKey, segmentClitics, tokenize } from '@shabaka/text';
const ARABIC = /[\u0600-\u06ff]/;
/** Splits و/ب/ل (and ف/ك only before the article, where they cannot be a name's first letter). */
function splitArabic(text, isKnown) {
  const key = matchKey(text);
  if (text.length < 3 || isKnown(key)) {
    const article = key.startsWith('ال') && key.length > 4;
    return { nk: key, bare: article ? key.slice(2) : key, nkStart: 0, clitics: [], hasArticle: article };
  }
  const seg = segmentClitics(text, { isKnown });
  const hasArticle = seg.prefixes.includes('ال');
  const clitics = seg.prefixes.filter((p) => p !== 'ال');
  if (clitics.length > 0 && (clitics[0] === 'ف' || clitics[0] === 'ك') && !hasArticle) {
    return { nk: key, bare: key, nkStart: 0, clitics: [], hasArticle: false };
  }
  const stemKey = matchKey(seg.stem);
  // Offset of the article (or stem) after the clitic letters; لل keeps only one ل of the article.
  const lil = clitics.length > 0 && clitics[clitics.length - 1] === 'ل' && hasArticle && !key.includes('لال');
  const nkStart = hasArticle && !lil ? Math.max(0, seg.stemStart - 2) : seg.stemStart;
  return { nk: hasArticle ? `ال${stemKey}` : stemKey, bare: stemKey, nkStart, clitics, hasArticle };
}
/** News vocabulary repeats: splitting each distinct word once makes tokenising ~3× faster. */
const splitCache = new Map();
let cacheOwner;
function cachedSplit(word, isKnown) {
  if (cacheOwner !== isKnown || splitCache.size > 200_000) {
    splitCache.clear();
    cacheOwner = isKnown;
  }
  let split = splitCache.get(word);
  if (!split) {
    split = splitArabic(word, isKnown);
    splitCache.set(word, split);
  }
  return split;
}
/**
 * Tokenises `text`, merges dotted Latin acronyms (U.S.), keys every word and assigns sentences.
 * @example docTokens('وقال الرئيس', [{ start: 0, end: 11 }], () => false)[0]?.nk // 'قال'
 */
export function docTokens(text, sentences, isKnown) {
  const raw = tokenize(text);
  const merged = [];
  for (let i = 0; i < raw.length; i++) {
    const t = raw[i];
    // U . S . → U.S. (the tokeniser splits dotted acronyms).
    if (/^[A-Z]$/.test(t.text) && raw[i + 1]?.text === '.' && raw[i + 1]?.start === t.end) {
      let j = i;
      let end = t.end;
      while (/^[A-Z]$/.test(raw[j]?.text ?? '') && raw[j + 1]?.text === '.' && raw[j + 1]?.start === raw[j]?.end) {
        end = raw[j + 1].end;
        j += 2;
        if (raw[j]?.start !== end) break;
      }
      if (j - i >= 4) {
        merged.push({ text: text.slice(t.start, end), start: t.start, end, kind: 'word' });
        i = j - 1;
        continue;
      }
    }
    merged.push(t);
  }
  const out = [];
  let s = 0;
  for (const t of merged) {
    while (s < sentences.length - 1 && t.start >= sentences[s].end) s++;
    const key = matchKey(t.text);
    const split =
      t.kind === 'word' && ARABIC.test(t.text)
        ? cachedSplit(t.text, isKnown)
        : { nk: key, bare: key, nkStart: 0, clitics: [], hasArticle: false };
    out.push({
      i: out.length,
      text: t.text,
      start: t.start,
      end: t.end,
      kind: t.kind,
      key,
      ...split,
      nkStart: t.start + split.nkStart,
      sent: s,
    });
  }
  return out;
}
//# sourceMappingURL=doc-tokens.js.map
