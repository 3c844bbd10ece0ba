// Bad input through the readers: each generated file is read or refused with a clear issue, the good files
// around it are still read, nothing throws, and names/text with hostile characters come through verbatim.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it, jest } from '@jest/globals';
import { Document } from '@shabaka/schema';
import { formatIssue } from '../read-result.js';
import { readDocuments } from '../read-documents.js';
import { collect } from '../readers.fixtures.js';
import { CYPHER_TEXT, HOSTILE_NAME, LONG_NAME, writeBadFiles } from './bad-files.fixtures.js';

jest.setTimeout(60_000);

describe('the bad-input corpus through readDocuments', () => {
  const dir = mkdtempSync(join(tmpdir(), 'shabaka-bad-input-'));
  const files = writeBadFiles(dir);
  let results: Awaited<ReturnType<typeof collect>> = [];

  it('reads the whole folder without throwing', async () => {
    results = await collect(readDocuments([dir]));
    expect(results.length).toBeGreaterThan(files.length);
  });

  it.each(files.map((f) => [f.name, f] as const))('%s: the expected documents and issues', (name, file) => {
    const own = results.filter((r) => r.input === join(dir, name));
    const docs = own.filter((r) => r.ok);
    const issues = own.flatMap((r) => (r.ok ? [] : [r.issue]));
    expect(docs).toHaveLength(file.docs);
    expect(issues.map((i) => i.code)).toEqual(file.issues);
    for (const issue of issues) {
      // A clear error: names the input, says what is wrong in words (and a line when there is one).
      expect(formatIssue(issue)).toMatch(new RegExp(`^${join(dir, name).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
      expect(issue.reason.length).toBeGreaterThan(8);
      expect(issue.reason).not.toMatch(/Maximum call stack|undefined|\[object/);
    }
    for (const r of docs) if (r.ok) expect(Document.safeParse(r.document).success).toBe(true);
  });

  it('keeps bidi controls, joiners, long names and Cypher metacharacters verbatim', () => {
    const texts = results.flatMap((r) => (r.ok ? [r.document.text] : []));
    expect(texts).toContain(`وزير الخارجية ${HOSTILE_NAME} زار أنقرة يوم الخميس.`.trim());
    expect(texts).toContain(LONG_NAME);
    expect(texts).toContain(CYPHER_TEXT);
  });

  it('names broken JSONL lines by number and reads the good ones', () => {
    const own = results.filter((r) => r.input === join(dir, 'broken-lines.jsonl'));
    expect(own.flatMap((r) => (r.ok ? [] : [r.issue.line]))).toEqual([2, 3, 4, 7]);
    expect(own.flatMap((r) => (r.ok ? [r.document.title] : []))).toEqual(['good 1', 'good 2']);
    expect(own.find((r) => !r.ok && r.issue.line === 7 && /truncated last line/.test(r.issue.reason))).toBeDefined();
  });

  it('refuses 50 MB on stdin without holding it all (reads one byte past the limit)', async () => {
    let pulled = 0;
    const chunk = Buffer.alloc(1024 * 1024, 'a');
    const stdin = Readable.from(
      (function* () {
        for (let i = 0; i < 50; i++) {
          pulled += chunk.length;
          yield chunk;
        }
      })(),
    );
    const out = await collect(readDocuments(['-'], { stdin, maxBytes: 4 * 1024 * 1024 }));
    expect(out.map((r) => (r.ok ? 'doc' : r.issue.code))).toEqual(['TOO_LARGE']);
    expect(pulled).toBeLessThan(8 * 1024 * 1024);
  });
});
