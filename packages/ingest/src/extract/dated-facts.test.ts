// How a date is attached: events and happening relations take the sentence's date expression nearest them.
// Relations come from the hand rules here (relations: 'rules'): the dating is the same for learned relations,
// and which relations the learned layer keeps is tested in learned-relations.test.ts.
import { describe, expect, it } from '@jest/globals';
import { extract } from './extract.js';

describe('dates of events and relations', () => {
  const r = extract(
    'Turkish Foreign Minister Hakan Fidan met Jordanian Foreign Minister Ayman Safadi in Ankara on Thursday.',
    { lang: 'en', publishedAt: '2025-05-17', tagger: null, relations: 'rules' },
  );

  it('dates the meeting and the MET relation from the weekday, the last one on or before publication', () => {
    expect(r.events.find((e) => e.type === 'MEETING')).toMatchObject({ date: '2025-05-15', dateText: 'on Thursday' });
    expect(r.relations.find((x) => x.predicate === 'MET')).toMatchObject({
      date: '2025-05-15',
      dateText: 'on Thursday',
    });
  });

  it('gives no date to a role, which holds over time', () => {
    const roles = r.relations.filter((x) => x.predicate === 'HOLDS_ROLE');
    expect(roles.length).toBeGreaterThan(0);
    for (const role of roles) expect(role.date).toBeUndefined();
  });
});
