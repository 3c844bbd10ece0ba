// Date expressions in a sentence (12 مايو، السابع من الشهر الحالي، الخميس، أمس، العام الماضي, May 12, last year)
// and their ISO value resolved against the article's publication date.
import { matchKey } from '@shabaka/text';
import { MONTHS, WEEKDAYS } from './lexicon.js';

/** A date expression: its text, character span in the sentence, and ISO value when resolvable. */
export interface DateMention {
  text: string;
  start: number;
  end: number;
  /**
   * YYYY-MM-DD, YYYY-MM or YYYY; null when the text fixes no day, month or year (`الأسبوع الماضي`,
   * `last week`) or is relative and the article date is unknown.
   */
  iso: string | null;
}

/** Alef, teh marbuta and alef maqsura variants of a word, as a regex source (text keeps its spelling). */
const loose = (word: string): string =>
  word
    .replace(/[أإآا]/g, '[أإآا]')
    .replace(/ة$/, '[ةه]')
    .replace(/ى$/, '[ىي]');
const alt = (words: readonly string[]): string =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map(loose)
    .join('|');

const D = '[0-9\\u0660-\\u0669]';
const AR_MONTHS = alt([
  'يناير',
  'فبراير',
  'مارس',
  'أبريل',
  'إبريل',
  'مايو',
  'يونيو',
  'يوليو',
  'أغسطس',
  'سبتمبر',
  'أكتوبر',
  'نوفمبر',
  'ديسمبر',
  'كانون الثاني',
  'شباط',
  'آذار',
  'نيسان',
  'أيار',
  'حزيران',
  'تموز',
  'آب',
  'أيلول',
  'تشرين الأول',
  'تشرين الثاني',
  'كانون الأول',
]);
/** The Levantine name after the Egyptian one: "مايو (أيار)", "مارس آذار", "تموز - يوليو". */
const AR_ALSO = `(?:\\s*\\(\\s*(?:${AR_MONTHS})\\s*\\)|\\s*[-–]\\s*(?:${AR_MONTHS})|\\s+(?:${AR_MONTHS}))?`;
const EN_MONTHS =
  'January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.';
const WEEKDAY_AR = alt(['الأحد', 'الاثنين', 'الإثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت']);
const WEEKDAY_EN = 'Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday';
const PAST_AR = 'الماضي|الماضية|المنصرم|المنصرمة|الفائت|الفائتة';
const NEXT_AR = 'المقبل|المقبلة|القادم|القادمة';
const REL = `(?:\\s+(?:${PAST_AR}|${NEXT_AR}))?`;
/** Not inside a word; Arabic proclitics و/ب/ل/ف may stick to the expression. */
const AR_BEFORE = '(?<=^|[^\\p{L}]|[^\\p{L}][وبلف])';
const AR_AFTER = '(?![\\p{L}])';

const UNITS = ['الحادي', 'الثاني', 'الثالث', 'الرابع', 'الخامس', 'السادس', 'السابع', 'الثامن', 'التاسع'];
/** Arabic ordinal day numbers 1–31 (الأول … الحادي والثلاثين) → their value. */
const ORDINAL_WORDS: readonly (readonly [string, number])[] = [
  ['الأول', 1],
  ...UNITS.slice(1).map((u, i) => [u, i + 2] as const),
  ['العاشر', 10],
  ...UNITS.map((u, i) => [`${u} عشر`, i + 11] as const),
  ['العشرين', 20],
  ...UNITS.map((u, i) => [`${u} والعشرين`, i + 21] as const),
  ['الثلاثين', 30],
  ['الحادي والثلاثين', 31],
];
const ORDINALS: ReadonlyMap<string, number> = new Map(ORDINAL_WORDS.map(([w, n]) => [matchKey(w), n]));
const ORD = alt(ORDINAL_WORDS.map(([w]) => w));

type Direction = 'past' | 'future' | 'either';

interface Resolve {
  m: RegExpExecArray;
  pub: Date | undefined;
  /** past: on or before publication; future: on or after; either: the text does not say (see `nearestYear`). */
  direction: Direction;
}

