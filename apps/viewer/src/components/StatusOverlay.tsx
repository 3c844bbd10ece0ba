// Loading, error and empty states over the canvas, so a blank canvas never leaves the analyst guessing.
import { TokenForm } from './TokenForm.js';
import { useAppState } from './use-session.js';

export function StatusOverlay() {
  const overview = useAppState((s) => s.overview);
  const notice = useAppState((s) => s.notice);
  return (
    <>
      {overview.type === 'loading' && (
        <div className="overlay" data-testid="status-loading">
          Loading the graph…
        </div>
      )}
      {overview.type === 'error' && (
        <div className="overlay error" data-testid="status-error" role="alert">
          <strong>{overview.message}</strong>
          {overview.hint && <p>{overview.hint}</p>}
          {overview.needsToken && <TokenForm />}
        </div>
      )}
      {overview.type === 'ready' && overview.value === 0 && (
        <div className="overlay" data-testid="status-empty">
          <strong>The store is empty.</strong>
          <p>Paste an article in the “Add article” tab, or run `shabaka ingest FILE…` and reload.</p>
        </div>
      )}
      {notice && (
        <div className="notice-bar" data-testid="notice" role="status">
          {notice}
        </div>
      )}
    </>
  );
}
