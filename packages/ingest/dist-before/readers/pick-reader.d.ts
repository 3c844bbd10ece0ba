import type { Reader } from './reader-context.js';
/** Built-in readers by extension; `options.readers` adds or replaces entries. */
export declare const READERS: Readonly<Record<string, Reader>>;
/**
 * The reader for an input: by extension, then by content type, then by sniffing the first bytes.
 * @example pickReader('page.html', '', '<html>…', READERS) === readHtml // true
 */
export declare function pickReader(
  name: string,
  contentType: string,
  content: string,
  readers: Record<string, Reader>,
): Reader;
//# sourceMappingURL=pick-reader.d.ts.map
