// Properties of the readers and normalisers on arbitrary (hostile) input: never throw, every line or item is
// accounted for, every document is valid, and offsets always point back into the original text.
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { Document } from '@shabaka/schema';
import { matchKey, normalize, splitSentences, tokenize } from '@shabaka/text';
import { decodeBytes } from '../decode-bytes.js';
import { readHtml } from '../html-reader.js';
import { readJson, readJsonl } from '../json-reader.js';
import { readText } from '../text-reader.js';
import { context } from '../readers.fixtures.js';
import type { ReadResult } from '../read-result.js';

const RUNS = { numRuns: 150, seed: 20261129 };

/** Characters that break naive code: bidi controls, joiners, BOM, NUL, lone surrogates, Arabic marks. */
const nasty = fc.constantFrom(
  '\u202E',
  '\u202D',
  '\u202C',
  '\u2066',
  '\u2069',
  '\u200D',
  '\u200C',
  '\uFEFF',
  '\u0000',
  '\uD800',
  '\uDC00',
  'ـ',
  'ً',
  'ّ',
  '\r',
  '\n',
  '"',
  '{',
  '}',
  '<',
  '>',
  "'",
  '`',
  '//',
);
const hostileText = fc
  .array(fc.oneof(fc.string({ unit: 'grapheme' }), nasty, fc.constantFrom('وزير', 'Ankara', 'ال', 'إ')), {
    maxLength: 40,
  })
  .map((parts) => parts.join(''));

function valid(results: ReadResult[]): boolean {
  return results.every((r) => (r.ok ? Document.safeParse(r.document).success : r.issue.reason.length > 0));
}

describe('reader properties', () => {
  it('decodeBytes never throws and either decodes or names the problem', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const out = decodeBytes(bytes);
        return out.ok ? typeof out.text === 'string' : out.reason.length > 0;
      }),
      RUNS,
    );
  });

  it('readJsonl yields one result per non-blank line (or one EMPTY issue), all valid', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            hostileText,
            hostileText.map((t) => JSON.stringify({ title: t, text: `${t} x` })),
          ),
          {
            maxLength: 12,
          },
        ),
        (lines) => {
          const content = lines.join('\n');
          const results = [...readJsonl(content, context())];
          const nonBlank = content.split('\n').filter((l) => l.trim()).length;
          expect(results).toHaveLength(Math.max(1, nonBlank));
          expect(valid(results)).toBe(true);
        },
      ),
      RUNS,
    );
  });

  it('readJson, readText and readHtml never throw and yield valid results', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        for (const reader of [readJson, readText, readHtml]) {
          const results = [...reader(text, context())];
          expect(results.length).toBeGreaterThan(0);
          expect(valid(results)).toBe(true);
        }
      }),
      { ...RUNS, numRuns: 60 },
    );
  });

  it('a JSON record keeps its text verbatim, whatever characters it holds', () => {
    fc.assert(
      fc.property(hostileText, (t) => {
        const text = `${t}.`.replace(/\r\n?/g, '\n').trim();
        fc.pre(text.length > 0);
        const [r] = [...readJsonl(JSON.stringify({ text }), context())];
        expect(r?.ok && r.document.text).toBe(text);
      }),
      RUNS,
    );
  });
});

describe('normaliser properties on hostile text', () => {
  it('normalize maps every index back into the original, monotonically', () => {
    fc.assert(
      fc.property(hostileText, fc.boolean(), (text, forMatch) => {
        const { text: out, map } = normalize(text, { forMatch });
        expect(map.length).toBe(out.length);
        expect(map.originalLength).toBe(text.length);
        let last = 0;
        for (let i = 0; i <= out.length; i++) {
          const o = map.toOriginal(i);
          expect(o).toBeGreaterThanOrEqual(last);
          expect(o).toBeLessThanOrEqual(text.length);
          last = o;
        }
      }),
      RUNS,
    );
  });

  it('matchKey is idempotent and drops bidi controls', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const key = matchKey(text);
        expect(matchKey(key)).toBe(key);
        expect(key).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
      }),
      RUNS,
    );
  });

  it('tokens and sentences slice back to the original text', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
        for (const s of splitSentences(text)) {
          expect(s.start).toBeLessThanOrEqual(s.end);
          expect(s.end).toBeLessThanOrEqual(text.length);
        }
      }),
      RUNS,
    );
  });
});
