// Unit tests of state-body names (head noun × domain/adjective × jurisdiction) through extract().
// Sentences written for this file, not taken from any evaluation set.
import { describe, expect, it } from '@jest/globals';
import type { ExtractionResult as Result } from '@shabaka/schema';
import { extract } from './extract.js';

const orgs = (r: Result): string[] =>
  r.entities.filter((e) => e.type === 'ORGANIZATION').map((e) => `${e.name} = ${e.nameEn}`);
const idOf = (r: Result, name: string): string | undefined => r.entities.find((e) => e.name === name)?.id;

describe('state bodies (Arabic)', () => {
  it('finds ministries, councils, authorities and sovereign bodies with their domain and country', () => {
    const r = extract(
      'أعلنت وزارة الزراعة الأردنية أن مجلس الشورى وافق، فيما رحّب الجيش الأردني والحكومة الأردنية بقرار الهيئة العامة للطيران المدني.',
      { lang: 'ar' },
    );
    expect(orgs(r)).toEqual(
      expect.arrayContaining([
        'وزارة الزراعة الأردنية = Ministry of Agriculture of Jordan',
        'مجلس الشورى = Council of Shura of Jordan',
        'الجيش الأردني = Army of Jordan',
        'الحكومة الأردنية = Government of Jordan',
        'الهيئة العامة للطيران المدني = General Authority of Civil Aviation of Jordan',
      ]),
    );
  });

  it('keeps the same ministry of two countries apart, and joins it across languages', () => {
    const ar = extract('استدعت وزارة الخارجية المغربية سفير بلجيكا، وردت وزارة الخارجية البلجيكية ببيان.', {
      lang: 'ar',
    });
    const a = idOf(ar, 'وزارة الخارجية المغربية');
    const b = idOf(ar, 'وزارة الخارجية البلجيكية');
    expect(a).toBeDefined();
    expect(b).toBeDefined();
    expect(a).not.toBe(b);
    const en = extract('The Moroccan Foreign Ministry summoned the Belgian ambassador.', { lang: 'en' });
    expect(idOf(en, 'Moroccan Foreign Ministry')).toBe(a);
  });

  it('reads a named agency "for news" and an open ministry domain without over-reaching into the sentence', () => {
    const r = extract('نقلت وكالة مهر للأنباء عن وزارة الاستثمار الخميس أن الاتفاق وقع.', { lang: 'ar' });
    const names = r.entities.filter((e) => e.type === 'ORGANIZATION').map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['وكالة مهر للأنباء', 'وزارة الاستثمار']));
  });

  it('does not make a body of a bare head or of "forces" with only a country', () => {
    const r = extract('قالت الحكومة إن القوات الأردنية انسحبت وإن المجلس سيجتمع.', { lang: 'ar' });
    expect(r.entities.filter((e) => e.type === 'ORGANIZATION')).toEqual([]);
  });
});

describe('state bodies (English)', () => {
  it('names a body with the country before its head, possessive or adjective', () => {
    const r = extract(
      "The Kenyan army and Chile's government met officials of the Peruvian Interior Ministry and the Jordanian Foreign Ministry.",
      { lang: 'en' },
    );
    expect(orgs(r)).toEqual(
      expect.arrayContaining([
        'Kenyan army = Army of Kenya',
        "Chile's government = Government of Chile",
        'Peruvian Interior Ministry = Ministry of Interior of Peru',
        'Jordanian Foreign Ministry = Ministry of Foreign Affairs of Jordan',
      ]),
    );
  });
});
