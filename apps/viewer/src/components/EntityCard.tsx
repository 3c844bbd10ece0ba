// The evidence card of the selected entity: names in both scripts, type, roles, neighbours, evidence sentences.
import type { EntityDetail } from '@shabaka/schema';
import { KIND_COLORS } from '../core/graph/colors.js';
import { CurationActions } from './CurationActions.js';
import { EvidenceSentence } from './EvidenceSentence.js';
import { useAppState, useSession } from './use-session.js';

function Card({ detail, onPath }: { detail: EntityDetail; onPath: (end: 'from' | 'to', id: string) => void }) {
  const session = useSession();
  const { entity } = detail;
  const more = useAppState((s) => s.expanded[entity.id]);
  const names = [entity.name, entity.nameEn, ...entity.aliases];
  const expanded = more !== undefined;
  return (
    <article className="card" data-testid="entity-card" data-id={entity.id}>
      <header>
        <span className="dot" style={{ background: KIND_COLORS[entity.type] }} />
        <div>
          <h2 dir="auto" data-testid="entity-name">
            {entity.name}
          </h2>
          <div className="name-en" data-testid="entity-name-en">
            {entity.nameEn}
          </div>
          <div className="kind">
            {entity.type.toLowerCase()}
            {entity.subtype ? ` · ${entity.subtype.toLowerCase()}` : ''} · {entity.mentionCount} mentions
          </div>
        </div>
      </header>
      <div className="card-actions">
        {expanded ? (
          <button data-testid="collapse-button" onClick={() => session.collapse(entity.id)}>
            Collapse
          </button>
        ) : (
          <button data-testid="expand-button" onClick={() => void session.expand(entity.id)}>
            Expand neighbours
          </button>
        )}
        {expanded && more > 0 && (
          <span className="more" data-testid="more-count">
            +{more} more
          </span>
        )}
        <button data-testid="path-from-button" onClick={() => onPath('from', entity.id)}>
          Path from
        </button>
        <button data-testid="path-to-button" onClick={() => onPath('to', entity.id)}>
          Path to
        </button>
      </div>
      <CurationActions key={entity.id} detail={detail} />
      {entity.aliases.length > 0 && (
        <p className="aliases" dir="auto">
          {entity.aliases.join(' · ')}
        </p>
      )}
      {detail.roles.length > 0 && (
        <section>
          <h3>Roles</h3>
          <ul className="roles" data-testid="roles">
            {detail.roles.map((role, i) => (
              <li key={i} dir="auto">
                {role.role}
                {role.org ? ` — ${role.org.name} (${role.org.nameEn})` : ''}
              </li>
            ))}
          </ul>
        </section>
      )}
      {detail.neighbors.length > 0 && (
        <section>
          <h3>Neighbours</h3>
          <ul className="neighbors" data-testid="neighbors">
            {detail.neighbors.map((n) => (
              <li key={`${n.id}-${n.predicate}-${n.direction}`}>
                <span className="predicate">{n.direction === 'out' ? `${n.predicate} →` : `← ${n.predicate}`}</span>{' '}
                <button className="link" dir="auto" onClick={() => void session.select(n.id)}>
                  {n.name}
                </button>{' '}
                <span className="name-en">{n.nameEn}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section>
        <h3>Evidence ({detail.evidence.length})</h3>
        {detail.evidence.length === 0 ? (
          <p className="empty">No evidence sentences stored for this entity.</p>
        ) : (
          <ul className="evidence-list" data-testid="evidence-list">
            {detail.evidence.map((evidence, i) => (
              <EvidenceSentence key={i} evidence={evidence} names={names} />
            ))}
          </ul>
        )}
      </section>
      {detail.articles.length > 0 && (
        <section>
          <h3>Articles</h3>
          <ul className="articles">
            {detail.articles.map((a) => (
              <li key={a.id} dir="auto">
                {a.title} {a.source ? `· ${a.source}` : ''} {a.date ? `· ${a.date}` : ''}
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}

export function EntityCard({ onPath }: { onPath: (end: 'from' | 'to', id: string) => void }) {
  const detail = useAppState((s) => s.detail);
  switch (detail.type) {
    case 'idle':
      return (
        <p className="hint" data-testid="card-empty">
          Click a node or search for an entity to see why it is in the graph.
        </p>
      );
    case 'loading':
      return (
        <p className="loading" data-testid="card-loading">
          Loading…
        </p>
      );
    case 'error':
      return (
        <p className="error" data-testid="card-error">
          {detail.message}
          {detail.hint ? ` — ${detail.hint}` : ''}
        </p>
      );
    case 'ready':
      return <Card detail={detail.value} onPath={onPath} />;
  }
}
