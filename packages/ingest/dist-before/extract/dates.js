// Date expressions in a sentence (12 مايو، 9 مارس (آذار) الماضي، الخميس، أمس, May 12) and their ISO value.
import { matchKey } from '@shabaka/text';
import { MONTHS, WEEKDAYS } from './lexicon.js';
const D = '[0-9\\u0660-\\u0669]';
const AR_MONTHS =
  'يناير|فبراير|مارس|أبريل|إبريل|ابريل|مايو|يونيو|يوليو|أغسطس|اغسطس|سبتمبر|أكتوبر|اكتوبر|نوفمبر|ديسمبر|كانون الثاني|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين الأول|تشرين الثاني|كانون الأول';
const EN_MONTHS =
  'January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.';
const WEEKDAY_AR = 'الأحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت';
const WEEKDAY_EN = 'Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday';
const REL = '(?:\\s+(?:الماضي|الماضية|المقبل|المقبلة|القادم))?';
const PATTERNS = [
  {
    re: new RegExp(
      `(${D}{1,2})\\s+(${AR_MONTHS})(?:\\s*\\((?:${AR_MONTHS})\\))?(?:\\s+(?:عام\\s+)?(${D}{4}))?${REL}`,
      'gu',
    ),
    kind: 'dmy',
  },
  { re: new RegExp(`(${D}{1,2})\\s+(${EN_MONTHS})(?:,?\\s+(${D}{4}))?`, 'gu'), kind: 'dmy' },
  { re: new RegExp(`(${EN_MONTHS})\\s+(${D}{1,2})(?:,\\s+(${D}{4}))?`, 'gu'), kind: 'mdy' },
  {
    re: new RegExp(
      `(${AR_MONTHS})(?:\\s*\\((?:${AR_MONTHS})\\))?(?:\\s+(?:عام\\s+)?(${D}{4})|\\s+(?:الماضي|المقبل))`,
      'gu',
    ),
    kind: 'my',
  },
  { re: new RegExp(`(?:in|since|last|next)\\s+(${EN_MONTHS})(?:\\s+(${D}{4}))?\\b`, 'gu'), kind: 'my' },
  { re: new RegExp(`(?<=^|[^\\p{L}]|[^\\p{L}][وب])(?:يوم\\s+)?(${WEEKDAY_AR})${REL}(?![\\p{L}])`, 'gu'), kind: 'wd' },
  { re: new RegExp(`\\b(?:on\\s+|last\\s+|next\\s+)?(${WEEKDAY_EN})\\b`, 'gu'), kind: 'wd' },
  { re: /(?<=^|[^\p{L}]|[^\p{L}][وب])(أول أمس|أمس|الأمس|غدا|غداً|yesterday|tomorrow)(?![\p{L}])/gu, kind: 'rel' },
  { re: new RegExp(`(?:عام|العام|سنة|in)\\s+(${D}{4})`, 'gu'), kind: 'y' },
];
const toAscii = (s) => s.replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660));
const pad = (n) => String(n).padStart(2, '0');
const iso = (d) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
function parsePublished(publishedAt) {
  if (!publishedAt) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(publishedAt);
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : undefined;
}
function resolve(kind, m, pub, future) {
  const text = m[0];
  const after = /المقبل|القادم|next/.test(text) || future;
  if (kind === 'dmy' || kind === 'mdy') {
    const day = Number(toAscii(kind === 'dmy' ? (m[1] ?? '') : (m[2] ?? '')));
    const month = MONTHS.get(matchKey((kind === 'dmy' ? m[2] : m[1]) ?? '').replace(/\.$/, ''));
    if (!month || day < 1 || day > 31) return null;
    const year = m[3] ? Number(toAscii(m[3])) : undefined;
    if (year) return `${year}-${pad(month)}-${pad(day)}`;
    if (!pub) return null;
    let y = pub.getUTCFullYear();
    // A past event dated after publication belongs to the previous year (and a future one before it, to the next).
    const candidate = Date.UTC(y, month - 1, day);
    if (!after && candidate > pub.getTime() + 7 * 864e5) y--;
    if (after && candidate < pub.getTime()) y++;
    return `${y}-${pad(month)}-${pad(day)}`;
  }
  if (kind === 'my') {
    const month = MONTHS.get(matchKey(m[1] ?? ''));
    if (!month) return null;
    if (m[2]) return `${toAscii(m[2])}-${pad(month)}`;
    if (!pub) return null;
    // A month without a year is the last one before publication (الماضي, past tense), or the next (المقبل, future).
    let y = pub.getUTCFullYear();
    const current = pub.getUTCMonth() + 1;
    if (after ? month < current : month > current || (/الماضي|last/.test(text) && month === current))
      y += after ? 1 : -1;
    return `${y}-${pad(month)}`;
  }
  if (kind === 'y') return toAscii(m[1] ?? '');
  if (!pub) return null;
  if (kind === 'wd') {
    const wd = WEEKDAYS.get(matchKey((m[1] ?? '').toLowerCase()));
    if (wd === undefined) return null;
    const diff = (pub.getUTCDay() - wd + 7) % 7;
    const d = new Date(pub.getTime() + (after ? (wd - pub.getUTCDay() + 7) % 7 || 7 : -diff) * 864e5);
    return iso(d);
  }
  const word = matchKey(m[1] ?? '');
  const offset = /اول امس/.test(word) ? -2 : /امس|yesterday/.test(word) ? -1 : 1;
  return iso(new Date(pub.getTime() + offset * 864e5));
}
/**
 * Date expressions of a sentence, longest first at each position, in text order.
 * @example findDates('اجتمعوا في 12 مايو.', '2025-05-14')[0] // { text: '12 مايو', iso: '2025-05-12', … }
 */
export function findDates(sentence, publishedAt, future = false) {
  const pub = parsePublished(publishedAt);
  const found = [];
  for (const { re, kind } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
      const start = m.index;
      const end = start + m[0].length;
      if (found.some((f) => f.start < end && start < f.end)) continue;
      found.push({ text: m[0].trim(), start, end, iso: resolve(kind, m, pub, future) });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
//# sourceMappingURL=dates.js.map
