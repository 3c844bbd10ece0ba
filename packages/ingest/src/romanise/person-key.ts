// The identity key of a person the knowledge base does not know: the English name folded so that spellings which
// differ only in how a romanisation writes the same sounds (Barak/Barack, Mohamed/Mohammed, al-Ghamdi/Alghamdi)
// agree, and an Arabic and an English mention of one person get one entity id.
import { latinLetters } from './letters.js';

/** Spelling variants of one sound, applied in order (longer patterns first). */
const SOUNDS: readonly [RegExp, string][] = [
  [/ph/g, 'f'],
  [/v/g, 'w'],
  [/ck/g, 'k'],
  [/q/g, 'k'],
  [/c(?=[aou]|$)/g, 'k'],
  [/ou|oo|u/g, 'o'],
  [/ee|ei|ey$|ie|y$/g, 'i'],
  [/(.)\1+/g, '$1'],
  [/(?<=[aeiou])h$/g, ''],
];

/**
 * `person:` + the folded English name: tokens lowercased and accent-free, the article joined to its noun, initials
 * and honorific particles dropped, sound-alike spellings folded.
 * @example personKey('Barak Obama') === personKey('Barack Obama') // true
 * @example personKey('Ali al-Ghamdi') === personKey('Ali Alghamdi') // true
 */
export function personKey(nameEn: string): string {
  const words = nameEn
    .replace(/\b(al|el)[-\s]+/gi, 'al')
    .split(/[\s\-–]+/)
    .map(latinLetters)
    .filter((w) => w.length > 1);
  return `person:${words.map((w) => SOUNDS.reduce((s, [re, to]) => s.replace(re, to), w)).join(' ')}`;
}
