import type { ReadResult } from './read-result.js';
import type { ReaderContext } from './reader-context.js';
/**
 * Reads one HTML page into one document (the readable main text).
 * @example [...readHtml('<html><head><title>T</title></head><body><article><p>…</p></article></body></html>', ctx)]
 */
export declare function readHtml(content: string, context: ReaderContext): Iterable<ReadResult>;
//# sourceMappingURL=html-reader.d.ts.map
