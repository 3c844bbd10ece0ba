import type { ReadResult } from './read-result.js';
import type { ReaderContext } from './reader-context.js';
export interface TextHeaders {
  source?: string;
  date?: string;
  title?: string;
  url?: string;
}
/**
 * Reads `# source:`, `# date:`, `# title:`, `# url:` lines at the top; returns them and the rest.
 * @example splitHeaders('# source: Reuters\nBody.') // { headers: { source: 'Reuters' }, body: 'Body.' }
 */
export declare function splitHeaders(text: string): {
  headers: TextHeaders;
  body: string;
};
/**
 * Reads a text file: one document, or (for a scraped page) its articles and teasers.
 * @example [...readText('Title\n\nBody.', ctx)][0].document.title // 'Title'
 */
export declare function readText(content: string, context: ReaderContext): Iterable<ReadResult>;
//# sourceMappingURL=text-reader.d.ts.map
