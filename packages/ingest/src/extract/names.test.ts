// Unit tests of how extract() reads names: honorifics are not names, name joiners (bin, بن) keep one person.
// Sentences written for this file (not taken from any evaluation set).
import { describe, expect, it } from '@jest/globals';
import type { ExtractionResult as Result } from '@shabaka/schema';
import { extract } from './extract.js';

const people = (r: Result): string[] => r.entities.filter((e) => e.type === 'PERSON').map((e) => e.name);
const roles = (r: Result): string[] =>
  r.relations
    .filter((x) => x.predicate === 'HOLDS_ROLE')
    .map((x) => `${r.entities.find((e) => e.id === x.subject)?.name ?? ''}: ${x.role ?? ''}`);

describe('extract: titles and honorifics', () => {
  it('keeps "Prince" out of the name and "bin" inside it (English)', () => {
    const r = extract('Kuwaiti Foreign Minister Prince Nawaf bin Saad visited Cairo on Sunday.', { lang: 'en' });
    expect(people(r)).toEqual(['Nawaf bin Saad']);
    expect(roles(r)).toEqual(['Nawaf bin Saad: foreign minister']);
    expect(people(r)).not.toContain('Prince');
  });

  it('drops Dr and General before a name (English)', () => {
    const r = extract('Dr. Samir Haddad and General Karim Nasser attended the talks in Amman.', { lang: 'en' });
    expect(people(r).sort()).toEqual(['Karim Nasser', 'Samir Haddad']);
  });

  it('reads الأمير after a role as an honorific, not a second role (Arabic)', () => {
    const r = extract('وصل وزير الخارجية الكويتي الأمير نواف بن سعد إلى القاهرة أمس.', { lang: 'ar' });
    const held = roles(r);
    expect(held).toHaveLength(1);
    expect(held[0]).toMatch(/نواف بن سعد: وزير الخارجية$/);
  });
});

describe('extract: one person across scripts', () => {
  const personId = (r: Result, name: string): string | undefined =>
    r.entities.find((e) => e.type === 'PERSON' && e.name === name)?.id;

  it('gives an Arabic and an English mention of one unknown person the same id when their romanisations agree', () => {
    const ar = extract('التقى الرئيس الأمريكي باراك أوباما نظيره الفرنسي في باريس.', { lang: 'ar' });
    const en = extract('US President Barack Obama met his French counterpart in Paris.', { lang: 'en' });
    const id = personId(en, 'Barack Obama');
    expect(id).toBeDefined();
    expect(personId(ar, 'باراك أوباما')).toBe(id);
  });

  it('links a name without its family suffix to the known person it folds to', () => {
    const en = extract('Foreign Minister Prince Faisal bin Farhan arrived in Cairo.', { lang: 'en' });
    const ar = extract('وصل وزير الخارجية الأمير فيصل بن فرحان إلى القاهرة.', { lang: 'ar' });
    const e = en.entities.find((x) => x.name === 'Faisal bin Farhan');
    expect(e?.nameEn).toBe('Faisal bin Farhan Al Saud');
    expect(e?.id).toBe(personId(ar, 'فيصل بن فرحان'));
  });
});

describe('extract: role labels', () => {
  it('gives an Arabic role its English label, the label an English article gives it', () => {
    const ar = extract('وصل وزير الخارجية الكويتي الأمير نواف بن سعد إلى القاهرة أمس.', { lang: 'ar' });
    const en = extract('Kuwaiti Foreign Minister Prince Nawaf bin Saad visited Cairo on Sunday.', { lang: 'en' });
    const label = (r: Result): (string | null)[] =>
      r.relations.filter((x) => x.predicate === 'HOLDS_ROLE').map((x) => x.roleEn);
    expect(label(ar)).toEqual(['foreign minister']);
    expect(label(en)).toEqual(['foreign minister']);
  });
});