const toAscii = (s: string): string => s.replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660));
const num = (s: string | undefined): number => Number(toAscii(s ?? ''));
const pad = (n: number): string => String(n).padStart(2, '0');
const DAY = 864e5;
const isoDay = (t: number): string => {
  const d = new Date(t);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
};
const monthOf = (name: string | undefined): number | undefined =>
  MONTHS.get(
    matchKey(name ?? '')
      .replace(/\.$/, '')
      .toLowerCase(),
  );
/** YYYY-MM-DD when the day exists in that month. */
const ymd = (y: number, month: number, day: number): string | null =>
  month >= 1 && month <= 12 && day >= 1 && new Date(Date.UTC(y, month - 1, day)).getUTCDate() === day
    ? `${y}-${pad(month)}-${pad(day)}`
    : null;

/**
 * Of the years around publication, the one that puts a date nearest it on the side the text points to:
 * on or before publication for the past (strictly before for "الماضي"/"last"), on or after for the future,
 * and when the text says neither, the nearest with days after publication counting double — news dates
 * are mostly recent, but "due in court on February 1" in December is next February, and wire style drops
 * the year of near dates on both sides.
 * @param offset the date's distance from publication (any unit) in a given year
 */
function nearestYear(year: number, offset: (y: number) => number, direction: Direction, strict: boolean): number {
  let best = year;
  let bestCost = Infinity;
  for (const y of [year - 1, year, year + 1]) {
    const d = offset(y);
    if (direction === 'past' && (d > 0 || (strict && d === 0))) continue;
    if (direction === 'future' && (d < 0 || (strict && d === 0))) continue;
    const cost = d > 0 ? 2 * d : -d;
    if (cost < bestCost) [best, bestCost] = [y, cost];
  }
  return best;
}

/** A day and month, the year from the text or else chosen by `nearestYear`. */
function dayMonth(day: number, month: number, year: number | undefined, r: Resolve): string | null {
  if (year !== undefined) return ymd(year, month, day);
  if (!r.pub) return null;
  const pub = r.pub.getTime();
  const y = nearestYear(r.pub.getUTCFullYear(), (yy) => (Date.UTC(yy, month - 1, day) - pub) / DAY, r.direction, false);
  return ymd(y, month, day);
}

/** A month without a year (YYYY-MM), the year chosen by `nearestYear` in months. */
function monthOnly(month: number, r: Resolve, strict: boolean): string | null {
  if (!r.pub) return null;
  const y0 = r.pub.getUTCFullYear();
  const current = r.pub.getUTCMonth() + 1;
  return `${nearestYear(y0, (y) => (y - y0) * 12 + month - current, r.direction, strict)}-${pad(month)}`;
}

