// High-precision rules and gazetteer fill, applied only to tokens the model left outside any entity.
import { matchKey } from '@shabaka/text';
import { arabicVariants, wordKeys, type WordKeys } from './features.js';
import type { Gazetteer } from './gazetteer.js';
import type { TokenMention } from './token-mention.js';
import { triggerOf } from './triggers.js';

/** Words that may stand between a title and the name: nationalities are found in the gazetteer, these are portfolios and qualifiers. */
const AR_TITLE_FILLERS = new Set(
  'الخارجية الداخلية الدفاع المالية الاقتصاد العدل الإعلام الصحة التعليم الوزراء وزراء مجلس الحكومة الدولة الجمهورية الأركان السابق الأسبق الجديد العام الأول الأعلى التنفيذي المخلوع الراحل'
    .split(' ')
    .map(matchKey),
);
/** Words that are given names too but, right after a title, almost always mean something else (المتحدث باسم). */
const AR_NOT_NAMES = new Set(['باسم', 'رقم', 'عام', 'امس', 'اليوم', 'نفسه', 'شخصيا'].map(matchKey));
const AR_NAME_LINKS = new Set(['بن', 'ابن', 'بنت', 'ابو', 'ابي', 'عبد', 'ال'].map(matchKey));
/** Heads whose «quoted» complement is an organisation name. */
const AR_QUOTED_ORG_HEADS = new Set(
  'تنظيم حزب صحيفة جريدة مجلة قناة حركة جماعة وكالة شركة جمعية مؤسسة ائتلاف تحالف كتائب'.split(' ').map(matchKey),
);
const OPEN_QUOTES = new Set(['«', '"', '“', "'"]);
const CLOSE_QUOTES = new Set(['»', '"', '”', "'"]);
const FILL_CATEGORIES = ['LOC.country', 'LOC.capital'];

function hasCategory(gaz: Gazetteer | null, keys: readonly string[], cats: readonly string[]): boolean {
  if (!gaz) return false;
  return keys.some((k) => gaz.lookup(k)?.some((c) => cats.includes(c)) ?? false);
}

function free(owned: boolean[], start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (owned[i] !== false) return false;
  return true;
}

function claim(owned: boolean[], out: TokenMention[], m: TokenMention): void {
  for (let i = m.start; i < m.end; i++) owned[i] = true;
  out.push(m);
}

/** Title (+ nationality/portfolio) + known given name(s) → PERSON over the name tokens. */
function arabicTitleName(
  tokens: readonly string[],
  keys: string[],
  gaz: Gazetteer | null,
  owned: boolean[],
  out: TokenMention[],
): void {
  for (let i = 0; i < tokens.length; i++) {
    if (triggerOf(arabicVariants(keys[i]!), 'ar') !== 'TITLE') continue;
    let j = i + 1;
    const demonym = (k: string): boolean => hasCategory(gaz, arabicVariants(k), ['DEMONYM']);
    while (j < tokens.length && j - i <= 3 && (AR_TITLE_FILLERS.has(keys[j]!) || demonym(keys[j]!))) j++;
    const isName = (k: string): boolean =>
      hasCategory(gaz, [k], ['PER.word', 'PER.gazet', 'PER.name']) &&
      triggerOf([k], 'ar') === null &&
      !demonym(k) &&
      !AR_NOT_NAMES.has(k);
    // A given name rarely carries the article; words like الجمهورية after a title are part of the title.
    const first = keys[j] ?? '';
    if (j >= tokens.length || first.startsWith('ال') || !free(owned, j, j + 1) || !isName(first)) continue;
    let end = j + 1;
    while (end < tokens.length && end - j < 4 && free(owned, end, end + 1)) {
      const k = keys[end]!;
      if (AR_NAME_LINKS.has(k) && end + 1 < tokens.length && isName(keys[end + 1]!)) end += 2;
      else if (isName(k)) end++;
      else break;
    }
    claim(owned, out, { start: j, end, type: 'PERSON', confidence: 0.85, source: 'rule' });
    i = end - 1;
  }
}

