// The date filter: two sliders over the distinct dates in the graph (events and relations), plus exact inputs.
import { useSession } from './use-session.js';

export function DateRange({ dates, from, to }: { dates: readonly string[]; from: string | null; to: string | null }) {
  const session = useSession();
  if (dates.length === 0) return <p className="hint">No dated events or relations in the graph.</p>;
  const last = dates.length - 1;
  // A bound between two known dates snaps to the nearest one inside the range.
  const fromIndex = from
    ? Math.max(
        0,
        dates.findIndex((d) => d >= from),
      )
    : 0;
  const toIndex = to
    ? Math.max(
        0,
        dates.findLastIndex((d) => d <= to),
      )
    : last;
  return (
    <div className="date-range">
      <input
        type="range"
        data-testid="filter-from-slider"
        aria-label="from date"
        min={0}
        max={last}
        value={fromIndex}
        onChange={(e) => {
          const i = Number(e.target.value);
          session.setFilters({ from: i === 0 ? null : (dates[Math.min(i, toIndex)] ?? null) });
        }}
      />
      <input
        type="range"
        data-testid="filter-to-slider"
        aria-label="to date"
        min={0}
        max={last}
        value={toIndex}
        onChange={(e) => {
          const i = Number(e.target.value);
          session.setFilters({ to: i === last ? null : (dates[Math.max(i, fromIndex)] ?? null) });
        }}
      />
      <p className="hint" data-testid="filter-dates">
        {dates[fromIndex]} – {dates[toIndex]} ({dates.length} dates in the graph)
      </p>
    </div>
  );
}