/** A shift of the publication month (0 this month, -1 last month). */
function shiftMonth(pub: Date, by: number): string {
  const d = new Date(Date.UTC(pub.getUTCFullYear(), pub.getUTCMonth() + by, 1));
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`;
}

/** A weekday: the last such day on or before publication (strictly before for "last"), or the next one. */
function weekday(name: string | undefined, r: Resolve, strict: boolean): string | null {
  const wd = WEEKDAYS.get(matchKey((name ?? '').toLowerCase()));
  if (wd === undefined || !r.pub) return null;
  const pubDay = r.pub.getUTCDay();
  if (r.direction === 'future') return isoDay(r.pub.getTime() + ((wd - pubDay + 7) % 7 || 7) * DAY);
  return isoDay(r.pub.getTime() - ((pubDay - wd + 7) % 7 || (strict ? 7 : 0)) * DAY);
}

const pastWord = new RegExp(`${PAST_AR}|\\blast\\b`, 'u');
const nextWord = new RegExp(`${NEXT_AR}|\\bnext\\b`, 'u');
/** The direction a text points to: its own "last"/"next" word first, then the clause's modality. */
const directionOf = (text: string, future: boolean): Direction =>
  nextWord.test(text) ? 'future' : pastWord.test(text) ? 'past' : future ? 'future' : 'either';

const dayOffset = (pub: Date | undefined, days: number): string | null =>
  pub ? isoDay(pub.getTime() + days * DAY) : null;

/** Relative day words → offset from publication. Checked in order: longer phrases first. */
const RELATIVE_DAYS: readonly [RegExp, number][] = [
  [/أول\s+[أا]مس|day before yesterday/i, -2],
  [/بعد\s+غد|day after tomorrow/i, 2],
  [/[أا]مس|yesterday|last night|الليلة الماضية|البارحة/i, -1],
  [/غد|tomorrow/i, 1],
  [/اليوم|الليلة|today|tonight|this morning|this evening/i, 0],
];
const offsetOf = (text: string): number => RELATIVE_DAYS.find(([re]) => re.test(text))?.[1] ?? 0;

const DAY_PART_AR = '(?:صباح|مساء|ليل|ليلة|نهار|ظهر|فجر|عصر|يوم)\\s+';
/** "اليوم" names a day only alone: not "اليوم الوطني", "ذلك اليوم", "في اليوم التالي" or an outlet ("عين اليوم"). */
const NOT_TODAY_BEFORE = '(?<!(?:ذلك|نفس|في|من|كل|حتى|عين|روسيا|مصر)\\s+)';
const NOT_TODAY_AFTER = `(?!\\s+(?!(?:${WEEKDAY_AR})${AR_AFTER})ال\\p{L})`;
const RELATIVE_AR = `(?:${DAY_PART_AR})?(?:أول\\s+[أا]مس|بعد\\s+غد|[أا]مس|البارحة|غدا|غداً|غدًا|غد|الليلة الماضية|${NOT_TODAY_BEFORE}(?:اليوم|الليلة)${NOT_TODAY_AFTER})`;

interface Pattern {
  re: RegExp;
  /** The ISO value; null when the text fixes none; undefined when the match is not a date after all. */
  resolve: (r: Resolve) => string | null | undefined;
}

const PATTERNS: Pattern[] = [
  // 2015-05-12
  {
    re: /(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d-])/gu,
    resolve: ({ m }) => ymd(num(m[1]), num(m[2]), num(m[3])),
  },
  // 12/5/2015 only when the day cannot be the month (day-first and month-first orders both occur).
  {
    re: new RegExp(`(?<![\\d/])(${D}{1,2})/(${D}{1,2})/(${D}{4})(?![\\d/])`, 'gu'),
    resolve: ({ m }) => {
      const [a, b, y] = [num(m[1]), num(m[2]), num(m[3])];
      if (a > 12 || a === b) return ymd(y, b, a);
      return b > 12 ? ymd(y, a, b) : null;
    },
  },
  // أمس (الخميس)، اليوم الثلاثاء، يوم غد الأربعاء: the relative word fixes the day.
  {
    re: new RegExp(`${AR_BEFORE}(${RELATIVE_AR})(?:\\s*\\(\\s*|\\s+)(?:يوم\\s+)?(${WEEKDAY_AR})\\)?${AR_AFTER}`, 'gu'),
    resolve: ({ m, pub }) => dayOffset(pub, offsetOf(m[1] ?? '')),
  },
  // السابع (والثامن) من (شهر) يوليو (تموز) (2015) (الماضي)
  {
    re: new RegExp(
      `${AR_BEFORE}(${ORD})(?:\\s+و(?:${ORD}))?\\s+من\\s+(?:شهر\\s+)?(${AR_MONTHS})${AR_ALSO}(?:\\s+(?:عام\\s+)?(${D}{4}))?${REL}${AR_AFTER}`,
      'gu',
    ),
    resolve: (r) => {
      const month = monthOf(r.m[2]);
      return month
        ? dayMonth(ORDINALS.get(matchKey(r.m[1] ?? '')) ?? 0, month, r.m[3] ? num(r.m[3]) : undefined, r)
        : null;
    },
  },
  // السابع من الشهر الحالي / الجاري / الماضي / المقبل، من هذا الشهر
  {
    re: new RegExp(
      `${AR_BEFORE}(${ORD})\\s+من\\s+(?:هذا\\s+الشهر|الشهر\\s+(الحالي|الجاري|${PAST_AR}|${NEXT_AR}))${AR_AFTER}`,
      'gu',
    ),
    resolve: ({ m, pub }) => {
      if (!pub) return null;
      const by = !m[2] || /الحالي|الجاري/.test(m[2]) ? 0 : pastWord.test(m[2]) ? -1 : 1;
      const [y, mo] = shiftMonth(pub, by).split('-').map(Number) as [number, number];
      return ymd(y, mo, ORDINALS.get(matchKey(m[1] ?? '')) ?? 0);
    },
  },
  // 12 مايو (أيار) 2015 الماضي
  {
    re: new RegExp(`(${D}{1,2})\\s+(${AR_MONTHS})${AR_ALSO}(?:\\s+(?:عام\\s+)?(${D}{4}))?${REL}${AR_AFTER}`, 'gu'),
    resolve: (r) => {
      const month = monthOf(r.m[2]);
      return month ? dayMonth(num(r.m[1]), month, r.m[3] ? num(r.m[3]) : undefined, r) : null;
    },
  },
  // 12 May (2015), 12th of May
  {
    re: new RegExp(`\\b(${D}{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${EN_MONTHS})(?:,?\\s+(${D}{4}))?`, 'gu'),
    resolve: (r) => {
      const month = monthOf(r.m[2]);
      return month ? dayMonth(num(r.m[1]), month, r.m[3] ? num(r.m[3]) : undefined, r) : null;
    },
  },
  // May 12(th)(, 2015)
  {
    re: new RegExp(`(${EN_MONTHS})\\s+(${D}{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(${D}{4}))?`, 'gu'),
    resolve: (r) => {
      const month = monthOf(r.m[1]);
      return month ? dayMonth(num(r.m[2]), month, r.m[3] ? num(r.m[3]) : undefined, r) : null;
    },
  },
  // (شهر / بداية / منتصف …) يوليو (تموز) 2015 | الماضي | المقبل; a bare Egyptian name without either is left
  // alone (مارس is also "practised").
  {
    re: new RegExp(
      `${AR_BEFORE}(?:(?:شهر|بداية|بدايات|مطلع|أوائل|اوائل|منتصف|أواسط|اواسط|أواخر|اواخر|نهاية|خلال|في)\\s+(?:شهر\\s+)?)?(${AR_MONTHS})(${AR_ALSO})(?:\\s+(?:عام\\s+)?(${D}{4})|\\s+(${PAST_AR}|${NEXT_AR}))?${AR_AFTER}`,
      'gu',
    ),
    resolve: (r) => {
      const month = monthOf(r.m[1]);
      if (!month) return null;
      if (r.m[3]) return `${num(r.m[3])}-${pad(month)}`;
      const named = /شهر|بداي|مطلع|[أا]وائل|منتصف|[أا]واسط|[أا]واخر|نهاية/.test(r.m[0]);
      if (!r.m[4] && !r.m[2] && !named) return undefined;
      return monthOnly(month, r, !!r.m[4]);
    },
  },
  // June 2016, in / since / last / next June ("May" alone is as often the modal or a name).
  {
    re: new RegExp(
      `\\b(?:(in|since|last|next|early|mid|late|until|by)\\s+(${EN_MONTHS})(?:,?\\s+(${D}{4}))?|(${EN_MONTHS}),?\\s+(${D}{4}))(?![\\d])`,
      'gu',
    ),
    resolve: (r) => {
      const month = monthOf(r.m[2] ?? r.m[4]);
      if (!month) return undefined;
      const year = r.m[3] ?? r.m[5];
      if (year) return `${num(year)}-${pad(month)}`;
      return monthOnly(month, r, /^(?:last|next)$/.test(r.m[1] ?? ''));
    },
  },
  // الخميس (الماضي)، يوم الخميس
  {
    re: new RegExp(`${AR_BEFORE}(?:يوم\\s+)?(${WEEKDAY_AR})${REL}${AR_AFTER}`, 'gu'),
    resolve: (r) => weekday(r.m[1], r, pastWord.test(r.m[0])),
  },
  // (on / last / next) Thursday
  {
    re: new RegExp(`\\b(?:on\\s+|last\\s+|next\\s+)?(${WEEKDAY_EN})\\b`, 'gu'),
    resolve: (r) => weekday(r.m[1], r, /^last\s/i.test(r.m[0])),
  },
  // أمس، نهار أمس، الليلة الماضية، اليوم، غدا، بعد غد
  {
    re: new RegExp(`${AR_BEFORE}(${RELATIVE_AR})${AR_AFTER}`, 'gu'),
    resolve: ({ m, pub }) => dayOffset(pub, offsetOf(m[1] ?? '')),
  },
  {
    re: /\b(?:the day before yesterday|the day after tomorrow|yesterday|tomorrow|last night|tonight|this morning|this evening)\b|(?<!USA\s)\btoday\b/giu,
    resolve: ({ m, pub }) => dayOffset(pub, offsetOf(m[0])),
  },
  // الشهر الماضي، هذا الشهر، last month
  {
    re: new RegExp(
      `${AR_BEFORE}(?:(?:هذا|خلال|في)\\s+)?(?:الشهر\\s+(الحالي|الجاري|${PAST_AR}|${NEXT_AR})|هذا\\s+الشهر)${AR_AFTER}|\\b(this|last|next)\\s+month\\b`,
      'giu',
    ),
    resolve: ({ m, pub }) => {
      if (!pub) return null;
      const word = m[1] ?? m[2] ?? 'this';
      return shiftMonth(pub, pastWord.test(word) ? -1 : nextWord.test(word) ? 1 : 0);
    },
  },
  // العام الماضي، هذا العام، السنة المقبلة، last year
  {
    re: new RegExp(
      `${AR_BEFORE}(?:(?:العام|السنة)\\s+(الحالي|الحالية|الجاري|الجارية|${PAST_AR}|${NEXT_AR})|هذا\\s+العام|هذه\\s+السنة)${AR_AFTER}|\\b(this|last|next)\\s+year\\b`,
      'giu',
    ),
    resolve: ({ m, pub }) => {
      if (!pub) return null;
      const word = m[1] ?? m[2] ?? 'this';
      return String(pub.getUTCFullYear() + (pastWord.test(word) ? -1 : nextWord.test(word) ? 1 : 0));
    },
  },
  // قبل 40 عاما، 40 years ago
  {
    re: new RegExp(
      `قبل\\s+(${D}{1,3})\\s+(?:عام|عاما|عامًا|أعوام|اعوام|سنة|سنوات)${AR_AFTER}|\\b(${D}{1,3})\\s+years?\\s+ago\\b`,
      'gu',
    ),
    resolve: ({ m, pub }) => (pub ? String(pub.getUTCFullYear() - num(m[1] ?? m[2])) : null),
  },
  // عام 2015، صيف 1996، in 2015
  {
    re: new RegExp(
      `(?:عام|العام|سنة|صيف|شتاء|ربيع|خريف|مطلع|منتصف|نهاية|أواخر|أوائل|\\bin|\\bsince|\\bsummer|\\bwinter|\\bspring|\\bautumn|\\bearly|\\blate)\\s+(?:of\\s+)?(${D}{4})(?![\\d])`,
      'gu',
    ),
    resolve: ({ m }) => toAscii(m[1] ?? ''),
  },
];

function parsePublished(publishedAt: string | undefined): Date | undefined {
  if (!publishedAt) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(publishedAt);
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : undefined;
}

/**
 * Date expressions of a sentence, longest first at each position, in text order.
 * `future` (the clause's modality) turns unmarked weekdays and days forward from publication.
 * @example findDates('اجتمعوا في 12 مايو.', '2025-05-14')[0] // { text: '12 مايو', iso: '2025-05-12', … }
 */
export function findDates(sentence: string, publishedAt?: string, future = false): DateMention[] {
  const pub = parsePublished(publishedAt);
  const found: DateMention[] = [];
  for (const { re, resolve } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
      const start = m.index;
      const end = start + m[0].length;
      if (m[0].trim() === '' || found.some((f) => f.start < end && start < f.end)) continue;
      const iso = resolve({ m, pub, direction: directionOf(m[0], future) });
      if (iso === undefined) continue;
      found.push({ text: m[0].trim(), start, end, iso });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * The date expression nearest a position of the sentence (the trigger of an event, the words of a relation).
 * @example nearestDate('التقى الوزيران أمس في أنقرة.', 8, '2025-05-13')?.iso // '2025-05-12'
 */
export function nearestDate(
  sentence: string,
  at: number,
  publishedAt: string | undefined,
  future: boolean,
): DateMention | undefined {
  const distance = (d: DateMention): number => (at < d.start ? d.start - at : at > d.end ? at - d.end : 0);
  return findDates(sentence, publishedAt, future).sort((x, y) => distance(x) - distance(y))[0];
}
