// Unit tests for locating evidence: sentence rows and span offsets inside the sentence.
import { describe, expect, test } from '@jest/globals';
import type { Evidence, Sentence } from '@shabaka/schema';
import { locateEvidence } from './evidence-location.js';

const text = 'الجملة الأولى. التقى أردوغان ترامب في أنقرة.';
const second = 'التقى أردوغان ترامب في أنقرة.';
const secondStart = text.indexOf(second);
const sentences: Sentence[] = [
  { id: 'd#0', docId: 'd', index: 0, start: 0, end: 14, text: text.slice(0, 14) },
  { id: 'd#1', docId: 'd', index: 1, start: secondStart, end: text.length, text: second },
];
const ev = (extra: Partial<Evidence> = {}): Evidence => ({
  doc: 'd',
  sentence: second,
  start: secondStart,
  end: secondStart + 'التقى'.length,
  extractor: 't',
  confidence: 1,
  ...extra,
});

describe('locateEvidence', () => {
  test('uses the listed sentence by index and makes the span sentence-relative', () => {
    const found = locateEvidence(ev({ sentenceIndex: 1 }), { sentences, docText: text, storedStart: () => undefined });
    expect(found.sentence.id).toBe('d#1');
    expect(second.slice(found.spanStart, found.spanEnd)).toBe('التقى');
  });

  test('finds the covering sentence when the index is missing', () => {
    const found = locateEvidence(ev(), { sentences, docText: text, storedStart: () => undefined });
    expect(found.sentence.id).toBe('d#1');
    expect(found.spanStart).toBe(0);
  });

  test('falls back to the stored sentence start, then to the document text', () => {
    const stored = locateEvidence(ev({ sentenceIndex: 1 }), {
      sentences: [],
      docText: undefined,
      storedStart: () => secondStart,
    });
    expect(second.slice(stored.spanStart, stored.spanEnd)).toBe('التقى');
    const inText = locateEvidence(ev(), { sentences: [], docText: text, storedStart: () => undefined });
    expect(inText.sentence.id).toMatch(/^d#s[0-9a-f]{12}$/);
    expect(inText.sentence.start).toBe(secondStart);
    expect(second.slice(inText.spanStart, inText.spanEnd)).toBe('التقى');
  });

  test('clamps the span to the sentence when nothing locates it', () => {
    const found = locateEvidence(ev({ start: 500, end: 510 }), {
      sentences: [],
      docText: undefined,
      storedStart: () => undefined,
    });
    expect(found.spanStart).toBeLessThanOrEqual(found.spanEnd);
    expect(found.spanEnd).toBeLessThanOrEqual(second.length);
  });
});
