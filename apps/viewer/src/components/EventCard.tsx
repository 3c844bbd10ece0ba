// The card of the selected event: type, date, place, participants, modality and the evidence sentence in its article.
import { EVENT_TYPE_NAMES } from '@shabaka/schema';
import type { EventSummary } from '@shabaka/schema';
import { KIND_COLORS } from '../core/graph/colors.js';
import { EvidenceSentence } from './EvidenceSentence.js';
import { useAppState, useSession } from './use-session.js';

function Card({ event }: { event: EventSummary }) {
  const session = useSession();
  const names = EVENT_TYPE_NAMES[event.type];
  const place = event.location;
  const entities = [...event.participants, ...(place ? [place] : [])];
  const articleDate = event.evidence.doc.date;
  return (
    <article className="card" data-testid="event-card" data-id={event.id}>
      <header>
        <span className="dot square" style={{ background: KIND_COLORS.EVENT }} />
        <div>
          <h2 dir="auto" data-testid="event-title">
            {names.ar}
            {place ? ` · ${place.name}` : ''}
          </h2>
          <div className="name-en">
            {names.en}
            {place ? ` · ${place.nameEn}` : ''}
          </div>
          <div className="kind">
            event · {event.type.toLowerCase()} ·{' '}
            <span className={`modality ${event.modality}`} data-testid="event-modality">
              {event.modality}
            </span>
          </div>
        </div>
      </header>
      <dl className="facts">
        <dt>Date</dt>
        <dd data-testid="event-date">
          {event.date ?? 'not stated'}
          {event.dateText ? (
            <span className="date-text">
              {' '}
              “<bdi>{event.dateText}</bdi>”
            </span>
          ) : null}
          {!event.date && articleDate ? (
            <span className="name-en"> (article of {articleDate.slice(0, 10)})</span>
          ) : null}
        </dd>
        <dt>Place</dt>
        <dd data-testid="event-place">
          {place ? (
            <button className="link" dir="auto" onClick={() => void session.select(place.id)}>
              {place.name}
            </button>
          ) : (
            'not stated'
          )}
          {place ? <span className="name-en"> {place.nameEn}</span> : null}
        </dd>
      </dl>
      <section>
        <h3>Participants ({event.participants.length})</h3>
        <ul className="neighbors" data-testid="event-participants">
          {event.participants.map((p) => (
            <li key={p.id}>
              <span className="dot" style={{ background: KIND_COLORS[p.type] }} />
              <button className="link" dir="auto" onClick={() => void session.select(p.id)}>
                {p.name}
              </button>{' '}
              <span className="name-en">{p.nameEn}</span>
            </li>
          ))}
        </ul>
      </section>
      <section>
        <h3>Evidence</h3>
        <ul className="evidence-list" data-testid="evidence-list">
          <EvidenceSentence evidence={event.evidence} names={entities.flatMap((e) => [e.name, e.nameEn])} />
        </ul>
      </section>
    </article>
  );
}

/** The event card, or its loading / error state; renders nothing while no event is selected. */
export function EventCard() {
  const event = useAppState((s) => s.event);
  switch (event.type) {
    case 'idle':
      return null;
    case 'loading':
      return (
        <p className="loading" data-testid="card-loading">
          Loading…
        </p>
      );
    case 'error':
      return (
        <p className="error" data-testid="card-error">
          {event.message}
        </p>
      );
    case 'ready':
      return <Card event={event.value} />;
  }
}
