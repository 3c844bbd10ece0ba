import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { parseFeed } from './feed-reader.js';
import { serveFixtures } from './http-fixture.fake.js';
import type { FixtureServer } from './http-fixture.fake.js';
import { readDocuments } from './read-documents.js';
import { collect } from './readers.fixtures.js';

const article = (title: string, body: string) =>
  `<html lang="en"><head><title>${title}</title><meta property="og:site_name" content="Fixture News"></head><body><article><h1>${title}</h1><p>${body} ${'Officials gave more detail on the talks and the next steps planned for the coming weeks. '.repeat(3)}</p></article></body></html>`;

let server: FixtureServer;
const rss = (base: string) => `<?xml version="1.0"?><rss version="2.0"><channel><title>Fixture feed</title>
<item><title>First</title><link>${base}/a1</link><pubDate>Thu, 08 Jan 2026 10:00:00 GMT</pubDate></item>
<item><title>Second</title><link>/a2</link></item>
<item><title>Gone</title><link>${base}/missing</link></item>
</channel></rss>`;
const atom = (
  base: string,
) => `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom fixture</title>
<entry><title>Atom one</title><link rel="alternate" href="${base}/a1"/><updated>2026-01-09T00:00:00Z</updated></entry></feed>`;

beforeAll(async () => {
  const routes: Record<string, { type: string; body: string }> = {};
  server = await serveFixtures(routes);
  routes['/a1'] = { type: 'text/html; charset=utf-8', body: article('First article', 'Fidan met Safadi in Ankara.') };
  routes['/a2'] = { type: 'text/html', body: article('Second article', 'Police arrested suspects in Istanbul.') };
  routes['/feed.xml'] = { type: 'application/rss+xml', body: rss(server.url) };
  routes['/atom'] = { type: 'application/atom+xml', body: atom(server.url) };
  routes['/empty.xml'] = { type: 'application/rss+xml', body: '<rss><channel><title>none</title></channel></rss>' };
});
afterAll(() => server.close());

describe('parseFeed', () => {
  it('reads RSS items and Atom entries', () => {
    expect(parseFeed(rss('http://h'))?.items.map((i) => i.link)).toEqual(['http://h/a1', '/a2', 'http://h/missing']);
    expect(parseFeed(atom('http://h'))?.items).toEqual([
      { title: 'Atom one', link: 'http://h/a1', date: '2026-01-09T00:00:00Z', summary: undefined },
    ]);
    expect(parseFeed('<html><body/></html>')).toBeNull();
  });
});

describe('feeds and URLs over real HTTP on 127.0.0.1', () => {
  it('follows RSS item links (relative ones too), keeps feed metadata, reports the broken link', async () => {
    const results = await collect(readDocuments([`${server.url}/feed.xml`], { fetch }));
    const docs = results.flatMap((r) => (r.ok ? [r.document] : []));
    expect(docs.map((d) => d.title)).toEqual(['First article', 'Second article']);
    expect(docs[0]?.text).toContain('Fidan met Safadi in Ankara.');
    expect(docs[0]?.url).toBe(`${server.url}/a1`);
    expect(docs[0]?.publishedAt).toBe('2026-01-08T10:00:00.000Z');
    const bad = results.filter((r) => !r.ok);
    expect(bad).toHaveLength(1);
    expect(bad[0]).toMatchObject({
      issue: { code: 'FETCH_FAILED', item: `${server.url}/missing`, reason: 'HTTP 404' },
    });
  });

  it('reads Atom, a single HTML URL, and reports a feed without items', async () => {
    const results = await collect(
      readDocuments([`${server.url}/atom`, `${server.url}/a2`, `${server.url}/empty.xml`], { fetch }),
    );
    expect(results.map((r) => (r.ok ? r.document.title : r.issue.code))).toEqual([
      'First article',
      'Second article',
      'NO_ITEMS',
    ]);
  });
});
