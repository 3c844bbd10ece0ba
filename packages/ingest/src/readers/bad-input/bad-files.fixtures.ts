// A bad-input corpus generated on the fly (never downloaded): every way a file can be wrong, each paired with
// what the readers must do with it — read it (how many documents) or refuse it (which issue code).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MAX_DOCUMENT_CHARS } from '@shabaka/schema';
import type { ReadIssueCode } from '../read-result.js';

export interface BadFile {
  name: string;
  bytes: Buffer;
  /** Documents the file must yield. */
  docs: number;
  /** Issue codes it must yield (in order). */
  issues: ReadIssueCode[];
}

const ARTICLE_AR = 'التقى وزير الخارجية التركي هاكان فيدان نظيره الأردني أيمن الصفدي في أنقرة يوم الخميس.';
const ARTICLE_EN = 'Foreign Minister Hakan Fidan met Ayman Safadi in Ankara on Thursday to discuss trade.';

/** Bidi overrides (RLO, LRO, PDF), isolates, ZWJ/ZWNJ and a BOM inside names. */
export const HOSTILE_NAME = '\u202Eهاكان\u200D فيدان\u202C \u2066Fi\u200Cdan\u2069\uFEFF';
/** Cypher metacharacters and an injection attempt as plain article text. */
export const CYPHER_TEXT =
  "Minister O'Neil said `x` }) // MATCH (n) DETACH DELETE n; CALL db.clear() $param {a:'b'} /* end */ in Ankara.";
/** A 10 000-character "name". */
export const LONG_NAME = `Foreign Minister ${'Abdulrahman'.repeat(910)} met Safadi in Ankara.`;

function rss(items: number): string {
  const body = Array.from(
    { length: items },
    (_, i) => `<item><title>Item ${i}</title><description>${ARTICLE_EN} Report ${i}.</description></item>`,
  ).join('');
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Feed</title>${body}</channel></rss>`;
}

function utf16(text: string, order: 'le' | 'be'): Buffer {
  const le = Buffer.from(text, 'utf16le');
  if (order === 'le') return Buffer.concat([Buffer.from([0xff, 0xfe]), le]);
  return Buffer.concat([Buffer.from([0xfe, 0xff]), le.swap16()]);
}

/**
 * The corpus: a 50 MB single-line file (over the 20 MB limit) and a feed of `feedItems` items (3 000 by default).
 * @example for (const f of badFiles()) writeFileSync(join(dir, f.name), f.bytes)
 */
export function badFiles(feedItems = 3_000): BadFile[] {
  const jsonl = (o: object) => JSON.stringify(o);
  return [
    {
      name: 'invalid-utf8.txt',
      bytes: Buffer.concat([Buffer.from(`${ARTICLE_AR}\nسطر `), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from('\n')]),
      docs: 0,
      issues: ['ENCODING'],
    },
    { name: 'utf16le-bom.txt', bytes: utf16(`${ARTICLE_AR}\n`, 'le'), docs: 1, issues: [] },
    { name: 'utf16be-bom.txt', bytes: utf16(`${ARTICLE_EN}\n`, 'be'), docs: 1, issues: [] },
    {
      name: 'nul-bytes.txt',
      bytes: Buffer.from(`${ARTICLE_EN}\u0000\u0000${ARTICLE_EN}`),
      docs: 0,
      issues: ['BINARY'],
    },
    {
      name: 'single-line.txt',
      bytes: Buffer.alloc(50 * 1024 * 1024, 'كلمة '),
      docs: 0,
      issues: ['TOO_LARGE'],
    },
    {
      name: 'long-document.txt',
      bytes: Buffer.from(`Long\n\n${`${ARTICLE_EN} `.repeat(Math.ceil(MAX_DOCUMENT_CHARS / ARTICLE_EN.length))}`),
      docs: 0,
      issues: ['TOO_LARGE'],
    },
    {
      name: 'deep-array.json',
      bytes: Buffer.from('['.repeat(100_000) + ']'.repeat(100_000)),
      docs: 0,
      issues: ['MALFORMED'],
    },
    {
      name: 'deep-object.json',
      bytes: Buffer.from('{"text":'.repeat(50_000) + '"x"' + '}'.repeat(50_000)),
      docs: 0,
      issues: ['MALFORMED'],
    },
    {
      name: 'broken-lines.jsonl',
      bytes: Buffer.from(
        [
          jsonl({ title: 'good 1', text: ARTICLE_EN }),
          '{"title": "cut", "text": ',
          '[1, 2]',
          jsonl({ title: 'no text' }),
          '',
          jsonl({ title: 'good 2', text: ARTICLE_AR }),
          '{"title":"truncated","text":"abc',
        ].join('\n'),
      ),
      docs: 2,
      issues: ['MALFORMED', 'MALFORMED', 'MALFORMED', 'MALFORMED'],
    },
    {
      name: 'nesting-bomb.html',
      bytes: Buffer.from(
        `<html><body>${'<div>'.repeat(20_000)}<p>${ARTICLE_EN}</p>${'</div>'.repeat(20_000)}</body></html>`,
      ),
      docs: 0,
      issues: ['MALFORMED'],
    },
    {
      name: 'unclosed-bomb.html',
      bytes: Buffer.from(`<html><body>${'<span><b>'.repeat(5_000)}${ARTICLE_EN}</body></html>`),
      docs: 0,
      issues: ['MALFORMED'],
    },
    { name: 'big-feed.xml', bytes: Buffer.from(rss(feedItems)), docs: feedItems, issues: [] },
    { name: 'empty-feed.xml', bytes: Buffer.from(rss(0)), docs: 0, issues: ['NO_ITEMS'] },
    {
      name: 'hostile-names.jsonl',
      bytes: Buffer.from(
        [
          jsonl({ title: HOSTILE_NAME, text: `وزير الخارجية ${HOSTILE_NAME} زار أنقرة يوم الخميس.` }),
          jsonl({ title: 'long name', text: LONG_NAME }),
          jsonl({ title: "O'Neil `x` } //", text: CYPHER_TEXT }),
        ].join('\n'),
      ),
      docs: 3,
      issues: [],
    },
    { name: 'empty.txt', bytes: Buffer.alloc(0), docs: 0, issues: ['EMPTY'] },
    { name: 'whitespace.txt', bytes: Buffer.from(' \n\t\n  '), docs: 0, issues: ['EMPTY'] },
    { name: 'good.txt', bytes: Buffer.from(`Talks in Ankara\n\n${ARTICLE_EN}\n`), docs: 1, issues: [] },
  ];
}

/**
 * Writes the corpus into `dir`.
 * @example writeBadFiles(mkdtempSync(join(tmpdir(), 'bad-')))
 */
export function writeBadFiles(dir: string, feedItems?: number): BadFile[] {
  const files = badFiles(feedItems);
  for (const f of files) writeFileSync(join(dir, f.name), f.bytes);
  return files;
}
