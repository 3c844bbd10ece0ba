import type { ReadResult } from './read-result.js';
import type { ReaderContext } from './reader-context.js';
export interface FeedItem {
  title?: string;
  link?: string;
  date?: string;
  summary?: string;
}
/**
 * Items of an RSS/RDF/Atom feed, or null when the XML is not a feed.
 * @example parseFeed('<rss><channel><item><title>T</title><link>http://x</link></item></channel></rss>')?.items.length // 1
 */
export declare function parseFeed(xml: string): {
  title?: string;
  items: FeedItem[];
} | null;
/**
 * Reads a feed: one document per item, each failed item reported with its link.
 * @example for await (const r of readFeed(xml, { ...ctx, fetch })) console.log(r.ok)
 */
export declare function readFeed(content: string, context: ReaderContext): AsyncIterable<ReadResult>;
//# sourceMappingURL=feed-reader.d.ts.map
