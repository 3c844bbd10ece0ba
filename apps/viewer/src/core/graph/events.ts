// Events on the viewer's side: when event nodes are shown, when an event happened, and finding events by the
// names of their participants and place.
import type { EventSummary } from '@shabaka/schema';

/** How many events the overview asks for; at this many the graph is large and events start hidden. */
export const EVENT_OVERVIEW_LIMIT = 3000;

/**
 * Whether event nodes are drawn: the analyst's choice when made, else on while there are fewer than
 * EVENT_OVERVIEW_LIMIT of them (thousands of extra nodes would bury the entities).
 * @example eventsShown(null, 12) // true
 */
export function eventsShown(choice: boolean | null, count: number): boolean {
  return choice ?? count < EVENT_OVERVIEW_LIMIT;
}

/**
 * When an event happened as far as the viewer can place it: its own date, else its article's date (an
 * undated event is placed when it was reported); null when neither is known.
 * @example eventTime(event) // '2025-05-12'
 */
export function eventTime(event: EventSummary): string | null {
  return event.date ?? event.evidence.doc.date?.slice(0, 10) ?? null;
}

const DIACRITICS = /[\u064B-\u065F\u0670\u0640]/g;

/**
 * A search key tolerant of case, Arabic diacritics and tatweel, and hamza / taa marbuta / alef maqsura spellings.
 * @example searchKey('أنقرة') === searchKey('انقره') // true
 */
export function searchKey(text: string): string {
  return text
    .toLowerCase()
    .replace(DIACRITICS, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ة/g, 'ه')
    .replace(/ى/g, 'ي')
    .replace(/[ؤ]/g, 'و')
    .replace(/[ئ]/g, 'ي')
    .trim();
}

/**
 * Events whose participants or place are named by the query (either script), best first: the more names
 * matched, the earlier; then by date.
 * @example findEvents(events, 'فيدان', 5).map((e) => e.id)
 */
export function findEvents(events: readonly EventSummary[], query: string, limit: number): EventSummary[] {
  const key = searchKey(query);
  if (!key) return [];
  const scored: { event: EventSummary; hits: number }[] = [];
  for (const event of events) {
    const names = [...event.participants, ...(event.location ? [event.location] : [])];
    const hits = names.filter((n) => searchKey(n.name).includes(key) || searchKey(n.nameEn).includes(key)).length;
    if (hits > 0) scored.push({ event, hits });
  }
  scored.sort((a, b) => b.hits - a.hits || (eventTime(a.event) ?? '').localeCompare(eventTime(b.event) ?? ''));
  return scored.slice(0, limit).map((s) => s.event);
}
