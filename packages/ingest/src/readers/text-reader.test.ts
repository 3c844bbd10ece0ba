import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { collect, context } from './readers.fixtures.js';
import { normalizeDate } from './make-document.js';
import { readText, splitHeaders } from './text-reader.js';

describe('splitHeaders', () => {
  it('keeps # source/date/title/url lines as metadata and returns the rest', () => {
    const { headers, body } = splitHeaders('# source: Reuters\n# DATE: 2026-01-08\n# url: https://x.test/a\nBody.');
    expect(headers).toEqual({ source: 'Reuters', date: '2026-01-08', url: 'https://x.test/a' });
    expect(body).toBe('Body.');
  });
});

describe('readText', () => {
  it('reads a plain article: header metadata, first heading line as title', async () => {
    const [r] = await collect(
      readText('# source: Sample\n# date: 2026-01-08\nMinisters meet\n\nFidan met Safadi in Ankara.', context()),
    );
    expect(r?.ok).toBe(true);
    if (!r?.ok) return;
    expect(r.document).toMatchObject({
      title: 'Ministers meet',
      text: 'Fidan met Safadi in Ankara.',
      source: 'Sample',
      publishedAt: '2026-01-08',
      lang: 'en',
      kind: 'article',
    });
    expect(r.document.contentHash).toHaveLength(64);
  });

  it('gives the same id to the same text and a URL-based id when a url header is present', async () => {
    const a = await collect(readText('Body one.', context()));
    const b = await collect(readText('Body one.', context({ input: 'other' })));
    const c = await collect(readText('# url: https://x.test/1\nBody one.', context()));
    const id = (rs: typeof a) => (rs[0]?.ok ? rs[0].document.id : '');
    expect(id(a)).toBe(id(b));
    expect(id(c)).not.toBe(id(a));
  });

  it('segments a scraped page into 4 articles and 5 teasers', async () => {
    const page = readFileSync(new URL('../../../../examples/asharq-page.txt', import.meta.url), 'utf8');
    const results = await collect(readText(page, context()));
    const docs = results.flatMap((r) => (r.ok ? [r.document] : []));
    expect(docs.filter((d) => d.kind === 'article')).toHaveLength(4);
    expect(docs.filter((d) => d.kind === 'teaser')).toHaveLength(5);
    expect(new Set(docs.map((d) => d.id)).size).toBe(9);
    expect(docs.every((d) => d.lang === 'ar')).toBe(true);
  });

  it('reports a file with headers only as empty', async () => {
    const [r] = await collect(readText('# source: x\n', context({ input: 'h.txt' })));
    expect(r).toMatchObject({ ok: false, issue: { input: 'h.txt', code: 'EMPTY' } });
  });
});

describe('normalizeDate', () => {
  it('keeps the calendar day the outlet wrote, with notes after it or an offset that crosses midnight in UTC', () => {
    expect(normalizeDate('2018-04-12 (feed timestamp: 2018-04-12T22:10:00Z)')).toBe('2018-04-12');
    expect(normalizeDate('2015-07-21T01:00:00+03:00')).toBe('2015-07-21T01:00:00.000+03:00');
    expect(normalizeDate('Thu, 08 Jan 2026 23:30:00 +0300')).toBe('2026-01-08T23:30:00.000+03:00');
    expect(normalizeDate('Thu, 08 Jan 2026 10:00:00 GMT')).toBe('2026-01-08T10:00:00.000Z');
    expect(normalizeDate('December 19, 2017')).toBe('2017-12-19');
    expect(normalizeDate('not a date')).toBe('not a date');
  });
});
