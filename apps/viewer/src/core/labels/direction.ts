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
