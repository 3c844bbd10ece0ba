// Paste or upload an article: POST /api/ingest, then the new nodes are drawn and counted.
import { useState } from 'react';
import { useAppState, useSession } from './use-session.js';

export function IngestPanel() {
  const session = useSession();
  const state = useAppState((s) => s.ingest);
  const [text, setText] = useState('');
  const [title, setTitle] = useState('');

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setText(await file.text());
    if (!title) setTitle(file.name);
  };

  return (
    <section className="panel ingest" data-testid="ingest-panel">
      <input
        dir="auto"
        data-testid="ingest-title"
        placeholder="Title (optional) — العنوان"
        value={title}
        onChange={(e) => setTitle(e.target.value)}
      />
      <textarea
        dir="auto"
        data-testid="ingest-text"
        placeholder="Paste an article in Arabic or English — الصق نص المقال"
        rows={6}
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      <div className="row">
        <button
          data-testid="ingest-submit"
          disabled={!text.trim() || state.type === 'loading'}
          onClick={() => void session.ingest(text, title.trim() || undefined)}
        >
          Add to graph
        </button>
        <label className="file">
          or upload a .txt/.html file{' '}
          <input
            type="file"
            data-testid="ingest-file"
            accept=".txt,.html,.htm,.md,text/plain,text/html"
            onChange={(e) => void onFile(e.target.files?.[0])}
          />
        </label>
        {state.type === 'loading' && <span className="loading">Extracting…</span>}
      </div>
      {state.type === 'ready' && (
        <p data-testid="ingest-result">
          {state.value.documents} article(s): {state.value.entities} entities, {state.value.relations} relations,{' '}
          {state.value.events} events · {state.value.added.nodes.length} nodes in the answer
        </p>
      )}
      {state.type === 'error' && (
        <p className="error" data-testid="ingest-error">
          {state.message}
          {state.hint ? ` — ${state.hint}` : ''}
        </p>
      )}
    </section>
  );
}
