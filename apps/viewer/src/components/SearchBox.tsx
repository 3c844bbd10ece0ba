// Search with autocomplete: debounced /api/search in either script, keyboard navigation, pick → select.
import type { SearchHit } from '@shabaka/schema';
import { forwardRef, useEffect, useRef, useState } from 'react';
import { isAbort } from '../core/api/api-error.js';
import type { ApiClient } from '../core/api/client.js';
import { KIND_COLORS } from '../core/graph/colors.js';
import { useAppState, useSession } from './use-session.js';

const DEBOUNCE_MS = 180;

export const SearchBox = forwardRef<HTMLInputElement, { api: ApiClient }>(function SearchBox({ api }, ref) {
  const session = useSession();
  const initial = useAppState((s) => s.view.q);
  const [text, setText] = useState(initial);
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [error, setError] = useState<string | null>(null);
  // Closing on blur waits a moment (a click on an option must land first); focusing again cancels it.
  const closeTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    const q = text.trim();
    if (!q) {
      setHits([]);
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(() => {
      api
        .search(q, { limit: 10 }, controller.signal)
        .then(({ results }) => {
          setHits(results);
          setActive(0);
          setError(null);
        })
        .catch((e: unknown) => {
          if (!isAbort(e)) setError(e instanceof Error ? e.message : 'search failed');
        });
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [api, text]);

  const pick = (hit: SearchHit) => {
    setOpen(false);
    session.setQuery(text.trim());
    void session.select(hit.id);
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') setActive((i) => Math.min(hits.length - 1, i + 1));
    else if (event.key === 'ArrowUp') setActive((i) => Math.max(0, i - 1));
    else if (event.key === 'Enter' && hits[active]) pick(hits[active]);
    else if (event.key === 'Escape') {
      setOpen(false);
      event.currentTarget.blur();
    } else return;
    event.preventDefault();
  };

  return (
    <div className="search" role="combobox" aria-expanded={open && hits.length > 0} aria-haspopup="listbox">
      <input
        ref={ref}
        type="search"
        dir="auto"
        data-testid="search-input"
        placeholder="Search people, organisations, places — بحث  ( / )"
        aria-label="Search entities"
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
        }}
        onFocus={() => {
          clearTimeout(closeTimer.current);
          setOpen(true);
        }}
        onBlur={() => {
          closeTimer.current = setTimeout(() => setOpen(false), 150);
        }}
        onKeyDown={onKeyDown}
      />
      {error && (
        <div className="search-error" data-testid="search-error">
          {error}
        </div>
      )}
      {open && hits.length > 0 && (
        <ul className="search-results" role="listbox" data-testid="search-results">
          {hits.map((hit, i) => (
            <li
              key={hit.id}
              role="option"
              aria-selected={i === active}
              data-testid="search-option"
              data-id={hit.id}
              className={i === active ? 'active' : ''}
              onMouseDown={(e) => {
                e.preventDefault();
                pick(hit);
              }}
            >
              <span className="dot" style={{ background: KIND_COLORS[hit.type] }} />
              <span dir="auto" className="name-ar">
                {hit.name}
              </span>
              <span className="name-en">{hit.nameEn}</span>
              <span className="kind">{hit.type.toLowerCase()}</span>
            </li>
          ))}
        </ul>
      )}
      {open && text.trim() && hits.length === 0 && !error && (
        <div className="search-empty" data-testid="search-empty">
          No match yet
        </div>
      )}
    </div>
  );
});
