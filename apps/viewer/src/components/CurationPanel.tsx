// The curation drawer: the possible-duplicates queue (accept = merge, reject = recorded as distinct, so it is
// not proposed again) and the history of decisions, each with its undo.
import type { CurationRecord, DuplicateCandidate } from '@shabaka/schema';
import { useCallback, useEffect, useState } from 'react';
import { useSession } from './use-session.js';

const QUEUE_SIZE = 20;

export function CurationPanel() {
  const session = useSession();
  const [pairs, setPairs] = useState<DuplicateCandidate[] | null>(null);
  const [records, setRecords] = useState<CurationRecord[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const reload = useCallback(async () => {
    try {
      const [queue, history] = await Promise.all([session.api.duplicates(QUEUE_SIZE), session.api.curationRecords()]);
      setPairs(queue.candidates);
      setRecords([...history.records].reverse());
      setError(null);
    } catch (cause) {
      setError((cause as Error).message);
    }
  }, [session]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const act = async (work: () => Promise<unknown>) => {
    setBusy(true);
    try {
      await work();
      await reload();
    } catch (cause) {
      setError((cause as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="panel curation-panel" data-testid="curation-panel">
      {error && (
        <p className="error" data-testid="curation-panel-error">
          {error}
        </p>
      )}
      <section>
        <h3>Possible duplicates</h3>
        {pairs === null ? (
          <p className="loading">Loading…</p>
        ) : pairs.length === 0 ? (
          <p className="empty" data-testid="duplicates-empty">
            No possible duplicates.
          </p>
        ) : (
          <ul className="duplicates" data-testid="duplicates">
            {pairs.map((p) => (
              <li key={`${p.a.id}|${p.b.id}`} data-testid="duplicate" data-a={p.a.id} data-b={p.b.id}>
                <span dir="auto">{p.a.name}</span> <span className="name-en">{p.a.nameEn}</span> ≟{' '}
                <span dir="auto">{p.b.name}</span> <span className="name-en">{p.b.nameEn}</span>{' '}
                <span className="score">{p.score.toFixed(2)}</span>
                <div className="reasons">{p.reasons.join(' · ')}</div>
                <button
                  data-testid="duplicate-accept"
                  disabled={busy}
                  onClick={() => void act(() => session.curate({ action: 'merge', keep: p.a.id, other: p.b.id }))}
                >
                  Same — merge
                </button>
                <button
                  data-testid="duplicate-reject"
                  disabled={busy}
                  onClick={() => void act(() => session.curate({ action: 'distinct', a: p.a.id, b: p.b.id }))}
                >
                  Different
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section>
        <h3>History</h3>
        {records === null ? (
          <p className="loading">Loading…</p>
        ) : records.length === 0 ? (
          <p className="empty">No decisions yet.</p>
        ) : (
          <ul className="history" data-testid="history">
            {records.map((r) => (
              <li key={r.id} data-testid="history-item" data-id={r.id} data-action={r.action} data-undone={r.undone}>
                <strong>{r.action}</strong> {r.targets.join(' ← ')}{' '}
                {Object.entries(r.payload)
                  .filter(([k]) => k !== 'newId')
                  .map(([k, v]) => `${k}: ${String(v)}`)
                  .join(', ')}{' '}
                <span className="by">
                  {r.by} · {r.at.slice(0, 16).replace('T', ' ')}
                </span>
                {r.why && <span className="why"> — {r.why}</span>}{' '}
                {r.undone ? (
                  <span className="undone">undone</span>
                ) : (
                  <button
                    data-testid="history-undo"
                    disabled={busy}
                    onClick={() => void act(() => session.undoCuration(r.id))}
                  >
                    Undo
                  </button>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
