// Tokeniser for Arabic and English news: one global regex, offsets into the original string.
import { ABBREVIATIONS } from './abbreviations.js';

export type TokenKind = 'word' | 'number' | 'punct' | 'url' | 'email' | 'hashtag' | 'mention' | 'emoji' | 'symbol';

/** A token: `text === source.slice(start, end)`. */
export type Token = { text: string; start: number; end: number; kind: TokenKind };

const DIGIT = '[0-9\\u0660-\\u0669\\u06F0-\\u06F9]';
const LATIN = 'A-Za-z0-9\\u00C0-\\u024F\\u1E00-\\u1EFF';
// Letters, marks and the joiners that live inside Arabic (and Persian) words; ASCII digits only
// continue a Latin word (G20, F-16s), so و٧ stays conjunction + number.
const WORD_CHAR = `(?:[\\p{L}\\p{M}\\u200C\\u200D]|(?<=[${LATIN}])[0-9])`;
// Abbreviations keep their dot as in CoNLL-2003 tokens: U.S., a.m., Mr., vs., and initials before a name (J. Smith).
const ABBREVIATION = [
  '(?:[A-Za-z]\\.){2,}',
  `(?:${ABBREVIATIONS.flatMap((a) => [a, a[0]?.toUpperCase() + a.slice(1)]).join('|')})\\.`,
  '[A-Z]\\.(?=\\s\\p{Lu})',
].join('|');
// The s of a possessive: an s (or S) that ends the word.
const POSSESSIVE_S = '[sS](?![\\p{L}\\p{M}0-9])';
const EMOJI_PART = '\\p{Extended_Pictographic}(?:\\uFE0F|\\p{Emoji_Modifier})?';

// Alternatives are tried in this order at each position; the group that matched gives the kind.
// Whitespace and invisible format characters (Cf) outside words start no token and are skipped.
const PARTS: [TokenKind, string][] = [
  ['url', `(?:https?://|www\\.)[^\\s<>"«»]*[^\\s<>"«».,;:!?)\\]}'’،؛؟]`],
  // Bounded like RFC 5321 (local part ≤ 64, labels ≤ 63) so a long run such as ab_ab_… is not rescanned
  // from every token start, which would make tokenising it quadratic.
  ['email', `[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\\.[A-Za-z0-9-]{1,63})*\\.[A-Za-z]{2,63}`],
  ['hashtag', `#[\\p{L}\\p{M}\\p{Nd}_]+`],
  ['mention', `@[\\p{L}\\p{M}\\p{Nd}_]+`],
  ['emoji', `[0-9#*]\\uFE0F?\\u20E3|\\p{Regional_Indicator}{2}|${EMOJI_PART}(?:\\u200D${EMOJI_PART})*`],
  ['word', ABBREVIATION],
  // Numbers and punctuation take stray marks after them, so a token never ends inside a cluster.
  ['number', `${DIGIT}+(?:[.,\\u066B\\u066C]${DIGIT}+)*[%\\u066A]?\\p{M}*`],
  // Latin words keep internal apostrophes and hyphens: O'Neil, al-Assad, F-16. A final possessive 's
  // is its own token, as CoNLL-2003 (the NER's training data) writes it: "Trump's" is Trump + 's.
  [
    'word',
    `(?:\\p{L}|\\p{M})${WORD_CHAR}*(?:(?<=[${LATIN}])(?:-|['’](?!${POSSESSIVE_S}))(?=[${LATIN}])[\\p{L}0-9]${WORD_CHAR}*)*`,
  ],
  ['word', `(?<=[${LATIN}])['’]${POSSESSIVE_S}`],
  ['punct', `(?:\\.{2,}|\\p{P})\\p{M}*`],
  ['symbol', `[^\\s\\p{Cf}]\\p{M}*`],
];
const KINDS = PARTS.map(([kind]) => kind);
const TOKEN = new RegExp(PARTS.map(([, re]) => `(${re})`).join('|'), 'gu');

/**
 * Splits text into tokens with offsets into the original string.
 * @example
 * tokenize('زار #تميم_بن_حمد الدوحة، 3.5%')
 * // [{ text: 'زار', start: 0, end: 3, kind: 'word' }, { text: '#تميم_بن_حمد', …, kind: 'hashtag' },
 * //  { text: 'الدوحة', kind: 'word' }, { text: '،', kind: 'punct' }, { text: '3.5%', kind: 'number' }]
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const re = new RegExp(TOKEN);
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    let g = 1;
    while (m[g] === undefined) g++;
    const start = m.index;
    tokens.push({ text: m[0], start, end: start + m[0].length, kind: KINDS[g - 1] as TokenKind });
  }
  return tokens;
}
