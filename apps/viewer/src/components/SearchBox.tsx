// Search with autocomplete: debounced /api/search in either script, keyboard navigation, pick → select.
import { EVENT_TYPE_NAMES } from '@shabaka/schema';
import type { EventSummary, SearchHit } from '@shabaka/schema';
import { forwardRef, useEffect, useMemo, useRef, useState } from 'react';
import { isAbort } from '../core/api/api-error.js';
import type { ApiClient } from '../core/api/client.js';
import { KIND_COLORS } from '../core/graph/colors.js';
import { eventTime, findEvents } from '../core/graph/events.js';
import { useAppState, useSession } from './use-session.js';

const DEBOUNCE_MS = 180;
/** Events listed under the entity hits: found among the loaded events by participant or place. */
const EVENT_HITS = 5;

type Option = { kind: 'entity'; hit: SearchHit } | { kind: 'event'; event: EventSummary };
const optionId = (o: Option) => (o.kind === 'entity' ? o.hit.id : o.event.id);

export const SearchBox = forwardRef<HTMLInputElement, { api: ApiClient }>(function SearchBox({ api }, ref) {
  const session = useSession();
  const initial = useAppState((s) => s.view.q);
  const [text, setText] = useState(initial);
  const [hits, setHits] = useState<SearchHit[]>([]);
  const events = useAppState((s) => s.events);
  const options = useMemo<Option[]>(() => {
    const found = events.type === 'ready' ? findEvents(events.value, text, EVENT_HITS) : [];
    return [
      ...hits.map((hit): Option => ({ kind: 'entity', hit })),
      ...found.map((event): Option => ({ kind: 'event', event })),
    ];
  }, [hits, events, text]);
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

  const pick = (option: Option) => {
    setOpen(false);
    session.setQuery(text.trim());
    void session.select(optionId(option));
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') setActive((i) => Math.min(options.length - 1, i + 1));
    else if (event.key === 'ArrowUp') setActive((i) => Math.max(0, i - 1));
    else if (event.key === 'Enter' && options[active]) pick(options[active]);
    else if (event.key === 'Escape') {
      setOpen(false);
      event.currentTarget.blur();
    } else return;
    event.preventDefault();
  };

  return (
    <div className="search" role="combobox" aria-expanded={open && options.length > 0} aria-haspopup="listbox">
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
      {open && options.length > 0 && (
        <ul className="search-results" role="listbox" data-testid="search-results">
          {options.map((option, i) => (
            <li
              key={optionId(option)}
              role="option"
              aria-selected={i === active}
              data-testid={option.kind === 'entity' ? 'search-option' : 'search-event-option'}
              data-id={optionId(option)}
              className={i === active ? 'active' : ''}
              onMouseDown={(e) => {
                e.preventDefault();
                pick(option);
              }}
            >
              {option.kind === 'entity' ? <EntityHit hit={option.hit} /> : <EventHit event={option.event} />}
            </li>
          ))}
        </ul>
      )}
      {open && text.trim() && options.length === 0 && !error && (
        <div className="search-empty" data-testid="search-empty">
          No match yet
        </div>
      )}
    </div>
  );
});

function EntityHit({ hit }: { hit: SearchHit }) {
  return (
    <>
      <span className="dot" style={{ background: KIND_COLORS[hit.type] }} />
      <span dir="auto" className="name-ar">
        {hit.name}
      </span>
      <span className="name-en">{hit.nameEn}</span>
      <span className="kind">{hit.type.toLowerCase()}</span>
    </>
  );
}

function EventHit({ event }: { event: EventSummary }) {
  const who = event.participants.map((p) => p.name).join('، ');
  return (
    <>
      <span className="dot square" style={{ background: KIND_COLORS.EVENT }} />
      <span dir="auto" className="name-ar">
        {EVENT_TYPE_NAMES[event.type].ar}
        {event.location ? ` · ${event.location.name}` : ''}
      </span>
      <span dir="auto" className="name-en">
        {who}
      </span>
      <span className="kind">event {eventTime(event) ?? ''}</span>
    </>
  );
}
