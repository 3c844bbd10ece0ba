// Curation from the entity card: rename/retype, split a name off, merge another entity into this one, delete.
// Every decision is stored by the server beside the graph and can be undone from the curation history.
import type { CurationRequestInput, EntityDetail, EntityType, SearchHit } from '@shabaka/schema';
import { useState } from 'react';
import { useSession } from './use-session.js';

type Mode = 'none' | 'rename' | 'split' | 'merge' | 'delete';
const TYPES: readonly EntityType[] = ['PERSON', 'ORGANIZATION', 'LOCATION'];

export function CurationActions({ detail }: { detail: EntityDetail }) {
  const session = useSession();
  const { entity } = detail;
  const [mode, setMode] = useState<Mode>('none');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const decide = async (request: CurationRequestInput) => {
    setBusy(true);
    setError(null);
    try {
      await session.curate(request);
      setMode('none');
    } catch (cause) {
      setError((cause as Error).message);
    } finally {
      setBusy(false);
    }
  };
  const toggle = (next: Mode) => setMode(mode === next ? 'none' : next);

  return (
    <section className="curation-actions" data-testid="curation-actions">
      <div className="card-actions">
        <button data-testid="curate-rename" aria-pressed={mode === 'rename'} onClick={() => toggle('rename')}>
          Rename
        </button>
        <button data-testid="curate-split" aria-pressed={mode === 'split'} onClick={() => toggle('split')}>
          Split name
        </button>
        <button data-testid="curate-merge" aria-pressed={mode === 'merge'} onClick={() => toggle('merge')}>
          Merge…
        </button>
        <button data-testid="curate-delete" aria-pressed={mode === 'delete'} onClick={() => toggle('delete')}>
          Delete
        </button>
      </div>
      {mode === 'rename' && <RenameForm detail={detail} busy={busy} onSubmit={decide} />}
      {mode === 'split' && <SplitForm detail={detail} busy={busy} onSubmit={decide} />}
      {mode === 'merge' && <MergeForm detail={detail} busy={busy} onSubmit={decide} />}
      {mode === 'delete' && (
        <p className="curation-form">
          Delete {entity.nameEn} with its relations? It stays deleted when articles are ingested again.{' '}
          <button
            data-testid="curate-delete-confirm"
            disabled={busy}
            onClick={() => void decide({ action: 'delete', id: entity.id })}
          >
            Confirm delete
          </button>
        </p>
      )}
      {error && (
        <p className="error" data-testid="curation-error">
          {error}
        </p>
      )}
    </section>
  );
}

type FormProps = { detail: EntityDetail; busy: boolean; onSubmit: (request: CurationRequestInput) => Promise<void> };

function RenameForm({ detail: { entity }, busy, onSubmit }: FormProps) {
  const [name, setName] = useState(entity.name);
  const [nameEn, setNameEn] = useState(entity.nameEn);
  const [type, setType] = useState<EntityType>(entity.type);
  const changed = {
    ...(name.trim() && name.trim() !== entity.name ? { name: name.trim() } : {}),
    ...(nameEn.trim() && nameEn.trim() !== entity.nameEn ? { nameEn: nameEn.trim() } : {}),
    ...(type !== entity.type ? { type } : {}),
  };
  return (
    <form
      className="curation-form"
      data-testid="rename-form"
      onSubmit={(event) => {
        event.preventDefault();
        void onSubmit({ action: 'rename', id: entity.id, ...changed });
      }}
    >
      <label>
        Name <input dir="auto" data-testid="rename-name" value={name} onChange={(e) => setName(e.target.value)} />
      </label>
      <label>
        English name <input data-testid="rename-name-en" value={nameEn} onChange={(e) => setNameEn(e.target.value)} />
      </label>
      <label>
        Type{' '}
        <select data-testid="rename-type" value={type} onChange={(e) => setType(e.target.value as EntityType)}>
          {TYPES.map((t) => (
            <option key={t} value={t}>
              {t.toLowerCase()}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" data-testid="rename-save" disabled={busy || Object.keys(changed).length === 0}>
        Save
      </button>
    </form>
  );
}

function SplitForm({ detail: { entity }, busy, onSubmit }: FormProps) {
  const names = [...new Set([...entity.aliases, entity.name])];
  const [name, setName] = useState(names[0] ?? '');
  const [nameEn, setNameEn] = useState('');
  return (
    <form
      className="curation-form"
      data-testid="split-form"
      onSubmit={(event) => {
        event.preventDefault();
        void onSubmit({ action: 'split', id: entity.id, name, ...(nameEn.trim() ? { nameEn: nameEn.trim() } : {}) });
      }}
    >
      <label>
        Name to split off{' '}
        <select dir="auto" data-testid="split-name" value={name} onChange={(e) => setName(e.target.value)}>
          {names.map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      </label>
      <label>
        Its English name{' '}
        <input data-testid="split-name-en" value={nameEn} onChange={(e) => setNameEn(e.target.value)} />
      </label>
      <button type="submit" data-testid="split-save" disabled={busy || !name}>
        Split
      </button>
    </form>
  );
}

function MergeForm({ detail: { entity }, busy, onSubmit }: FormProps) {
  const session = useSession();
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<SearchHit[]>([]);
  const search = async (text: string) => {
    setQuery(text);
    if (text.trim().length < 2) return setHits([]);
    const { results } = await session.api.search(text, { types: [entity.type], limit: 8 }).catch(() => ({
      results: [],
    }));
    setHits(results.filter((h) => h.id !== entity.id));
  };
  return (
    <div className="curation-form" data-testid="merge-form">
      <label>
        Another {entity.type.toLowerCase()} that is {entity.nameEn}:{' '}
        <input dir="auto" data-testid="merge-search" value={query} onChange={(e) => void search(e.target.value)} />
      </label>
      <ul className="merge-hits">
        {hits.map((h) => (
          <li key={h.id}>
            <span dir="auto">{h.name}</span> <span className="name-en">{h.nameEn}</span>{' '}
            <button
              data-testid="merge-into-this"
              data-id={h.id}
              disabled={busy}
              onClick={() => void onSubmit({ action: 'merge', keep: entity.id, other: h.id })}
            >
              Merge into this
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
