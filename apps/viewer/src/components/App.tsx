// The viewer's layout: search and toolbar on top, filters and path on the left, graph in the middle,
// the evidence card on the right, Cypher console and article ingest in a drawer; keyboard shortcuts.
import { Suspense, lazy, useCallback, useEffect, useRef, useState } from 'react';
import type { ApiClient } from '../core/api/client.js';
import type { Session } from '../core/session/session.js';
import { CurationPanel } from './CurationPanel.js';
import { EntityCard } from './EntityCard.js';
import { EventCard } from './EventCard.js';
import { FiltersPanel } from './FiltersPanel.js';
import { GraphCanvas } from './GraphCanvas.js';
import type { Renderer } from './GraphCanvas.js';
import { IngestPanel } from './IngestPanel.js';
import { MapView } from './MapView.js';
import { PathPanel } from './PathPanel.js';
import type { PathEnds } from './PathPanel.js';
import { SearchBox } from './SearchBox.js';
import { StatusOverlay } from './StatusOverlay.js';
import { Timeline } from './Timeline.js';
import { Toolbar } from './Toolbar.js';
import { SessionContext, useAppState } from './use-session.js';

type Drawer = 'closed' | 'cypher' | 'ingest' | 'curation';

// CodeMirror and the Cypher grammar are most of the bundle: loaded when the console is first opened.
const CypherConsole = lazy(() => import('./CypherConsole.js'));

/** Whether a key event comes from a place where typing must not trigger shortcuts. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

export function App({ session, api }: { session: Session; api: ApiClient }) {
  const search = useRef<HTMLInputElement>(null);
  const [renderer, setRenderer] = useState<Renderer | null>(null);
  const [drawer, setDrawer] = useState<Drawer>('closed');
  const initialPath = session.store.get().view.path;
  const [ends, setEnds] = useState<PathEnds>({ from: initialPath?.[0] ?? null, to: initialPath?.[1] ?? null });
  const onRenderer = useCallback((sigma: Renderer | null) => setRenderer(sigma), []);

  useEffect(() => {
    void session.start();
    const onHide = () => session.persistPositions();
    window.addEventListener('pagehide', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      session.dispose();
    };
  }, [session]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        void session.select(null);
        session.clearPath();
        return;
      }
      if (isTyping(event.target) || event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.key === '/') {
        event.preventDefault();
        search.current?.focus();
      } else if (event.key === 'l' || event.key === 'L') session.toggleLayout();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [session]);

  const onPath = (end: 'from' | 'to', id: string) => setEnds((e) => ({ ...e, [end]: id }));

  return (
    <SessionContext.Provider value={session}>
      <div className="app" data-testid="app">
        <header className="topbar">
          <h1>
            Shabaka <span lang="ar">شبكة</span>
          </h1>
          <SearchBox ref={search} api={api} />
          <Toolbar api={api} renderer={renderer} />
        </header>
        <aside className="left">
          <PathPanel ends={ends} onClear={() => setEnds({ from: null, to: null })} />
          <FiltersPanel />
        </aside>
        <main className="stage">
          <div className="graph-area">
            <GraphCanvas onRenderer={onRenderer} />
            <StatusOverlay />
          </div>
          <div className="geo-time">
            <Timeline />
            <MapView />
          </div>
        </main>
        <aside className="right">
          <SelectionCard onPath={onPath} />
        </aside>
        <footer className={`drawer ${drawer}`}>
          <nav className="tabs">
            <button
              data-testid="tab-cypher"
              aria-pressed={drawer === 'cypher'}
              onClick={() => setDrawer(drawer === 'cypher' ? 'closed' : 'cypher')}
            >
              Cypher console
            </button>
            <button
              data-testid="tab-ingest"
              aria-pressed={drawer === 'ingest'}
              onClick={() => setDrawer(drawer === 'ingest' ? 'closed' : 'ingest')}
            >
              Add article
            </button>
            <button
              data-testid="tab-curation"
              aria-pressed={drawer === 'curation'}
              onClick={() => setDrawer(drawer === 'curation' ? 'closed' : 'curation')}
            >
              Curation
            </button>
            <span className="shortcuts">
              <kbd>/</kbd> search · <kbd>Esc</kbd> clear · <kbd>L</kbd> layout · double-click a node to expand
            </span>
          </nav>
          {drawer === 'cypher' && (
            <Suspense fallback={<p className="loading panel">Loading the Cypher editor…</p>}>
              <CypherConsole />
            </Suspense>
          )}
          {drawer === 'ingest' && <IngestPanel />}
          {drawer === 'curation' && <CurationPanel />}
        </footer>
      </div>
    </SessionContext.Provider>
  );
}

/** The card of the selection: an event's when an event node is selected, else the entity card. */
function SelectionCard({ onPath }: { onPath: (end: 'from' | 'to', id: string) => void }) {
  const eventSelected = useAppState((s) => s.event.type !== 'idle');
  return eventSelected ? <EventCard /> : <EntityCard onPath={onPath} />;
}
