// Unit tests of extract() on English wire-style sentences: agents of arrests and attacks, places, reports and modality.
// Written for this file (not taken from any evaluation set); they check general rules, each on a different outlet style,
// so relations come from the hand rules (relations: 'rules'); the learned layer is tested in learned-relations.test.ts.
import { describe, expect, it } from '@jest/globals';
import type { Event, ExtractionResult as Result } from '@shabaka/schema';
import { extract } from './extract.js';

const run = (text: string): Result => extract(text, { lang: 'en', publishedAt: '2025-06-10', relations: 'rules' });
const nameOf = (r: Result, id: string | null): string | undefined => r.entities.find((e) => e.id === id)?.nameEn;
const eventOf = (r: Result, type: Event['type']): Event | undefined => r.events.find((e) => e.type === type);
const who = (r: Result, e: Event | undefined): (string | undefined)[] =>
  (e?.participants ?? []).map((p) => nameOf(r, p));
/** One event as names: who took part, where, when, and how it is told. */
const view = (r: Result, type: Event['type']): Record<string, unknown> => {
  const e = eventOf(r, type);
  return { who: who(r, e), where: nameOf(r, e?.location ?? null), date: e?.date, modality: e?.modality };
};
const facts = (r: Result): string[] =>
  r.relations.map((x) => `${nameOf(r, x.subject)} ${x.predicate} ${nameOf(r, x.object)}`);

describe('extract (English wire): the agent is the subject of the trigger, not the sayer of the report', () => {
  it('gives an arrest to the police of the adjective country, and its statement to the ministry', () => {
    const r = run(
      'French police arrested three men suspected of planning an attack on a synagogue in Lyon, the interior ministry said.',
    );
    expect(view(r, 'ARREST')).toMatchObject({ who: ['France'], where: 'Lyon' });
    expect(who(r, eventOf(r, 'STATEMENT'))).toEqual(['interior ministry']);
    // The place belongs to the reported arrest, not to where the ministry spoke.
    expect(eventOf(r, 'STATEMENT')?.location).toBeNull();
  });

  it('reads "Russian forces attacked the Ukrainian city of X" as Russia ATTACKED X, located in Ukraine', () => {
    const r = run(
      'Russian forces attacked the Ukrainian city of Kharkiv overnight, killing four people, officials said.',
    );
    expect(view(r, 'ATTACK')).toMatchObject({ who: ['Russia'], where: 'Kharkiv' });
    expect(facts(r)).toEqual(expect.arrayContaining(['Russia ATTACKED Kharkiv', 'Kharkiv LOCATED_IN Ukraine']));
    expect(facts(r)).not.toContain('Ukraine ATTACKED Kharkiv');
  });

  it('takes "the <adjective> army" as that country\'s army and the place after "in" as where it struck', () => {
    const r = run('Indian army shelled positions in Pakistan on Sunday, the military said.');
    // A country's army is a body of its own, as the dev gold annotates it (Yemeni Army ATTACKED …).
    expect(view(r, 'ATTACK')).toMatchObject({ who: ['Army of India'], where: 'Pakistan', date: '2025-06-08' });
    expect(r.entities.map((e) => e.nameEn)).not.toContain('British Indian Ocean Territory');
  });

  it('places an arrest in "the <region> town of X" and keeps the army that reported it out', () => {
    const r = run('Israeli troops arrested two Palestinians in the West Bank town of Jenin, the army said.');
    expect(view(r, 'ARREST')).toMatchObject({ who: ['Israel'], where: 'Jenin' });
  });

  it('reads "police in X arrested … in Y": X arrested, the arrest took place in Y', () => {
    const r = run('Police in Nigeria arrested 12 suspected members of Boko Haram in Maiduguri on Friday.');
    expect(view(r, 'ARREST')).toMatchObject({
      who: expect.arrayContaining(['Nigeria']),
      where: 'Maiduguri',
      date: '2025-06-06',
    });
  });

  it('places an attack by "security forces" in "the northwestern city of X"', () => {
    const r = run(
      'Pakistani security forces attacked militant hideouts in the northwestern city of Peshawar, officials said.',
    );
    expect(view(r, 'ATTACK')).toMatchObject({ who: ['Pakistan'], where: 'Peshawar' });
  });

  it('keeps an armed group as the attacker when an army reports it, and places the attack "near X"', () => {
    const r = run('Hamas militants attacked an army post near Gaza City, the Israeli military said.');
    expect(view(r, 'ATTACK')).toMatchObject({ who: ['Hamas'], where: 'Gaza City' });
    expect(who(r, eventOf(r, 'STATEMENT'))).not.toContain('Hamas');
  });
});

