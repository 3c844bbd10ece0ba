// Per-character folding rules for matching: tashkeel, tatweel, alef/yeh/taa-marbuta/hamza forms, digits, controls.

/** Returned by `foldCode` for characters that matching removes. */
export const DROP = -1;

const ALEF = 0x0627;
const YEH = 0x064a;

/** Folding of the Arabic block U+0600–U+06FF: code → replacement, DROP, or itself. */
const ARABIC = new Int32Array(0x100);
for (let i = 0; i < 0x100; i++) ARABIC[i] = 0x0600 + i;
function set(code: number, to: number): void {
  ARABIC[code - 0x0600] = to;
}
// Tashkeel (fathatan … sukun, Quranic signs up to U+065F) and the superscript alef.
for (let c = 0x064b; c <= 0x065f; c++) set(c, DROP);
set(0x0670, DROP);
set(0x0640, DROP); // tatweel stretches a word and carries no letter
set(0x061c, DROP); // Arabic letter mark: a bidi control
// Quranic annotation marks, which some sources paste into news quotes.
for (const [a, b] of [
  [0x06d6, 0x06dc],
  [0x06df, 0x06e4],
  [0x06e7, 0x06e8],
  [0x06ea, 0x06ed],
] as const) {
  for (let c = a; c <= b; c++) set(c, DROP);
}
for (const c of [0x0622, 0x0623, 0x0625, 0x0671, 0x0672, 0x0673]) set(c, ALEF);
set(0x0649, YEH); // alef maqsura is written for final yeh and the reverse
set(0x06cc, YEH); // Farsi yeh, common in text typed on Persian keyboards
set(0x0629, 0x0647); // taa marbuta ↔ haa: both are written at word end
set(0x0624, 0x0648); // hamza on waw
set(0x0626, YEH); // hamza on yeh
set(0x06a9, 0x0643); // keheh (Persian kaf)
for (let d = 0; d < 10; d++) {
  set(0x0660 + d, 0x30 + d);
  set(0x06f0 + d, 0x30 + d);
}
set(0x066a, 0x25); // Arabic percent sign
set(0x066b, 0x2e); // Arabic decimal separator
set(0x066c, 0x2c); // Arabic thousands separator

function isInvisibleControl(code: number): boolean {
  return (
    (code >= 0x200b && code <= 0x200f) ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2060 && code <= 0x2064) ||
    (code >= 0x2066 && code <= 0x2069) ||
    code === 0xfeff ||
    code === 0x00ad
  );
}

/**
 * The code a UTF-16 unit folds to for matching, or DROP. Non-ASCII Latin letters are lowercased
 * by `foldChar`/`foldString` because a few of them change length.
 * @example foldCode(0x0623) // 0x0627: أ → ا
 */
export function foldCode(code: number): number {
  if (code < 0x80) return code >= 0x41 && code <= 0x5a ? code + 32 : code;
  if (code >= 0x0600 && code <= 0x06ff) return ARABIC[code - 0x0600] as number;
  if (isInvisibleControl(code)) return DROP;
  return code;
}

const LATIN = /\p{Script=Latin}/u;

/**
 * Whether a code point is a Latin letter that lowercasing changes.
 * @example isUpperLatin('É') // true
 */
export function isUpperLatin(ch: string): boolean {
  return LATIN.test(ch) && ch.toLowerCase() !== ch;
}

/** Characters `foldCode` or Latin lowercasing may change: a fast test before doing any work. */
export const FOLDABLE = /[\p{Lu}\p{Lt}\u0600-\u06ff\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u00ad]/u;

/**
 * Folds one code point (as a string) for matching: '' when it is dropped.
 * @example foldChar('أ') // 'ا'
 */
export function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (ch.length === 1) {
    const folded = foldCode(code);
    if (folded === DROP) return '';
    if (folded !== code) return String.fromCharCode(folded);
    if (mayBeUpperLatin(code) && isUpperLatin(ch)) return ch.toLowerCase();
  }
  return ch;
}

/** Cheap pre-test: ASCII is handled by foldCode, and the Arabic block has no Latin. */
function mayBeUpperLatin(code: number): boolean {
  return code >= 0xc0 && (code < 0x0600 || code > 0x06ff);
}

/**
 * Folds a whole (already NFKC) string for matching, without offsets. Same result as `foldChar`
 * on every code point; copies unchanged runs in one slice.
 * @example foldString('الأُمَم') // 'الامم'
 */
export function foldString(text: string): string {
  if (!FOLDABLE.test(text)) return text;
  let out = '';
  let from = 0; // start of the run not yet copied
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const folded = foldCode(code);
    let replacement: string | undefined;
    if (folded === DROP) replacement = '';
    else if (folded !== code) replacement = String.fromCharCode(folded);
    else if (mayBeUpperLatin(code) && isUpperLatin(text[i] as string)) replacement = (text[i] as string).toLowerCase();
    if (replacement !== undefined) {
      out += text.slice(from, i) + replacement;
      from = i + 1;
    }
  }
  return from === 0 ? text : out + text.slice(from);
}
