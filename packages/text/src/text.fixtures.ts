// fast-check arbitraries for property tests: mixed Arabic/Latin text with the characters that break offset code.
import fc from 'fast-check';

/** Pieces chosen to stress normalisation and offsets: each is one arbitrary "unit" of a string. */
const PIECES: string[] = [
  ...'بالأإآٱىةؤئءوفكيهرس', // letters, with every alef, yeh, taa-marbuta and hamza form
  ...'\u064E\u064B\u0651\u0652\u0670\u0653\u0654\u0655ـ', // tashkeel, madda, hamza marks, tatweel
  ...'ﻻﷲﺏﻼ', // presentation forms that NFKC expands
  ...'٣٫٬٪۴07.,%،؛؟«»"\'()!?…#@', // digits and punctuation
  ...'AzÉßİﬁＡǅ\u0301', // Latin with case, ligatures, a lone combining acute
  ...' \n\t\u00A0\u200B\u200C\u200D\u200F\u202B\u2066\uFEFF\u00AD', // spaces, zero-width and bidi controls
  ...'\u1100\u1161\u11A8カ\uFF9E', // Hangul jamo and kana voicing, which NFKC composes across clusters
  ...[
    '\uD800', // lone surrogate halves, kept apart so they cannot pair up here
    '\uDC00',
    'e\u0301',
    '  ',
    '😀',
    '👍🏽',
    '👨‍👩‍👧',
    '🇸🇦',
    '1\uFE0F\u20E3',
    '𝐀',
    'http://a.b/c',
    'x@y.io',
    'Mr.',
    'U.S.',
    '3.5',
    'د.',
  ],
];

/** One unit: mostly the pieces above, sometimes any code point at all. */
const unit = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...PIECES) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
);

/** Strings of up to 40 units of mixed scripts, marks, controls and surrogates. */
export const mixedText = fc.string({ unit, maxLength: 40 });

/** Arabic-looking words: letters with optional marks. */
export const arabicWord = fc.string({
  unit: fc.constantFrom('و', 'ف', 'ب', 'ل', 'ك', 'ا', 'ل', 'م', 'ر', 'س', 'ي', 'ة', 'أ', '\u064E', '\u0651', 'ـ'),
  minLength: 1,
  maxLength: 10,
});

/** Seeded runs keep failures reproducible; FC_SEED and FC_NUM_RUNS allow a deeper local search. */
export const PROPERTY_RUNS = {
  seed: Number(process.env.FC_SEED ?? 20261129),
  numRuns: Number(process.env.FC_NUM_RUNS ?? 400),
} as const;
