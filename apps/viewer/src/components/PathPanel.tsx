// Shortest path between two chosen entities: shows the ends, asks /api/path, lists the path it highlights.
import { FSI, LRI, PDI } from '../core/labels/direction.js';
import { useAppState, useSession } from './use-session.js';

export interface PathEnds {
  from: string | null;
  to: string | null;
}

export function PathPanel({ ends, onClear }: { ends: PathEnds; onClear: () => void }) {
  const session = useSession();
  const path = useAppState((s) => s.path);
  const labels = useAppState((s) => s.view.labels);
  useAppState((s) => s.graphVersion);
  const name = (id: string | null) => {
    if (!id) return '—';
    if (!session.graph.hasNode(id)) return id;
    const attrs = session.graph.getNodeAttributes(id);
    return labels === 'en' ? attrs.labelEn : attrs.label;
  };
  return (
    <section className="panel" data-testid="path-panel">
      <h3>Shortest path</h3>
      {/* Its text is pathHeading(from, to): isolates keep it reading from → to on screen and when copied or
          read aloud, whatever the names' script. */}
      <p className="path-ends" dir="ltr" data-testid="path-ends">
        {LRI}
        <bdi data-testid="path-from">{`${FSI}${name(ends.from)}${PDI}`}</bdi>
        {' → '}
        <bdi data-testid="path-to">{`${FSI}${name(ends.to)}${PDI}`}</bdi>
        {PDI}
      </p>
      <div className="row">
        <button
          data-testid="path-run"
          disabled={!ends.from || !ends.to || path.type === 'loading'}
          onClick={() => ends.from && ends.to && void session.showPath(ends.from, ends.to)}
        >
          Find path
        </button>
        <button
          onClick={() => {
            session.clearPath();
            onClear();
          }}
        >
          Clear
        </button>
      </div>
      {path.type === 'loading' && <p className="loading">Searching…</p>}
      {path.type === 'error' && (
        <p className="error" data-testid="path-error">
          {path.message}
        </p>
      )}
      {path.type === 'ready' && (
        <ol className="path-result" data-testid="path-result">
          {path.value.nodes.map((id) => (
            <li key={id} dir="auto" data-id={id}>
              {name(id)}
            </li>
          ))}
        </ol>
      )}
      {!ends.from && <p className="hint">Choose “Path from” and “Path to” on two entity cards.</p>}
    </section>
  );
}
