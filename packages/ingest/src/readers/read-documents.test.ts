import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from '@jest/globals';
import { formatIssue } from './read-result.js';
import { readDocuments } from './read-documents.js';
import { collect } from './readers.fixtures.js';

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'shabaka-read-'));
  writeFileSync(join(dir, 'a.txt'), 'Title A\n\nFidan met Safadi in Ankara.');
  mkdirSync(join(dir, 'sub'));
  writeFileSync(
    join(dir, 'sub', 'b.jsonl'),
    '{"title":"B","text":"Police arrested suspects."}\n{"title":"C","text":"Trun',
  );
  writeFileSync(
    join(dir, 'sub', 'c.html'),
    '<html><body><article><p>' + 'Ministers met in Amman to talk. '.repeat(10) + '</p></article></body></html>',
  );
  writeFileSync(join(dir, 'image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'skip.md'), 'Ignored by pattern.');
  return dir;
}

describe('readDocuments', () => {
  it('recurses into folders, reads every format and reports each bad input once', async () => {
    const dir = folder();
    const results = await collect(readDocuments([dir], { ignore: ['**/*.md'] }));
    const titles = results.flatMap((r) => (r.ok ? [r.document.title] : []));
    expect(titles).toHaveLength(3);
    expect(titles).toEqual(expect.arrayContaining(['Title A', 'B']));
    expect(titles.find((t) => t.startsWith('Ministers met in Amman'))).toMatch(/…$/);
    const issues = results.flatMap((r) => (r.ok ? [] : [formatIssue(r.issue)]));
    expect(issues).toEqual([
      `${dir}/empty.txt EMPTY empty input (0 bytes)`,
      `${dir}/image.png BINARY binary content (NUL or control bytes), not text`,
      `${dir}/sub/b.jsonl:2 MALFORMED truncated last line (not complete JSON)`,
    ]);
  });

  it('applies --glob inside folders', async () => {
    const dir = folder();
    const results = await collect(readDocuments([dir], { glob: ['**/*.txt'] }));
    expect(results.map((r) => (r.ok ? r.document.title : r.issue.code))).toEqual(['Title A', 'EMPTY']);
  });

  it('reads stdin for "-" and reports a missing path', async () => {
    const stdin = Readable.from([Buffer.from('From stdin\n\nErdogan spoke with Trump.')]);
    const results = await collect(readDocuments(['-', '/no/such/file.txt'], { stdin }));
    expect(results[0]).toMatchObject({ ok: true, input: '-', document: { title: 'From stdin' } });
    expect(results[1]).toMatchObject({ ok: false, issue: { code: 'UNREADABLE', reason: 'no such file or folder' } });
  });

  it('refuses files over the size limit before reading them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'shabaka-big-'));
    writeFileSync(join(dir, 'big.txt'), 'x'.repeat(2048));
    const [r] = await collect(readDocuments([join(dir, 'big.txt')], { maxBytes: 1024 }));
    expect(r).toMatchObject({ ok: false, issue: { code: 'TOO_LARGE' } });
  });

  it('uses a custom reader registered by extension', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'shabaka-custom-'));
    writeFileSync(join(dir, 'note.eml'), 'Subject: Hello\n\nBody of the mail.');
    const { makeDocument } = await import('./make-document.js');
    const results = await collect(
      readDocuments([dir], {
        readers: {
          '.eml': function* (content, ctx) {
            const [head, body] = content.split('\n\n');
            yield {
              ok: true,
              input: ctx.input,
              document: makeDocument({ title: head?.replace('Subject: ', ''), text: body ?? '' }),
            };
          },
        },
      }),
    );
    expect(results[0]).toMatchObject({ ok: true, document: { title: 'Hello', text: 'Body of the mail.' } });
  });
});
