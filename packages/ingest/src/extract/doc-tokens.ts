// Word tokens of a document with matching keys, proclitics split off, and the sentence each belongs to.
import { matchKey, segmentClitics, tokenize } from '@shabaka/text';
import type { Token } from '@shabaka/text';

/** A token ready for pattern matching; offsets are into the original document text. */
export interface Tok {
  i: number;
  text: string;
  start: number;
  end: number;
  kind: Token['kind'];
  /** matchKey of the whole token. */
  key: string;
  /** Key without conjunction/preposition proclitics, article kept: وبالرئيس → الرييس. */
  noClitic: string;
  /** Key without any proclitic or article: وبالرئيس → رييس. */
  bare: string;
  /** Offset where `noClitic` starts in the original text (after و ب ل …). */
  noCliticStart: number;
  /** Conjunction/preposition proclitics split off (و ف ب ل ك). */
  clitics: string[];
  hasArticle: boolean;
  /** Sentence index. */
  sent: number;
}

const ARABIC = /[\u0600-\u06ff]/;

/** Splits و/ب/ل (and ف/ك only before the article, where they cannot be a name's first letter). */
function splitArabic(
  text: string,
  isKnown: (key: string) => boolean,
): Pick<Tok, 'noClitic' | 'bare' | 'noCliticStart' | 'clitics' | 'hasArticle'> {
  const key = matchKey(text);
  if (text.length < 3 || isKnown(key)) {
    const article = key.startsWith('ال') && key.length > 4;
    return { noClitic: key, bare: article ? key.slice(2) : key, noCliticStart: 0, clitics: [], hasArticle: article };
  }
  const seg = segmentClitics(text, { isKnown });
  const hasArticle = seg.prefixes.includes('ال');
  const clitics = seg.prefixes.filter((p) => p !== 'ال');
  if (clitics.length > 0 && (clitics[0] === 'ف' || clitics[0] === 'ك') && !hasArticle) {
    return { noClitic: key, bare: key, noCliticStart: 0, clitics: [], hasArticle: false };
  }
  const stemKey = matchKey(seg.stem);
  // Offset of the article (or stem) after the clitic letters; لل keeps only one ل of the article.
  const lil = clitics.length > 0 && clitics[clitics.length - 1] === 'ل' && hasArticle && !key.includes('لال');
  const noCliticStart = hasArticle && !lil ? Math.max(0, seg.stemStart - 2) : seg.stemStart;
  return { noClitic: hasArticle ? `ال${stemKey}` : stemKey, bare: stemKey, noCliticStart, clitics, hasArticle };
}

type Split = ReturnType<typeof splitArabic>;
/** News vocabulary repeats: splitting each distinct word once makes tokenising ~3× faster. */
const splitCache = new Map<string, Split>();
let cacheOwner: ((key: string) => boolean) | undefined;

function cachedSplit(word: string, isKnown: (key: string) => boolean): Split {
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
 * @example docTokens('وقال الرئيس', [{ start: 0, end: 11 }], () => false)[0]?.noClitic // 'قال'
 */
export function docTokens(
  text: string,
  sentences: readonly { start: number; end: number }[],
  isKnown: (key: string) => boolean,
): Tok[] {
  const raw = tokenize(text);
  const merged: Token[] = [];
  for (let i = 0; i < raw.length; i++) {
    const t = raw[i] as Token;
    // U . S . → U.S. (the tokeniser splits dotted acronyms).
    if (/^[A-Z]$/.test(t.text) && raw[i + 1]?.text === '.' && raw[i + 1]?.start === t.end) {
      let j = i;
      let end = t.end;
      while (/^[A-Z]$/.test(raw[j]?.text ?? '') && raw[j + 1]?.text === '.' && raw[j + 1]?.start === raw[j]?.end) {
        end = (raw[j + 1] as Token).end;
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
  const out: Tok[] = [];
  let s = 0;
  for (const t of merged) {
    while (s < sentences.length - 1 && t.start >= (sentences[s] as { end: number }).end) s++;
    const key = matchKey(t.text);
    const split =
      t.kind === 'word' && ARABIC.test(t.text)
        ? cachedSplit(t.text, isKnown)
        : { noClitic: key, bare: key, noCliticStart: 0, clitics: [], hasArticle: false };
    out.push({
      i: out.length,
      text: t.text,
      start: t.start,
      end: t.end,
      kind: t.kind,
      key,
      ...split,
      noCliticStart: t.start + split.noCliticStart,
      sent: s,
    });
  }
  return out;
}
