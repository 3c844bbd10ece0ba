// Script of a character and language detection by the ratio of Arabic to Latin letters.

export type Script = 'arabic' | 'latin' | 'common' | 'inherited' | 'other';

const ARABIC = /^\p{Script=Arabic}/u;
const LATIN = /^\p{Script=Latin}/u;
const COMMON = /^\p{Script=Common}/u;
const INHERITED = /^\p{Script=Inherited}/u;

/**
 * The Unicode script of the first code point of `char`: 'common' for digits, punctuation and
 * spaces; 'inherited' for combining marks such as most tashkeel.
 * @example scriptOf('ب') // 'arabic'
 */
export function scriptOf(char: string): Script {
  const code = char.charCodeAt(0);
  if (code < 0x80) return (code | 32) >= 0x61 && (code | 32) <= 0x7a ? 'latin' : 'common';
  if (code >= 0x0621 && code <= 0x064a) return 'arabic';
  if (ARABIC.test(char)) return 'arabic';
  if (LATIN.test(char)) return 'latin';
  if (COMMON.test(char)) return 'common';
  if (INHERITED.test(char)) return 'inherited';
  return 'other';
}

export type Language = 'ar' | 'en' | 'und';

// Letters only: Arabic script also holds digits, tashkeel and punctuation.
const ARABIC_LETTERS = /(?=\p{L})\p{Script=Arabic}/gu;
const LATIN_LETTERS = /(?=\p{L})\p{Script=Latin}/gu;
const LETTERS = /\p{L}/gu;

/**
 * Language of a text by script: 'ar' when at least half of its letters are Arabic script,
 * 'en' when at least half are Latin, else (or with no letters) 'und'. Latin is taken as English
 * because our sources are Arabic and English news.
 * @example detectLanguage('قال Erdogan إن تركيا…') // 'ar'
 */
export function detectLanguage(text: string): Language {
  const letters = text.match(LETTERS)?.length ?? 0;
  if (letters === 0) return 'und';
  const arabic = text.match(ARABIC_LETTERS)?.length ?? 0;
  const latin = text.match(LATIN_LETTERS)?.length ?? 0;
  if (arabic * 2 >= letters && arabic > latin) return 'ar';
  if (latin * 2 >= letters && latin > arabic) return 'en';
  return 'und';
}