/** تنظيم «X» / حزب "X" … → ORGANIZATION over X. */
function arabicQuotedOrg(tokens: readonly string[], keys: string[], owned: boolean[], out: TokenMention[]): void {
  for (let i = 0; i + 2 < tokens.length; i++) {
    const head = arabicVariants(keys[i]!);
    if (!head.some((k) => AR_QUOTED_ORG_HEADS.has(k)) || !OPEN_QUOTES.has(tokens[i + 1]!)) continue;
    let close = i + 2;
    while (close < tokens.length && close - i <= 8 && !CLOSE_QUOTES.has(tokens[close]!)) close++;
    if (close >= tokens.length || close === i + 2 || !CLOSE_QUOTES.has(tokens[close]!)) continue;
    if (!free(owned, i + 2, close)) continue;
    claim(owned, out, { start: i + 2, end: close, type: 'ORGANIZATION', confidence: 0.9, source: 'rule' });
  }
}

/** English: a title (Mr, President, Gen. …) followed by capitalised words → PERSON. */
function englishTitleName(tokens: readonly string[], owned: boolean[], out: TokenMention[]): void {
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (triggerOf([tokens[i]!.toLowerCase()], 'en') !== 'TITLE') continue;
    let end = i + 1;
    while (
      end < tokens.length &&
      end - i <= 3 &&
      /^[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)*$/.test(tokens[end]!) &&
      free(owned, end, end + 1)
    ) {
      if (triggerOf([tokens[end]!.toLowerCase()], 'en') !== null) break;
      end++;
    }
    if (end > i + 1) claim(owned, out, { start: i + 1, end, type: 'PERSON', confidence: 0.8, source: 'rule' });
  }
}

/** Countries and capitals the model missed, when they stand alone (not inside a larger name). */
function gazetteerFill(
  tokens: readonly string[],
  keysOf: (i: number) => readonly string[],
  lang: 'ar' | 'en',
  gaz: Gazetteer | null,
  owned: boolean[],
  out: TokenMention[],
): void {
  if (!gaz) return;
  // Demonyms (التركية) and prepositions glued to a bare stem (بنوك ≠ ب+نوك) are too ambiguous to fill.
  const variants = tokens.map((_, i) => {
    const keys = keysOf(i);
    return hasCategory(gaz, keys, ['DEMONYM'])
      ? []
      : keys.filter(
          (k) =>
            lang === 'en' ||
            k === keys[0] ||
            k.startsWith('ال') ||
            (keys[0]!.length - k.length === 1 && /^[وف]/.test(keys[0]!)),
        );
  });
  const matches = gaz.match(variants).filter((m) => m.categories.some((c) => FILL_CATEGORIES.includes(c)));
  matches.sort((a, b) => a.start - b.start || b.end - a.end);
  for (const m of matches) {
    if (!free(owned, m.start, m.end)) continue;
    const before = m.start > 0 && (owned[m.start - 1] || triggerOf(variants[m.start - 1] ?? [], lang) === 'ORGHEAD');
    const after = m.end < tokens.length && owned[m.end];
    if (before || after) continue;
    if (lang === 'en' && !/^[A-Z]/.test(tokens[m.start]!)) continue;
    claim(owned, out, { start: m.start, end: m.end, type: 'LOCATION', confidence: 0.75, source: 'gazetteer' });
  }
}

/**
 * Rules, then gazetteer fill, over tokens the model left free (`owned[i] === false`); marks what they take.
 * `words` are the tokens' keys when the caller has them already (the tagger's word analyses).
 * @example applyRules(['الرئيس', 'التركي', 'رجب', 'طيب', 'إردوغان'], 'ar', gaz, [false, false, false, false, false])
 */
export function applyRules(
  tokens: readonly string[],
  lang: 'ar' | 'en',
  gaz: Gazetteer | null,
  owned: boolean[],
  words: readonly WordKeys[] = tokens.map((t) => wordKeys(t, lang)),
): TokenMention[] {
  const out: TokenMention[] = [];
  if (lang === 'ar') {
    const keys = words.map((w) => w.key);
    arabicTitleName(tokens, keys, gaz, owned, out);
    arabicQuotedOrg(tokens, keys, owned, out);
  } else englishTitleName(tokens, owned, out);
  gazetteerFill(tokens, (i) => words[i]!.variants, lang, gaz, owned, out);
  return out;
}