describe('extract (English wire): modality of arrests', () => {
  it('marks a negated arrest', () => {
    const r = run('Kenyan police did not arrest the protesters in Nairobi, a spokesman said.');
    expect(view(r, 'ARREST')).toMatchObject({ modality: 'negated', who: ['Kenya'], where: 'Nairobi' });
  });

  it('marks an arrest told by unnamed sources as reported', () => {
    const r = run('Iraqi authorities reportedly detained a Swedish journalist in Baghdad, sources said.');
    expect(view(r, 'ARREST')).toMatchObject({ modality: 'reported', who: ['Iraq'], where: 'Baghdad' });
  });

  it('gives a British arrest in London to the United Kingdom', () => {
    const r = run('British police arrested a man in London on suspicion of terrorism offences.');
    expect(who(r, eventOf(r, 'ARREST'))).toEqual(['United Kingdom']);
    expect(nameOf(r, eventOf(r, 'ARREST')?.location ?? null)).toBe('London');
  });
});

describe('extract (English wire): meetings, visits, agreements, accusations, statements', () => {
  it('reads a meeting of two titled leaders with its place and weekday', () => {
    const r = run(
      'German Chancellor Olaf Scholz met French President Emmanuel Macron in Berlin on Tuesday to discuss defence spending.',
    );
    const meeting = eventOf(r, 'MEETING');
    expect(who(r, meeting).sort()).toEqual(['Emmanuel Macron', 'Olaf Scholz']);
    expect(nameOf(r, meeting?.location ?? null)).toBe('Berlin');
    expect(meeting?.date).toBe('2025-06-10');
    expect(facts(r)).toEqual(
      expect.arrayContaining(['Olaf Scholz HOLDS_ROLE Germany', 'Olaf Scholz MET Emmanuel Macron']),
    );
  });

  it('reads a planned visit as future, with the visitor and not the ministry that announced it', () => {
    const r = run('Turkish Foreign Minister Hakan Fidan will visit Cairo next week, the ministry said.');
    const visit = eventOf(r, 'VISIT');
    expect(visit?.modality).toBe('planned');
    expect(who(r, visit)).toEqual(['Hakan Fidan']);
    expect(facts(r)).toContain('Hakan Fidan VISITED Cairo');
  });

  it('reads an agreement signed by two coordinated countries', () => {
    const r = run('Egypt and Jordan signed an agreement on energy cooperation in Amman on Monday.');
    expect(facts(r)).toContain('Egypt SIGNED_AGREEMENT_WITH Jordan');
  });

  it('reads an accusation from its subject to its object', () => {
    const r = run('Iran accused Israel of attacking its consulate in Damascus.');
    expect(facts(r)).toContain('Iran ACCUSED Israel');
    expect(facts(r)).not.toContain('Israel ACCUSED Iran');
  });

  it('places a statement opened by "In X," there', () => {
    const r = run('In Geneva, the UN human rights office said it was alarmed by the violence.');
    const statement = eventOf(r, 'STATEMENT');
    expect(who(r, statement)).toEqual(['United Nations']);
    expect(nameOf(r, statement?.location ?? null)).toBe('Geneva');
  });
});

describe('extract (English wire): a possessive is never part of a name', () => {
  it.each([
    ['’', 'curly'],
    ["'", 'straight'],
  ])('drops the %s (%s) possessive from people, organisations and places', (q) => {
    const r = run(
      `Senator Jane Holloway${q}s staff met officials of Acme Dynamics${q}s board in Ottawa${q}s old city. Holloway${q}s aide said nothing.`,
    );
    const names = r.entities.flatMap((e) => [e.name, ...e.aliases]);
    expect(names.filter((n) => n.includes(q))).toEqual([]);
    expect(r.entities.find((e) => e.name === 'Jane Holloway')?.type).toBe('PERSON');
    // The bare surname is the same person, not an organisation named "Holloway's".
    expect(r.entities.filter((e) => e.name.startsWith('Holloway')).map((e) => e.type)).not.toContain('ORGANIZATION');
  });
});
