import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { isArabicBlockMark, matchKey, normalize, stableAlone } from './normalize.js';
import { composeMaps } from './offset-map.js';
import { mixedText, PROPERTY_RUNS } from './text.fixtures.js';

const LETTER = /\p{L}/u;

describe('normalize', () => {
  it('leaves clean text alone with an identity map', () => {
    const { text, map } = normalize('استقبل الوزير وفداً من الكويت');
    expect(text).toBe('استقبل الوزير وفداً من الكويت');
    expect(map.toOriginal(7)).toBe(7);
  });

  it('expands presentation forms with NFKC and maps both letters to the one original', () => {
    const { text, map } = normalize('ﻻ بد');
    expect(text).toBe('لا بد');
    expect(map.toOriginal(0)).toBe(0);
    expect(map.toOriginal(1)).toBe(0);
    expect(map.toOriginal(3)).toBe(2);
    expect(map.toOriginalSpan(0, 2)).toEqual([0, 1]);
  });

  it('folds Arabic spelling variants for matching', () => {
    expect(normalize('أعلنت وزارةُ الداخليّة إنّ مصطفى مسؤولٌ عن الطائرة', { forMatch: true }).text).toBe(
      'اعلنت وزاره الداخليه ان مصطفي مسوول عن الطايره',
    );
    expect(normalize('آمنة وإيمان وٱبن', { forMatch: true }).text).toBe('امنه وايمان وابن');
  });

  it('strips tatweel, zero-width and bidi controls, maps digits and lowercases Latin', () => {
    const raw = 'الســـلام\u200F في ٢٠٢٤ مع Reuters\u200B و۳٫۵٪';
    expect(normalize(raw, { forMatch: true }).text).toBe('السلام في 2024 مع reuters و3.5%');
  });

  it('maps a folded word back to its original span, marks included', () => {
    const raw = 'قالَ الرَّئيسُ التركيُّ';
    const { text, map } = normalize(raw, { forMatch: true });
    const start = text.indexOf('الرييس');
    const [s, e] = map.toOriginalSpan(start, start + 'الرييس'.length);
    expect(raw.slice(s, e)).toBe('الرَّئيسُ');
  });

  it('composes again what a removed mark used to block, so folding stays idempotent', () => {
    // The hamza mark (removed) blocked the acute from joining e; once it is gone NFKC composes é.
    const { text, map } = normalize('e\u0654\u0301', { forMatch: true });
    expect(text).toBe('é');
    expect(map.toOriginalSpan(0, 1)).toEqual([0, 3]);
  });

  it('normalises clusters that NFKC joins across starters (Hangul jamo, kana voicing)', () => {
    expect(normalize('\u1100\u1161\u11A8x').text).toBe('각x');
    expect(normalize('カ\uFF9Eb').map.toOriginal(1)).toBe(2);
  });

  it('rejects indices outside the normalised text with a coded error', () => {
    const { map } = normalize('ﻻ', { forMatch: true });
    expect(() => map.toOriginal(3)).toThrow(
      expect.objectContaining({ code: 'TEXT_OFFSET_OUT_OF_RANGE', hint: expect.stringMatching(/normalised text/) }),
    );
    expect(() => map.toOriginalSpan(1, 0)).toThrow(/before its start \d+ \(pass the span as \(start, end\)/);
  });

  it('composes an NFKC map with a folding map', () => {
    const raw = 'ﻷمير الكويت';
    const first = normalize(raw);
    const second = normalize(first.text, { forMatch: true });
    const map = composeMaps(first.map, second.map);
    expect(second.text).toBe('لامير الكويت');
    expect(map.toOriginalSpan(0, 5)).toEqual([0, 4]);
    expect(() => composeMaps(second.map, first.map)).toThrow(
      expect.objectContaining({ code: 'TEXT_MAP_MISMATCH', hint: expect.stringMatching(/in the order/) }),
    );
  });
});

describe('fast paths', () => {
  it('agree with Unicode on the whole Arabic block and Latin-1', () => {
    for (let code = 0; code <= 0x06ff; code++) {
      const ch = String.fromCharCode(code);
      if (code >= 0x0600) expect([code, isArabicBlockMark(code)]).toEqual([code, /\p{M}/u.test(ch)]);
      if (stableAlone(code)) expect([code, ch.normalize('NFKC')]).toEqual([code, ch]);
    }
  });
});

describe('matchKey', () => {
  it('folds, collapses whitespace and keeps the article', () => {
    expect(matchKey('  إسطنبولُ   التركيّة ')).toBe('اسطنبول التركيه');
    expect(matchKey('Recep Tayyip  ERDOĞAN')).toBe('recep tayyip erdoğan');
    expect(matchKey('الأمم المتحدة')).toBe(matchKey('الامم المتحده'));
  });
});

describe('normalize properties', () => {
  for (const forMatch of [false, true]) {
    it(`keeps toOriginal monotone and in bounds (forMatch: ${forMatch})`, () => {
      fc.assert(
        fc.property(mixedText, (raw) => {
          const { text, map } = normalize(raw, { forMatch });
          expect(map.length).toBe(text.length);
          expect(map.originalLength).toBe(raw.length);
          expect(map.toOriginal(text.length)).toBe(raw.length);
          let previous = 0;
          for (let i = 0; i <= text.length; i++) {
            const o = map.toOriginal(i);
            expect(o).toBeGreaterThanOrEqual(previous);
            expect(o).toBeLessThanOrEqual(raw.length);
            previous = o;
          }
        }),
        PROPERTY_RUNS,
      );
    });

    it(`is idempotent (forMatch: ${forMatch})`, () => {
      fc.assert(
        fc.property(mixedText, (raw) => {
          const once = normalize(raw, { forMatch }).text;
          expect(normalize(once, { forMatch }).text).toBe(once);
        }),
        PROPERTY_RUNS,
      );
    });

    it(`maps every normalised letter to an original span that normalises to contain it (forMatch: ${forMatch})`, () => {
      fc.assert(
        fc.property(mixedText, (raw) => {
          const { text, map } = normalize(raw, { forMatch });
          for (let i = 0; i < text.length; i++) {
            const ch = text[i] as string;
            if (!LETTER.test(ch)) continue;
            const [s, e] = map.toOriginalSpan(i, i + 1);
            expect(e).toBeGreaterThan(s);
            expect(normalize(raw.slice(s, e), { forMatch }).text).toContain(ch);
          }
        }),
        PROPERTY_RUNS,
      );
    });
  }

  it('agrees with matchKey', () => {
    fc.assert(
      fc.property(mixedText, (raw) => {
        const folded = normalize(raw, { forMatch: true }).text;
        expect(matchKey(raw)).toBe(folded.replace(/\s+/gu, ' ').trim());
      }),
      PROPERTY_RUNS,
    );
  });

  it('gives a matchKey that is its own matchKey', () => {
    fc.assert(
      fc.property(mixedText, (raw) => {
        const key = matchKey(raw);
        expect(matchKey(key)).toBe(key);
      }),
      PROPERTY_RUNS,
    );
  });

  it('composes NFKC then folding into the same text and a valid map', () => {
    fc.assert(
      fc.property(mixedText, (raw) => {
        const first = normalize(raw);
        const second = normalize(first.text, { forMatch: true });
        expect(second.text).toBe(normalize(raw, { forMatch: true }).text);
        const map = composeMaps(first.map, second.map);
        let previous = 0;
        for (let i = 0; i < second.text.length; i++) {
          const [s, e] = map.toOriginalSpan(i, i + 1);
          expect(s).toBeGreaterThanOrEqual(previous);
          expect(e).toBeLessThanOrEqual(raw.length);
          previous = s;
        }
      }),
      PROPERTY_RUNS,
    );
  });
});
