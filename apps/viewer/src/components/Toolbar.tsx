// The toolbar: layout start/stop, label script, colour and size modes, exports and the share link.
import { useState } from 'react';
import { download, exportPng } from '../core/export/png.js';
import type { ApiClient } from '../core/api/client.js';
import { KIND_COLORS } from '../core/graph/colors.js';
import { eventsShown } from '../core/graph/events.js';
import type { Renderer } from './GraphCanvas.js';
import { useAppState, useSession } from './use-session.js';

export function Toolbar({ api, renderer }: { api: ApiClient; renderer: Renderer | null }) {
  const session = useSession();
  const layout = useAppState((s) => s.layout);
  const view = useAppState((s) => s.view);
  const [copied, setCopied] = useState(false);
  const eventNodes = useAppState((s) => s.eventNodes);
  const eventsOn = eventsShown(view.events, eventNodes);

  const exportGexf = async () => {
    try {
      download(await api.exportGexf(), 'shabaka.gexf');
    } catch (error) {
      session.store.set({ notice: error instanceof Error ? error.message : 'GEXF export failed' });
    }
  };
  const share = async () => {
    await navigator.clipboard?.writeText(window.location.href).catch(() => undefined);
    setCopied(true);
    setTimeout(() => setCopied(false), 1500);
  };

  return (
    <div className="toolbar" role="toolbar">
      <button data-testid="layout-toggle" aria-pressed={layout === 'running'} onClick={session.toggleLayout}>
        {layout === 'running' ? '❚❚ Stop layout' : '▶ Run layout'} <kbd>L</kbd>
      </button>
      <button
        data-testid="events-toggle"
        aria-pressed={eventsOn}
        onClick={() => session.setShowEvents(!eventsOn)}
        title={`Event nodes (${eventNodes} loaded)`}
      >
        <span className="dot square" style={{ background: KIND_COLORS.EVENT }} /> Events
      </button>
      <button
        data-testid="labels-toggle"
        onClick={() => session.setLabels(view.labels === 'ar' ? 'en' : 'ar')}
        title="Label script"
      >
        {view.labels === 'ar' ? 'عربي → EN' : 'EN → عربي'}
      </button>
      <select
        data-testid="color-by"
        value={view.colorBy}
        onChange={(e) => session.setColorBy(e.target.value === 'community' ? 'community' : 'type')}
        aria-label="Colour by"
      >
        <option value="type">Colour: type</option>
        <option value="community">Colour: community</option>
      </select>
      <select
        data-testid="size-by"
        value={view.sizeBy}
        onChange={(e) => session.setSizeBy(e.target.value === 'pagerank' ? 'pagerank' : 'score')}
        aria-label="Size by"
      >
        <option value="score">Size: weighted degree</option>
        <option value="pagerank">Size: PageRank</option>
      </select>
      <button
        data-testid="export-png"
        disabled={!renderer}
        onClick={() => renderer && void exportPng(renderer).then((blob) => download(blob, 'shabaka.png'))}
      >
        PNG
      </button>
      <button data-testid="export-gexf" onClick={() => void exportGexf()}>
        GEXF
      </button>
      <button data-testid="share-link" onClick={() => void share()}>
        {copied ? 'Link copied' : 'Share view'}
      </button>
    </div>
  );
}
