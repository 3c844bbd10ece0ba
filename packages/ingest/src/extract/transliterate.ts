// The rule romanisation of shabaka-rules@0.1.0 (ANETAC word lexicon + letter rules): extraction now uses the learned
// romaniser (src/romanise); this stays as the baseline `eval:romaniser` scores it against.
import { matchKey, stripArticle } from '@shabaka/text';

const LETTERS: Record<string, string> = {
  ا: 'a',
  أ: 'a',
  إ: 'i',
  آ: 'a',
  ء: '',
  ؤ: 'u',
  ئ: 'i',
  ب: 'b',
  ت: 't',
  ث: 'th',
  ج: 'j',
  ح: 'h',
  خ: 'kh',
  د: 'd',
  ذ: 'dh',
  ر: 'r',
  ز: 'z',
  س: 's',
  ش: 'sh',
  ص: 's',
  ض: 'd',
  ط: 't',
  ظ: 'z',
  ع: '',
  غ: 'gh',
  ف: 'f',
  ق: 'q',
  ك: 'k',
  ل: 'l',
  م: 'm',
  ن: 'n',
  ه: 'h',
  ة: 'a',
  و: 'w',
  ي: 'y',
  ى: 'a',
  پ: 'p',
  چ: 'ch',
  ژ: 'zh',
  گ: 'g',
  ڤ: 'v',
  ک: 'k',
  ی: 'y',
};

/** Romanises one Arabic word letter by letter, with long vowels where Arabic writes them. */
function romanise(word: string): string {
  let out = '';
  const w = word.replace(/[\u064b-\u065f\u0670\u0640]/g, '');
  for (let i = 0; i < w.length; i++) {
    const c = w[i] as string;
    const prev = out.slice(-1);
    const consonantBefore = prev !== '' && !/[aeiou]/.test(prev);
    if (c === 'ع') out += i === 0 ? 'A' : /[aiu]$/.test(out) ? '' : 'a';
    else if (c === 'و') out += consonantBefore && i > 0 ? 'u' : 'w';
    else if (c === 'ي') out += consonantBefore && i > 0 ? 'i' : 'y';
    else if (c === 'ا' && i > 0) out += prev === 'a' ? '' : 'a';
    else out += LETTERS[c] ?? c;
  }
  return out;
}

const titleCase = (s: string): string =>
  s.replace(/(^|[\s-])(\p{Ll})/gu, (_, a: string, b: string) => a + b.toUpperCase());

/**
 * English display name of an Arabic (or already Latin) name.
 * @example transliterate('عبد القادر', new Map()) // 'Abd Alqadr'-like romanisation when ANETAC lacks the words
 */
export function transliterate(name: string, lexicon: ReadonlyMap<string, string>): string {
  if (!/[\u0600-\u06ff]/.test(name)) return name;
  const words = name.split(/\s+/).filter(Boolean);
  const latin = words.map((w) => {
    const k = matchKey(w);
    const hit = lexicon.get(k);
    if (hit) return hit;
    const bare = stripArticle(k);
    if (bare !== k) {
      const b = lexicon.get(bare);
      return `al-${b ? b.toLowerCase() : romanise(w.slice(w.length - bare.length))}`;
    }
    return romanise(w);
  });
  const out = titleCase(latin.join(' ').replace(/\s+/g, ' ').trim());
  return out.replace(/^Al-/, 'al-').replace(/^al-/, 'Al-') || name;
}
