// Spelling normalisation shared by training and romanising: both sides must see the same letters.

/**
 * An Arabic word as the romaniser reads it: harakat, tatweel and non-letters dropped, ٱ read as ا,
 * Persian kaf/yeh read as Arabic. Hamza seats and ة/ه/ى are kept: they change the spelling (أ vs إ, ة vs ه).
 * @example arabicLetters('مُحَمّـد') // 'محمد'
 */
export function arabicLetters(word: string): string {
  return word
    .normalize('NFC')
    .replace(/ٱ/g, 'ا')
    .replace(/ک/g, 'ك')
    .replace(/ی/g, 'ي')
    .replace(/[^\u0621-\u063a\u0641-\u064a\u067e\u0686\u0698\u06a4\u06af]/g, '');
}

/**
 * An English name token as the romaniser learns it: accents folded, lowercase, letters only.
 * @example latinLetters("Muḥammad") // 'muhammad'
 */
export function latinLetters(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
}

/**
 * Hamza seats and final forms folded, for a second lexicon lookup when a text spells a name loosely (اسامة for أسامة).
 * @example foldHamza('أسامة') // 'اسامه'
 */
export function foldHamza(word: string): string {
  return word.replace(/[أإآ]/g, 'ا').replace(/ة/g, 'ه').replace(/ى/g, 'ي');
}
