import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { findMention, highlightSegments } from './highlight.js';

const sentence = 'والتقى فيدان، في أنقرة الخميس، رستم عمروف';

describe('findMention', () => {
  test('finds the longest name inside the evidence span first', () => {
    const at = sentence.indexOf('فيدان');
    expect(findMention(sentence, ['فيدان', 'هاكان فيدان'], 0, sentence.length)).toEqual({ start: at, end: at + 5 });
  });
  test('prefers an occurrence inside the span over an earlier one outside it', () => {
    const text = 'Fidan said that Fidan met Umerov';
    expect(findMention(text, ['Fidan'], 16, text.length)).toEqual({ start: 16, end: 21 });
  });
  test('returns null when no name occurs (an anaphoric mention)', () => {
    expect(findMention(sentence, ['Erdogan', 'إردوغان'], 0, sentence.length)).toBeNull();
  });
});

describe('highlightSegments', () => {
  test('marks the mention inside the evidence span', () => {
    expect(highlightSegments('a met b today', 0, 7, { start: 6, end: 7 })).toEqual([
      { text: 'a met ', kind: 'span' },
      { text: 'b', kind: 'mention' },
      { text: ' today', kind: 'plain' },
    ]);
  });
  test('clamps offsets that fall outside the sentence', () => {
    expect(highlightSegments('abc', -5, 99, null)).toEqual([{ text: 'abc', kind: 'span' }]);
  });
  test('keeps markup characters as plain text', () => {
    const text = '<img src=x onerror=alert(1)> met B';
    const segments = highlightSegments(text, 0, text.length, { start: 0, end: 28 });
    expect(segments[0]).toEqual({ text: '<img src=x onerror=alert(1)>', kind: 'mention' });
  });
  test('property: segments always concatenate back to the sentence, never empty, never split a surrogate pair', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 40 }),
        fc.integer({ min: -5, max: 50 }),
        fc.integer({ min: -5, max: 50 }),
        fc.option(fc.tuple(fc.integer({ min: -5, max: 50 }), fc.integer({ min: -5, max: 50 }))),
        (text, start, end, mention) => {
          const m = mention ? { start: Math.min(...mention), end: Math.max(...mention) } : null;
          const segments = highlightSegments(text, start, end, m);
          expect(segments.map((s) => s.text).join('')).toBe(text);
          for (const segment of segments) {
            expect(segment.text.length).toBeGreaterThan(0);
            expect(/^[\udc00-\udfff]/.test(segment.text)).toBe(false);
          }
        },
      ),
      { seed: 7, numRuns: 300 },
    );
  });
});
