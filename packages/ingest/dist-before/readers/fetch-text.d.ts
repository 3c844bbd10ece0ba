import type { ReadIssue } from './read-result.js';
import type { FetchLike } from './reader-context.js';
export type Fetched =
  | {
      ok: true;
      text: string;
      contentType: string;
      url: string;
    }
  | {
      ok: false;
      issue: ReadIssue;
    };
/**
 * GET a URL; non-2xx, network errors, oversize and undecodable bodies become an issue.
 * @example await fetchText('http://127.0.0.1:8080/a.html', fetch, 20e6)
 */
export declare function fetchText(
  url: string,
  fetchFn: FetchLike | undefined,
  maxBytes: number,
  input?: string,
): Promise<Fetched>;
//# sourceMappingURL=fetch-text.d.ts.map
