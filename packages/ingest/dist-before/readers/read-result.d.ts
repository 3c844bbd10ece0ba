import type { Document } from '@shabaka/schema';
/** Why an input (or one line/item of it) was skipped. Stable codes for `--errors FILE`. */
export declare const ReadIssueCode: {
  readonly UNREADABLE: 'UNREADABLE';
  readonly BINARY: 'BINARY';
  readonly ENCODING: 'ENCODING';
  readonly EMPTY: 'EMPTY';
  readonly TOO_LARGE: 'TOO_LARGE';
  readonly MALFORMED: 'MALFORMED';
  readonly NO_ITEMS: 'NO_ITEMS';
  readonly FETCH_FAILED: 'FETCH_FAILED';
};
export type ReadIssueCode = (typeof ReadIssueCode)[keyof typeof ReadIssueCode];
export interface ReadIssue {
  /** File path, URL or `-` (stdin). */
  input: string;
  code: ReadIssueCode;
  reason: string;
  /** 1-based line, for JSONL lines and encoding errors. */
  line?: number;
  /** Item index or link, for JSON arrays and feeds. */
  item?: string;
}
export type ReadResult =
  | {
      ok: true;
      document: Document;
      input: string;
    }
  | {
      ok: false;
      issue: ReadIssue;
      input: string;
    };
/**
 * One clear line for a terminal: `input:line [item] CODE reason`.
 * @example formatIssue({ input: 'a.jsonl', line: 3, code: 'MALFORMED', reason: 'not JSON' }) // 'a.jsonl:3 MALFORMED not JSON'
 */
export declare function formatIssue(issue: ReadIssue): string;
/** @example failed({ input: 'x.bin', code: 'BINARY', reason: 'binary file' }) */
export declare function failed(issue: ReadIssue): ReadResult;
/** @example succeeded(doc, 'a.txt') */
export declare function succeeded(document: Document, input: string): ReadResult;
//# sourceMappingURL=read-result.d.ts.map
