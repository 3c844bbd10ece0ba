// The timeline under the graph: event nodes counted by day, month or year; brushing a range sets the date
// filter; "step" and "play" move the end of the range forward so the graph grows over time.
import { useEffect, useMemo, useRef, useState } from 'react';
import { coveredBins, nextFilled, timeline } from '../core/view/timeline.js';
import type { TimeBin } from '../core/view/timeline.js';
import { useAppState, useSession } from './use-session.js';

/** How long each step of "play" stays on screen. */
const PLAY_STEP_MS = 700;

export function Timeline() {
  const session = useSession();
  const version = useAppState((s) => s.graphVersion);
  const filters = useAppState((s) => s.view.filters);
  const bars = useRef<HTMLDivElement>(null);
  const [drag, setDrag] = useState<{ start: number; end: number } | null>(null);
  const [playing, setPlaying] = useState(false);
  const data = useMemo(() => {
    const dates: string[] = [];
    session.graph.forEachNode((_id, attrs) => {
      if (attrs.kind === 'EVENT') dates.push(...attrs.dates);
    });
    return timeline(dates);
    // `version` is a dependency on purpose: it tells when the graph's data changed.
  }, [session, version]);
  const { bins } = data;
  const max = Math.max(1, ...bins.map((b) => b.count));
  const covered = drag
    ? ([Math.min(drag.start, drag.end), Math.max(drag.start, drag.end)] as const)
    : coveredBins(bins, filters.from, filters.to);
  // Where "play" and "step" go next: the first bin with events past the current end of the range.
  const nextStep = nextFilled(bins, covered && filters.to ? covered[1] + 1 : 0);

  const step = (index: number): boolean => {
    const bin = bins[index];
    if (!bin) return false;
    session.setFilters({ from: null, to: bin.to });
    return true;
  };

  useEffect(() => {
    if (!playing) return;
    const timer = setTimeout(() => {
      if (!step(nextStep)) {
        setPlaying(false);
        session.setFilters({ from: null, to: null });
      }
    }, PLAY_STEP_MS);
    return () => clearTimeout(timer);
  });

  const binAt = (clientX: number): number => {
    const box = bars.current?.getBoundingClientRect();
    if (!box || bins.length === 0) return 0;
    const i = Math.floor(((clientX - box.left) / Math.max(1, box.width)) * bins.length);
    return Math.max(0, Math.min(bins.length - 1, i));
  };
  const commit = (range: { start: number; end: number }) => {
    const first = bins[Math.min(range.start, range.end)];
    const last = bins[Math.max(range.start, range.end)];
    if (first && last) session.setFilters({ from: first.from, to: last.to });
  };

  if (bins.length === 0) {
    return (
      <section className="timeline empty" data-testid="timeline">
        <p className="hint">No dated events in the graph yet: the timeline fills as events with dates are loaded.</p>
      </section>
    );
  }
  const first = bins[0];
  const last = bins[bins.length - 1];
  return (
    <section className="timeline" data-testid="timeline" data-unit={data.unit} data-bins={bins.length}>
      <header>
        <h3>Events over time</h3>
        <button
          data-testid="timeline-play"
          aria-pressed={playing}
          onClick={() => {
            if (!playing && nextStep >= bins.length) step(nextFilled(bins, 0));
            setPlaying(!playing);
          }}
          title="Grow the graph over time"
        >
          {playing ? '❚❚ Pause' : '▶ Play'}
        </button>
        <button
          data-testid="timeline-step"
          disabled={playing || nextStep >= bins.length}
          onClick={() => step(nextStep)}
        >
          Step ›
        </button>
        <button
          data-testid="timeline-clear"
          disabled={!filters.from && !filters.to}
          onClick={() => {
            setPlaying(false);
            session.setFilters({ from: null, to: null });
          }}
        >
          All dates
        </button>
        <span className="range" data-testid="timeline-range">
          {filters.from || filters.to ? `${filters.from ?? '…'} → ${filters.to ?? '…'}` : `by ${data.unit}`}
        </span>
      </header>
      <div
        ref={bars}
        className="bars"
        data-testid="timeline-bars"
        onPointerDown={(e) => {
          setPlaying(false);
          e.currentTarget.setPointerCapture(e.pointerId);
          const i = binAt(e.clientX);
          setDrag({ start: i, end: i });
        }}
        onPointerMove={(e) => drag && setDrag({ start: drag.start, end: binAt(e.clientX) })}
        onPointerUp={() => {
          if (drag) commit(drag);
          setDrag(null);
        }}
        onPointerCancel={() => setDrag(null)}
      >
        {bins.map((bin, i) => (
          <Bar key={bin.key} bin={bin} max={max} inRange={!covered || (i >= covered[0] && i <= covered[1])} />
        ))}
      </div>
      <footer>
        <span>{first?.key}</span>
        <span>{last?.key}</span>
      </footer>
    </section>
  );
}

function Bar({ bin, max, inRange }: { bin: TimeBin; max: number; inRange: boolean }) {
  return (
    <div
      className={`bar${inRange ? ' in' : ''}`}
      data-testid="timeline-bar"
      data-key={bin.key}
      data-count={bin.count}
      title={`${bin.key}: ${bin.count} event${bin.count === 1 ? '' : 's'}`}
    >
      <span style={{ height: `${(bin.count / max) * 100}%` }} />
    </div>
  );
}
