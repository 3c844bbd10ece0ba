// Tests of the committed models through the public API on news-style sentences written for these tests.
import { describe, expect, it } from '@jest/globals';
import { TaggedMention } from '@shabaka/schema';
import { loadModel, tag, tagTokens } from './index.js';

const pick = (ms: TaggedMention[]): string[] => ms.map((m) => `${m.type}:${m.text}`);

describe('committed models', () => {
  it('carry provenance', () => {
    for (const lang of ['ar', 'en'] as const) {
      const { meta } = loadModel(lang);
      expect(meta.lang).toBe(lang);
      expect(meta.trainingData[0]!.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(meta.gazetteer?.sha256).toMatch(/^[0-9a-f]{64}$/);
    }
  });
});

describe('tag (Arabic)', () => {
  const text =
    'استقبل الرئيس التركي رجب طيب إردوغان في أنقرة وزير الخارجية السعودي فيصل بن فرحان، وبحثا الوضع في سوريا.';
  const mentions = tag(text, { lang: 'ar' });
  it('finds people and places with original offsets', () => {
    expect(pick(mentions)).toEqual(
      expect.arrayContaining(['PERSON:رجب طيب إردوغان', 'LOCATION:أنقرة', 'PERSON:فيصل بن فرحان', 'LOCATION:سوريا']),
    );
    for (const m of mentions) {
      expect(text.slice(m.start, m.end)).toBe(m.text);
      expect(() => TaggedMention.parse(m)).not.toThrow();
    }
  });
  it('leaves the conjunction out of a clitic-attached place name', () => {
    const ms = tag('وصل الوفد إلى القاهرة وبيروت أمس.', { lang: 'ar' });
    expect(pick(ms)).toEqual(expect.arrayContaining(['LOCATION:القاهرة', 'LOCATION:بيروت']));
  });
  it('finds organisations', () => {
    const ms = tag('قال الاتحاد الأوروبي إن البنك الدولي سيقدم مساعدات إلى لبنان.', { lang: 'ar' });
    expect(pick(ms)).toEqual(
      expect.arrayContaining(['ORGANIZATION:الاتحاد الأوروبي', 'ORGANIZATION:البنك الدولي', 'LOCATION:لبنان']),
    );
  });
});

describe('tag (English)', () => {
  it('finds people, organisations and places', () => {
    const text =
      'German Chancellor Olaf Scholz met Emmanuel Macron in Paris, and Microsoft Corp. said it would invest in Kenya.';
    const ms = tag(text, { lang: 'en' });
    expect(pick(ms)).toEqual(
      expect.arrayContaining([
        'PERSON:Olaf Scholz',
        'PERSON:Emmanuel Macron',
        'LOCATION:Paris',
        'ORGANIZATION:Microsoft Corp.',
        'LOCATION:Kenya',
      ]),
    );
    for (const m of ms) expect(m.confidence).toBeGreaterThan(0);
  });
});

describe('tagTokens', () => {
  it('returns IOB2 labels without MISC', () => {
    const r = tagTokens(['The', 'Reuters', 'report', 'from', 'London', 'quoted', 'English', 'fans'], 'en');
    expect(r.labels).toHaveLength(8);
    expect(r.labels.every((l) => !l.endsWith('MISC'))).toBe(true);
    expect(r.labels[4]).toBe('B-LOC');
  });
});
