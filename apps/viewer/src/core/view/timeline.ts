// The timeline's arithmetic: dates binned by day, month or year (chosen by the span), and a bin's first and last day,
// so a brushed range becomes the ISO bounds the date filter already understands.

export type TimeUnit = 'day' | 'month' | 'year';

export interface TimeBin {
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, by unit. */
  key: string;
  count: number;
  /** The bin's first and last day (ISO). */
  from: string;
  to: string;
}

export interface Timeline {
  unit: TimeUnit;
  /** Consecutive bins from the earliest date to the latest, empty ones included. */
  bins: TimeBin[];
}

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/;
const KEY_LENGTH: Record<TimeUnit, number> = { day: 10, month: 7, year: 4 };
/** Above this many days the timeline counts by month, above MAX_MONTHS months by year (a strip holds ~100 bars). */
const MAX_DAYS = 92;
const MAX_MONTHS = 96;
const DAY_MS = 86_400_000;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const iso = (time: number) => new Date(time).toISOString().slice(0, 10);

/** The first day a (possibly partial) ISO date can mean: '2025-05' → '2025-05-01'. */
function firstDay(date: string): string | null {
  const m = DATE.exec(date);
  if (!m) return null;
  return `${m[1]}-${m[2] ?? '01'}-${m[3] ?? '01'}`;
}

/**
 * The first and last day of a bin key.
 * @example binBounds('2024-02') // { from: '2024-02-01', to: '2024-02-29' }
 */
export function binBounds(key: string): { from: string; to: string } {
  const [y = 0, m, d] = key.split('-').map(Number);
  if (d !== undefined && m !== undefined) return { from: key, to: key };
  if (m !== undefined) return { from: `${key}-01`, to: iso(Date.UTC(y, m, 0)) };
  return { from: `${key}-01-01`, to: `${key}-12-31` };
}

function nextKey(key: string, unit: TimeUnit): string {
  const [y = 0, m = 1, d = 1] = key.split('-').map(Number);
  if (unit === 'year') return pad(y + 1, 4);
  if (unit === 'month') return m === 12 ? `${pad(y + 1, 4)}-01` : `${pad(y, 4)}-${pad(m + 1)}`;
  return iso(Date.UTC(y, m - 1, d) + DAY_MS);
}

/**
 * Bins dates (full or partial ISO; others ignored) by the finest unit that keeps the strip readable. A partial
 * date coarser than the unit counts in its period's first bin.
 * @example timeline(['2025-05-12', '2025-05-14']).bins.map((b) => b.count) // [1, 0, 1]
 */
export function timeline(dates: readonly string[]): Timeline {
  const days = dates.flatMap((d) => firstDay(d) ?? []).sort();
  const first = days[0];
  const last = days[days.length - 1];
  if (!first || !last) return { unit: 'day', bins: [] };
  const spanDays = (Date.parse(last) - Date.parse(first)) / DAY_MS;
  const spanMonths =
    (Number(last.slice(0, 4)) - Number(first.slice(0, 4))) * 12 + Number(last.slice(5, 7)) - Number(first.slice(5, 7));
  const unit: TimeUnit = spanDays <= MAX_DAYS ? 'day' : spanMonths <= MAX_MONTHS ? 'month' : 'year';
  const counts = new Map<string, number>();
  for (const day of days) {
    const key = day.slice(0, KEY_LENGTH[unit]);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const bins: TimeBin[] = [];
  const end = last.slice(0, KEY_LENGTH[unit]);
  for (let key = first.slice(0, KEY_LENGTH[unit]); key <= end; key = nextKey(key, unit)) {
    bins.push({ key, count: counts.get(key) ?? 0, ...binBounds(key) });
  }
  return { unit, bins };
}

/**
 * Which bins a date range covers (inclusive), as indices; null when the range is open on both sides.
 * @example coveredBins(t.bins, '2025-05-12', null) // [3, 9]
 */
export function coveredBins(bins: readonly TimeBin[], from: string | null, to: string | null): [number, number] | null {
  if (!from && !to) return null;
  const start = from ? bins.findIndex((b) => b.to >= from) : 0;
  let end = bins.length - 1;
  if (to) while (end >= 0 && (bins[end]?.from ?? '') > to) end--;
  return [start < 0 ? bins.length : start, end];
}

/**
 * The first bin at or after `start` that holds an event (bins.length when none): play and step skip empty bins.
 * @example nextFilled(t.bins, 0)
 */
export function nextFilled(bins: readonly TimeBin[], start: number): number {
  for (let i = Math.max(0, start); i < bins.length; i++) if ((bins[i]?.count ?? 0) > 0) return i;
  return bins.length;
}
