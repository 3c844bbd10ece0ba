import { describe, expect, test } from '@jest/globals';
import type { EventSummary } from '@shabaka/schema';
import { EVENT_OVERVIEW_LIMIT, eventTime, eventsShown, findEvents, searchKey } from './events.js';

const entity = (id: string, name: string, nameEn: string) => ({ id, name, nameEn, type: 'PERSON' as const });
const event = (id: string, date: string | null, names: [string, string][], place: [string, string] | null) =>
  ({
    id,
    type: 'MEETING',
    date,
    dateText: null,
    modality: 'asserted',
    location: place ? { id: `loc_${place[1]}`, name: place[0], nameEn: place[1], lat: null, lon: null } : null,
    participants: names.map(([ar, en]) => entity(`per_${en}`, ar, en)),
    evidence: {
      sentence: 's',
      start: 0,
      end: 1,
      predicate: 'MEETING',
      confidence: 1,
      doc: { id: 'd', title: 't', source: null, date: '2025-05-14T08:00:00Z', url: null },
    },
  }) satisfies EventSummary;

describe('events', () => {
  test('shown by default below the overview limit; the analyst choice wins', () => {
    expect(eventsShown(null, 12)).toBe(true);
    expect(eventsShown(null, EVENT_OVERVIEW_LIMIT)).toBe(false);
    expect(eventsShown(false, 12)).toBe(false);
    expect(eventsShown(true, EVENT_OVERVIEW_LIMIT)).toBe(true);
  });

  test("an event is placed at its own date, else at its article's day", () => {
    expect(eventTime(event('e', '2025-05-12', [], null))).toBe('2025-05-12');
    expect(eventTime(event('e', null, [], null))).toBe('2025-05-14');
  });

  test('search keys forgive hamza, taa marbuta, diacritics and case', () => {
    expect(searchKey('أنقرة')).toBe(searchKey('انقره'));
    expect(searchKey('فِيدان')).toBe(searchKey('فيدان'));
    expect(searchKey('Ankara')).toBe('ankara');
  });

  test('events are found by a participant or the place, in either script, most names matched first', () => {
    const events = [
      event('e1', '2025-05-12', [['هاكان فيدان', 'Hakan Fidan']], ['أنقرة', 'Ankara']),
      event('e2', '2025-05-01', [['أيمن الصفدي', 'Ayman Safadi']], ['الرياض', 'Riyadh']),
      event('e3', '2025-04-01', [['رستم عمروف', 'Rustem Umerov']], ['انقره', 'Ankara']),
    ];
    expect(findEvents(events, 'فيدان', 5).map((e) => e.id)).toEqual(['e1']);
    expect(findEvents(events, 'ankara', 5).map((e) => e.id)).toEqual(['e3', 'e1']);
    expect(findEvents(events, 'أنقرة', 1).map((e) => e.id)).toEqual(['e3']);
    expect(findEvents(events, '  ', 5)).toEqual([]);
  });
});
