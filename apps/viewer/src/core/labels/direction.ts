// Text direction of a label: the first strong character decides, as in the Unicode bidi algorithm (P2/P3).

// Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan, Mandaic, Arabic Extended, Arabic presentation forms.
const RTL = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/;
const LTR = /[A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff]/;

/**
 * Whether a label reads right to left: its first strong character is Arabic, Hebrew or another RTL script.
 * @example isRtl('هاكان فيدان') // true
 * @example isRtl('Hakan Fidan (فيدان)') // false
 */
export function isRtl(text: string): boolean {
  for (const char of text) {
    if (RTL.test(char)) return true;
    if (LTR.test(char)) return false;
  }
  return false;
}

/** First-strong isolate … pop directional isolate (UAX #9): the text inside takes its own direction. */
export const FSI = '\u2068';
export const LRI = '\u2066';
export const PDI = '\u2069';

/**
 * "from → to" that reads in that order wherever the text lands — on screen, copied into an Arabic document,
 * read aloud: each name is isolated (an Arabic name cannot pull the arrow to its side) and the whole runs
 * left to right, the way the arrow points.
 * @example pathHeading('هاكان فيدان', 'دونالد ترمب') // '\u2066\u2068هاكان فيدان\u2069 → \u2068دونالد ترمب\u2069\u2069'
 */
export function pathHeading(from: string, to: string): string {
  return `${LRI}${FSI}${from}${PDI} → ${FSI}${to}${PDI}${PDI}`;
}
