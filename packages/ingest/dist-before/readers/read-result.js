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
};
/**
 * One clear line for a terminal: `input:line [item] CODE reason`.
 * @example formatIssue({ input: 'a.jsonl', line: 3, code: 'MALFORMED', reason: 'not JSON' }) // 'a.jsonl:3 MALFORMED not JSON'
 */
export function formatIssue(issue) {
  const where = issue.line !== undefined ? `${issue.input}:${issue.line}` : issue.input;
  const item = issue.item !== undefined ? ` [${issue.item}]` : '';
  return `${where}${item} ${issue.code} ${issue.reason}`;
}
/** @example failed({ input: 'x.bin', code: 'BINARY', reason: 'binary file' }) */
export function failed(issue) {
  return { ok: false, issue, input: issue.input };
}
/** @example succeeded(doc, 'a.txt') */
export function succeeded(document, input) {
  return { ok: true, document, input };
}
//# sourceMappingURL=read-result.js.map
