// What readers yield: a validated Document, or an issue naming the input, line or item and the reason.
import type { Document } from '@shabaka/schema';

/** Why an input (or one line/item of it) was skipped. Stable codes for `--errors FILE`. */
export const ReadIssueCode = {
  UNREADABLE: 'UNREADABLE',
  BINARY: 'BINARY',
  ENCODING: 'ENCODING',
  EMPTY: 'EMPTY',
  TOO_LARGE: 'TOO_LARGE',
  MALFORMED: 'MALFORMED',
  NO_ITEMS: 'NO_ITEMS',
  FETCH_FAILED: 'FETCH_FAILED',
} as const;
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
  { ok: true; document: Document; input: string } | { ok: false; issue: ReadIssue; input: string };

/**
 * One clear line for a terminal: `input:line [item] CODE reason`.
 * @example formatIssue({ input: 'a.jsonl', line: 3, code: 'MALFORMED', reason: 'not JSON' }) // 'a.jsonl:3 MALFORMED not JSON'
 */
export function formatIssue(issue: ReadIssue): string {
  const where = issue.line !== undefined ? `${issue.input}:${issue.line}` : issue.input;
  const item = issue.item !== undefined ? ` [${issue.item}]` : '';
  return `${where}${item} ${issue.code} ${issue.reason}`;
}

/** @example failed({ input: 'x.bin', code: 'BINARY', reason: 'binary file' }) */
export function failed(issue: ReadIssue): ReadResult {
  return { ok: false, issue, input: issue.input };
}

/** @example succeeded(doc, 'a.txt') */
export function succeeded(document: Document, input: string): ReadResult {
  return { ok: true, document, input };
}
