// RSS 2.0, RSS 1.0 (RDF) and Atom feeds (fast-xml-parser): each item's link is fetched and read
// as HTML; without a fetch, or when the item has no link, its summary/content is the text.
import { XMLParser } from 'fast-xml-parser';
import { fetchText } from './fetch-text.js';
import { readHtml } from './html-reader.js';
import { makeDocument } from './make-document.js';
import { failed, succeeded } from './read-result.js';
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  textNodeName: '#text',
  trimValues: true,
});
function str(v) {
  if (typeof v === 'string') return v.trim() || undefined;
  if (typeof v === 'number') return String(v);
  if (v && typeof v === 'object' && '#text' in v) return str(v['#text']);
  return undefined;
}
function list(v) {
  const arr = Array.isArray(v) ? v : v === undefined || v === null ? [] : [v];
  return arr.filter((x) => typeof x === 'object' && x !== null);
}
function atomLink(v) {
  const links = list(v);
  const alt = links.find((l) => !l['@rel'] || l['@rel'] === 'alternate') ?? links[0];
  return str(alt?.['@href']) ?? str(v);
}
/** Item links may be relative to the feed's own URL. */
function absolute(link, base) {
  if (!link) return undefined;
  try {
    return new URL(link, base).toString();
  } catch {
    return link;
  }
}
function stripTags(html) {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
/**
 * Items of an RSS/RDF/Atom feed, or null when the XML is not a feed.
 * @example parseFeed('<rss><channel><item><title>T</title><link>http://x</link></item></channel></rss>')?.items.length // 1
 */
export function parseFeed(xml) {
  const root = parser.parse(xml);
  const rss = root.rss;
  const rdf = root['rdf:RDF'];
  const atom = root.feed;
  if (rss || rdf) {
    const channel = list((rss ?? rdf)?.channel)[0] ?? {};
    const items = list(channel.item ?? rdf?.item).map((i) => ({
      title: str(i.title),
      link: str(i.link) ?? str(i.guid),
      date: str(i.pubDate) ?? str(i['dc:date']),
      summary: str(i['content:encoded']) ?? str(i.description),
    }));
    return { title: str(channel.title), items };
  }
  if (atom) {
    const items = list(atom.entry).map((e) => ({
      title: str(e.title),
      link: atomLink(e.link),
      date: str(e.published) ?? str(e.updated),
      summary: str(e.content) ?? str(e.summary),
    }));
    return { title: str(atom.title), items };
  }
  return null;
}
/**
 * Reads a feed: one document per item, each failed item reported with its link.
 * @example for await (const r of readFeed(xml, { ...ctx, fetch })) console.log(r.ok)
 */
export async function* readFeed(content, context) {
  let feed;
  try {
    feed = parseFeed(content);
  } catch (cause) {
    yield failed({ input: context.input, code: 'MALFORMED', reason: `not XML (${cause.message})` });
    return;
  }
  if (!feed) {
    yield failed({ input: context.input, code: 'MALFORMED', reason: 'XML is neither RSS nor Atom' });
    return;
  }
  if (feed.items.length === 0) {
    yield failed({ input: context.input, code: 'NO_ITEMS', reason: 'feed has no items' });
    return;
  }
  for (const [i, raw] of feed.items.entries()) {
    const item = { ...raw, link: absolute(raw.link, context.url) };
    const where = item.link ?? `#${i}`;
    if (item.link && context.fetch) {
      const page = await fetchText(item.link, context.fetch, context.maxBytes, context.input);
      if (!page.ok) {
        yield failed({ ...page.issue, item: where });
        continue;
      }
      for (const r of readHtml(page.text, { ...context, url: page.url })) {
        if (!r.ok) yield failed({ ...r.issue, item: where });
        else {
          const doc = r.document;
          const fill = {
            title: doc.title || item.title,
            publishedAt: doc.publishedAt ?? item.date,
            source: doc.source ?? feed.title,
          };
          yield succeeded(
            makeDocument({ ...doc, ...fill, lang: context.lang === 'auto' ? doc.lang : context.lang }),
            context.input,
          );
        }
      }
      continue;
    }
    const text = item.summary ? stripTags(item.summary) : '';
    if (!text) {
      yield failed({
        input: context.input,
        item: where,
        code: 'EMPTY',
        reason: 'item has no link to follow and no summary',
      });
      continue;
    }
    const doc = makeDocument({
      title: item.title,
      text,
      url: item.link,
      publishedAt: item.date,
      source: feed.title,
      lang: context.lang,
    });
    yield succeeded(doc, context.input);
  }
}
//# sourceMappingURL=feed-reader.js.map
