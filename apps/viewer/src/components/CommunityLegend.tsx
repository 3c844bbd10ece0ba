// While nodes are coloured by community, the legend says which colour is which community.
import { useMemo } from 'react';
import { communityLegend } from '../core/graph/community-legend.js';
import { useAppState, useSession } from './use-session.js';

export function CommunityLegend() {
  const session = useSession();
  const communities = useAppState((s) => s.communities);
  const labels = useAppState((s) => s.view.labels);
  const version = useAppState((s) => s.graphVersion);
  const isolates = useAppState((s) => s.view.isolates);
  const { entries, more } = useMemo(
    () => communityLegend(session.graph, communities, labels, 12, (node) => isolates || session.graph.degree(node) > 0),
    // `version` is a dependency on purpose: it tells when the graph's data changed.
    [session, communities, labels, version, isolates],
  );
  return (
    <fieldset data-testid="community-legend">
      <legend>Communities</legend>
      {entries.length === 0 && <p className="hint">Communities are being computed…</p>}
      {entries.map((e) => (
        <div key={e.community} className="legend-row" data-testid="community-legend-item" data-color={e.color}>
          <span className="dot" style={{ background: e.color }} />
          <bdi>{e.label}</bdi> <span className="count">· {e.size}</span>
        </div>
      ))}
      {more > 0 && <p className="hint">+ {more} smaller communities</p>}
    </fieldset>
  );
}
