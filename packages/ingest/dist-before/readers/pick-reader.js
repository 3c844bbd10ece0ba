// Chooses a reader by file extension or content type, sniffing the content when neither says.
import { readFeed } from './feed-reader.js';
import { readHtml } from './html-reader.js';
import { readJson, readJsonl } from './json-reader.js';
import { readText } from './text-reader.js';
/** Built-in readers by extension; `options.readers` adds or replaces entries. */
export const READERS = {
  '.txt': readText,
  '.text': readText,
  '.md': readText,
  '.html': readHtml,
  '.htm': readHtml,
  '.xhtml': readHtml,
  '.json': readJson,
  '.jsonl': readJsonl,
  '.ndjson': readJsonl,
  '.xml': readFeed,
  '.rss': readFeed,
  '.atom': readFeed,
};
/**
 * The reader for an input: by extension, then by content type, then by sniffing the first bytes.
 * @example pickReader('page.html', '', '<html>…', READERS) === readHtml // true
 */
export function pickReader(name, contentType, content, readers) {
  const ext = /(\.[a-z0-9]+)$/i.exec(name.replace(/[?#].*$/, ''))?.[1]?.toLowerCase();
  const byExt = ext ? readers[ext] : undefined;
  if (byExt) return byExt;
  if (/rss|atom|xml/.test(contentType)) return readFeed;
  if (/html/.test(contentType)) return readHtml;
  if (/ndjson|jsonl/.test(contentType)) return readJsonl;
  if (/json/.test(contentType)) return readJson;
  const head = content.slice(0, 512).trimStart().toLowerCase();
  if (head.startsWith('<?xml') || head.startsWith('<rss') || head.startsWith('<feed')) {
    return /<(rss|feed|rdf:rdf)[\s>]/.test(content.slice(0, 4096).toLowerCase()) ? readFeed : readHtml;
  }
  if (head.startsWith('<')) return readHtml;
  if (head.startsWith('[')) return readJson;
  if (head.startsWith('{')) return /\}\s*\n\s*\{/.test(content.slice(0, 1 << 16)) ? readJsonl : readJson;
  return readText;
}
//# sourceMappingURL=pick-reader.js.map
