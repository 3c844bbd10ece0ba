import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { normalize } from './normalize.js';
import { mixedText, PROPERTY_RUNS } from './text.fixtures.js';
import { tokenize } from './tokenize.js';

const show = (text: string): string[] => tokenize(text).map((t) => `${t.kind}:${t.text}`);

describe('tokenize', () => {
  it('splits an Arabic news sentence with Arabic punctuation and quotes', () => {
    expect(show('قال المتحدث باسم «الهلال الأحمر»: وصلت 12 شاحنة، فهل تكفي؟')).toEqual([
      'word:قال',
      'word:المتحدث',
      'word:باسم',
      'punct:«',
      'word:الهلال',
      'word:الأحمر',
      'punct:»',
      'punct::',
      'word:وصلت',
      'number:12',
      'word:شاحنة',
      'punct:،',
      'word:فهل',
      'word:تكفي',
      'punct:؟',
    ]);
  });

  it('keeps numbers with separators, Arabic-Indic digits and percentages whole', () => {
    expect(show('ارتفع 3.5% إلى ١٢٬٥٠٠ و٧٫٢٪ ثم 1,250,000')).toEqual([
      'word:ارتفع',
      'number:3.5%',
      'word:إلى',
      'number:١٢٬٥٠٠',
      'word:و',
      'number:٧٫٢٪',
      'word:ثم',
      'number:1,250,000',
    ]);
  });

  it('recognises urls, emails, hashtags, mentions and emoji', () => {
    expect(show('راجع https://example.org/a?b=1. أو news@example.com #تميم_بن_حمد @AlArabiya 👍🏽 🇶🇦')).toEqual([
      'word:راجع',
      'url:https://example.org/a?b=1',
      'punct:.',
      'word:أو',
      'email:news@example.com',
      'hashtag:#تميم_بن_حمد',
      'mention:@AlArabiya',
      'emoji:👍🏽',
      'emoji:🇶🇦',
    ]);
  });

  it('keeps Latin inner apostrophes and hyphens but not Arabic dashes', () => {
    expect(show("O'Neil met al-Assad about F-16s; الرياض-جدة")).toEqual([
      "word:O'Neil",
      'word:met',
      'word:al-Assad',
      'word:about',
      'word:F-16s',
      'punct:;',
      'word:الرياض',
      'punct:-',
      'word:جدة',
    ]);
  });

  it("splits a final possessive 's (either apostrophe) off the name, as CoNLL-2003 does", () => {
    expect(show("Donald Trump’s aide, Mueller's probe, O'Neil's men, the workers' union")).toEqual([
      'word:Donald',
      'word:Trump',
      'word:’s',
      'word:aide',
      'punct:,',
      'word:Mueller',
      "word:'s",
      'word:probe',
      'punct:,',
      "word:O'Neil",
      "word:'s",
      'word:men',
      'punct:,',
      'word:the',
      'word:workers',
      "punct:'",
      'word:union',
    ]);
    expect(show('Ross’sister')).toEqual(['word:Ross’sister']);
  });

  it('keeps tashkeel and tatweel inside words and skips bidi marks between them', () => {
    const text = 'وَصَلَ\u200F الرئيـــس';
    expect(tokenize(text).map((t) => [t.text, t.start, t.end])).toEqual([
      ['وَصَلَ', 0, 6],
      ['الرئيـــس', 8, 17],
    ]);
  });

  it('keeps the dot of abbreviations, acronyms and initials as CoNLL does', () => {
    expect(show('Mr. Blair met U.S. and U.N. envoys at 9 a.m. with J. Smith. Done.')).toEqual([
      'word:Mr.',
      'word:Blair',
      'word:met',
      'word:U.S.',
      'word:and',
      'word:U.N.',
      'word:envoys',
      'word:at',
      'number:9',
      'word:a.m.',
      'word:with',
      'word:J.',
      'word:Smith',
      'punct:.',
      'word:Done',
      'punct:.',
    ]);
  });

  it('classifies currency signs and other marks as symbols', () => {
    expect(show('$5 + €')).toEqual(['symbol:$', 'number:5', 'symbol:+', 'symbol:€']);
  });

  it('keeps a stray mark with the number or punctuation before it', () => {
    expect(show('5\u064E،\u0650 كتب')).toEqual(['number:5\u064E', 'punct:،\u0650', 'word:كتب']);
  });
});

describe('tokenize properties', () => {
  it('gives ordered, non-overlapping tokens that slice back from the original', () => {
    fc.assert(
      fc.property(mixedText, (text) => {
        let previousEnd = 0;
        for (const t of tokenize(text)) {
          expect(text.slice(t.start, t.end)).toBe(t.text);
          expect(t.end).toBeGreaterThan(t.start);
          expect(t.start).toBeGreaterThanOrEqual(previousEnd);
          previousEnd = t.end;
        }
      }),
      PROPERTY_RUNS,
    );
  });

  it('covers every character except whitespace and invisible format characters', () => {
    fc.assert(
      fc.property(mixedText, (text) => {
        const covered = new Uint8Array(text.length);
        for (const t of tokenize(text)) covered.fill(1, t.start, t.end);
        for (let i = 0; i < text.length; i++) {
          if (covered[i] === 0) expect(text[i]).toMatch(/[\s\p{Cf}]/u);
        }
      }),
      PROPERTY_RUNS,
    );
  });

  // Tokens map to monotone spans; two tokens overlap in the original only when a token boundary
  // falls inside one NFKC cluster (e.g. a lone surrogate before a Hangul final jamo).
  it('gives tokens of normalised text that map back to monotone original spans', () => {
    fc.assert(
      fc.property(mixedText, (raw) => {
        const { text, map } = normalize(raw, { forMatch: true });
        let previous = [0, 0];
        for (const t of tokenize(text)) {
          const [start, end] = map.toOriginalSpan(t.start, t.end);
          expect(start).toBeGreaterThanOrEqual(previous[0] as number);
          expect(end).toBeGreaterThanOrEqual(previous[1] as number);
          expect(end).toBeGreaterThan(start);
          expect(end).toBeLessThanOrEqual(raw.length);
          previous = [start, end];
        }
      }),
      PROPERTY_RUNS,
    );
  });
});
