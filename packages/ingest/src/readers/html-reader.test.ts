import { describe, expect, it } from '@jest/globals';
import { readHtml } from './html-reader.js';
import { collect, context } from './readers.fixtures.js';

const para = (s: string) =>
  `<p>${s} ${'The talks covered border security, trade and the return of refugees. '.repeat(3)}</p>`;
const HTML = `<!doctype html><html lang="en"><head>
<title>Ignored tab title</title>
<meta property="og:title" content="Ministers meet in Ankara">
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2026-01-08T10:00:00Z">
<link rel="canonical" href="https://news.example/ankara">
</head><body><nav><a href="/">Home</a><a href="/world">World</a></nav>
<article><h1>Ministers meet in Ankara</h1>${para('Fidan met Safadi in Ankara on Thursday.')}
<figure><img src="x.jpg"><figcaption>Photo caption (Reuters)</figcaption></figure>${para('They agreed to meet again in Amman.')}</article>
<footer>© Example News</footer></body></html>`;

describe('readHtml', () => {
  it('extracts the main text and metadata from meta tags', async () => {
    const [r] = await collect(readHtml(HTML, context({ input: 'page.html' })));
    expect(r?.ok).toBe(true);
    if (!r?.ok) return;
    expect(r.document).toMatchObject({
      title: 'Ministers meet in Ankara',
      source: 'Example News',
      url: 'https://news.example/ankara',
      publishedAt: '2026-01-08T10:00:00.000Z',
      lang: 'en',
    });
    expect(r.document.text).toContain('Fidan met Safadi in Ankara on Thursday.');
    expect(r.document.text).toContain('They agreed to meet again in Amman.');
    expect(r.document.text).not.toContain('Photo caption');
    expect(r.document.text).not.toContain('Home');
  });

  it('reports a page without readable text', async () => {
    const [r] = await collect(readHtml('<html><body><nav></nav></body></html>', context({ input: 'e.html' })));
    expect(r).toMatchObject({ ok: false, issue: { input: 'e.html', code: 'EMPTY' } });
  });
});

describe('readHtml publication dates', () => {
  const page = (head: string, body = ''): string =>
    `<html><head>${head}</head><body><article>${body}${para('Fidan met Safadi in Ankara on Thursday.')}</article></body></html>`;
  const dateOf = async (html: string): Promise<string | undefined> => {
    const [r] = await collect(readHtml(html, context({ input: 'page.html' })));
    return r?.ok ? r.document.publishedAt : undefined;
  };

  it('reads schema.org microdata, Dublin Core and <time datetime>, keeping the day the outlet wrote', async () => {
    expect(await dateOf(page('<meta itemprop="datePublished" content="2018-04-12">'))).toBe('2018-04-12');
    expect(await dateOf(page('<meta name="DC.date.issued" content="2018-04-12T01:30:00+03:00">'))).toBe(
      '2018-04-12T01:30:00.000+03:00',
    );
    expect(await dateOf(page('', '<time datetime="2018-04-12T09:00:00Z">12 April</time>'))).toBe(
      '2018-04-12T09:00:00.000Z',
    );
  });
});
