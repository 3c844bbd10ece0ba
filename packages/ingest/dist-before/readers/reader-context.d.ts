import type { ReadResult } from './read-result.js';
/** The subset of `fetch` readers use, injected so tests never touch the network. */
export type FetchLike = (
  url: string,
  init?: {
    headers?: Record<string, string>;
    signal?: AbortSignal;
  },
) => Promise<{
  ok: boolean;
  status: number;
  url: string;
  headers: {
    get(name: string): string | null;
  };
  arrayBuffer(): Promise<ArrayBuffer>;
}>;
/** `--map title=headline,text=body,date=published`: document field → input field (dotted paths allowed). */
export type FieldMap = Partial<Record<'title' | 'text' | 'date' | 'url' | 'source' | 'lang', string>>;
export interface ReaderContext {
  /** File path, URL or `-`, used in issues. */
  input: string;
  lang: 'auto' | 'ar' | 'en';
  map: FieldMap;
  fetch: FetchLike | undefined;
  /** The URL the content came from, when it came from the web. */
  url?: string;
  /** Size limit for any fetched body. */
  maxBytes: number;
}
/** A reader turns the decoded content of one input into documents or issues. */
export type Reader = (content: string, context: ReaderContext) => AsyncIterable<ReadResult> | Iterable<ReadResult>;
//# sourceMappingURL=reader-context.d.ts.map
