// The English label of a role: the key that makes "وزير الخارجية" and "foreign minister" one HOLDS_ROLE edge.
import { matchKey } from '@shabaka/text';

/** Words of an Arabic role, matchKeyed, each without its article (الوزراء → وزراء). */
const roleWords = (s: string): string[] =>
  matchKey(s)
    .split(' ')
    .map((w) => (w.startsWith('ال') && w.length > 3 ? w.slice(2) : w));

/** Role nouns (singular, article dropped) → English. */
const NOUNS: ReadonlyMap<string, string> = new Map(
  (
    [
      ['رئيس', 'president'],
      ['وزير', 'minister'],
      ['ملك', 'king'],
      ['امير', 'emir'],
      ['زعيم', 'leader'],
      ['قائد', 'commander'],
      ['امين', 'secretary'],
      ['مستشار', 'adviser'],
      ['سفير', 'ambassador'],
      ['مدير', 'director'],
      ['نائب', 'deputy'],
      ['متحدث', 'spokesman'],
      ['كبير', 'chief'],
      ['محافظ', 'governor'],
      ['مبعوث', 'envoy'],
      ['ولي العهد', 'crown prince'],
      ['رئيس الوزراء', 'prime minister'],
      ['رئيس الحكومه', 'prime minister'],
      ['رئيس الجمهوريه', 'president'],
      ['امين عام', 'secretary general'],
      ['رئيس الاركان', 'chief of staff'],
      ['كبير المفاوضين', 'chief negotiator'],
      ['متحدث باسم', 'spokesman'],
    ] as const
  ).map(([ar, en]) => [roleWords(ar).join(' '), en]),
);

/** Ministries' domains: "وزير X" is "X minister". */
const DOMAINS: ReadonlyMap<string, string> = new Map(
  (
    [
      ['خارجيه', 'foreign'],
      ['داخليه', 'interior'],
      ['دفاع', 'defense'],
      ['ماليه', 'finance'],
      ['عدل', 'justice'],
      ['اقتصاد', 'economy'],
      ['طاقه', 'energy'],
      ['نفط', 'oil'],
      ['صحه', 'health'],
      ['تجاره', 'trade'],
      ['اعلام', 'information'],
      ['خزانه', 'treasury'],
      ['دوله', 'state'],
    ] as const
  ).map(([ar, en]) => [matchKey(ar), en]),
);

/** Spelling variants of English role labels folded to one. */
const EN_VARIANTS: readonly [RegExp, string][] = [
  [/\bdefence\b/g, 'defense'],
  [/-/g, ' '],
  [/\bspokes(wo)?(man|person)\b/g, 'spokesman'],
];

/**
 * English label of a role text as extraction writes it (Arabic singular with its complements, or English), or
 * null when no part of it is known (the role then stays keyed by its own text).
 * @example roleEn('وزير الخارجية') // 'foreign minister'
 * @example roleEn('Defence Minister') // 'defense minister'
 */
export function roleEn(role: string | null): string | null {
  if (!role) return null;
  if (!/[\u0600-\u06ff]/.test(role))
    return EN_VARIANTS.reduce((s, [re, to]) => s.replace(re, to), role.toLowerCase()).trim();
  const words = roleWords(role);
  const whole = NOUNS.get(words.join(' '));
  if (whole) return whole;
  const [noun = '', ...rest] = words;
  const head = NOUNS.get(noun);
  if (!head) return null;
  if (rest.length === 0) return head;
  const domain = rest.length === 1 ? DOMAINS.get(rest[0] as string) : undefined;
  return domain && head === 'minister' ? `${domain} minister` : null;
}
