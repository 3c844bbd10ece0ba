// Entry point: the analyst's viewer, or the benchmark page when the URL says `?bench=NODES,EDGES`.
import { createRoot } from 'react-dom/client';
import { App } from './components/App.js';
import { createApiClient } from './core/api/client.js';
import { currentToken } from './core/api/token.js';
import { createSession } from './core/session/session.js';
import './styles.css';
import './events-view.css';
import './curation.css';

const params = new URLSearchParams(window.location.search);
const root = document.getElementById('root');
if (!root) throw new Error('viewer: index.html has no #root element');

if (params.has('bench')) {
  void import('./bench/bench-page.js').then(({ runBenchPage }) => runBenchPage(root, params.get('bench') ?? ''));
} else {
  const token = currentToken(window.sessionStorage, window.location.hash, (hash) =>
    window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}${hash}`),
  );
  const api = createApiClient({ token });
  const session = createSession({
    api,
    storage: window.localStorage,
    initialSearch: window.location.search,
    onUrl: (search) => window.history.replaceState(null, '', `${window.location.pathname}${search}`),
  });
  createRoot(root).render(<App session={session} api={api} />);
}
