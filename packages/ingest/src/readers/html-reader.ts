// HTML pages: main text with @mozilla/readability on linkedom; title, date, source and URL from
// meta tags (og:, article:, twitter:, JSON-LD is left to Readability).
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { htmlDepth, MAX_HTML_DEPTH } from './html-depth.js';
import { makeDocument } from './make-document.js';
import { failed, succeeded } from './read-result.js';
import type { ReadResult } from './read-result.js';
import type { ReaderContext } from './reader-context.js';

interface MetaSource {
  querySelector(selector: string): { getAttribute(name: string): string | null; textContent: string | null } | null;
}

function meta(doc: MetaSource, ...names: string[]): string | undefined {
  for (const name of names) {
    const el = doc.querySelector(`meta[property="${name}"]`) ?? doc.querySelector(`meta[name="${name}"]`);
    const v = el?.getAttribute('content')?.trim();
    if (v) return v;
  }
  return undefined;
}

/**
 * The publication date a page states: Open Graph / article meta, Dublin Core, schema.org microdata
 * (`itemprop="datePublished"`), then the first `<time datetime>` (JSON-LD is read by Readability).
 */
function publicationDate(doc: MetaSource): string | undefined {
  const named = meta(
    doc,
    'article:published_time',
    'og:published_time',
    'og:article:published_time',
    'datePublished',
    'date',
    'pubdate',
    'publish-date',
    'dc.date',
    'DC.date',
    'dc.date.issued',
    'DC.date.issued',
    'dcterms.created',
    'parsely-pub-date',
    'sailthru.date',
  );
  if (named) return named;
  for (const selector of ['[itemprop="datePublished"]', 'time[pubdate]', 'time[datetime]']) {
    const el = doc.querySelector(selector);
    const v = (el?.getAttribute('content') ?? el?.getAttribute('datetime') ?? el?.textContent)?.trim();
    if (v) return v;
  }
  return undefined;
}

const BLOCKS = 'h1,h2,h3,h4,h5,h6,p,li,blockquote,pre,figcaption,td';

/** Block texts of the readable content, one paragraph per block, figure captions left out. */
function blockText(root: {
  querySelectorAll(s: string): Iterable<{ textContent: string | null; closest(s: string): unknown }>;
}): string {
  const parts: string[] = [];
  for (const el of root.querySelectorAll(BLOCKS)) {
    if (el.closest('figcaption') || el.closest('figure')) continue;
    const t = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (t) parts.push(t);
  }
  return parts.join('\n\n');
}

/**
 * Reads one HTML page into one document (the readable main text).
 * @example [...readHtml('<html><head><title>T</title></head><body><article><p>…</p></article></body></html>', ctx)]
 */
export function* readHtml(content: string, context: ReaderContext): Iterable<ReadResult> {
  const depth = htmlDepth(content);
  if (depth > MAX_HTML_DEPTH) {
    const reason = `HTML nested ${depth} levels deep (limit ${MAX_HTML_DEPTH}): a nesting bomb, not a page; save its text as .txt`;
    yield failed({ input: context.input, code: 'MALFORMED', reason });
    return;
  }
  let { document } = parseHTML(content);
  // linkedom builds no <html> element for text without tags; Readability needs one.
  if (!document.documentElement) ({ document } = parseHTML(`<html><body>${content}</body></html>`));
  const title = meta(document, 'og:title', 'twitter:title') ?? document.querySelector('title')?.textContent?.trim();
  const publishedAt = publicationDate(document);
  const source = meta(document, 'og:site_name', 'application-name', 'publisher');
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta(document, 'og:url');
  const lang = document.documentElement?.getAttribute('lang')?.slice(0, 2);
  const article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0], {
    charThreshold: 100,
    serializer: (node: unknown) => node,
  }).parse();
  const root = article?.content as Parameters<typeof blockText>[0] | null | undefined;
  let text = root ? blockText(root) : '';
  if (!text) text = (article?.textContent ?? '').trim();
  if (!text) {
    yield failed({ input: context.input, code: 'EMPTY', reason: 'no readable main text in the HTML page' });
    return;
  }
  const url = context.url ?? (canonical && /^https?:/.test(canonical) ? canonical : undefined);
  yield succeeded(
    makeDocument({
      title: title ?? article?.title ?? undefined,
      text,
      url,
      source: source ?? article?.siteName ?? (url ? new URL(url).hostname : undefined),
      publishedAt: publishedAt ?? article?.publishedTime ?? undefined,
      lang: context.lang !== 'auto' ? context.lang : lang === 'ar' || lang === 'en' ? lang : 'auto',
    }),
    context.input,
  );
}
