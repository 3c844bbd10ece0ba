// JSON (an array, one object, or an object holding an array) and JSONL, mapped to documents by
// a field map with sensible defaults (`--map title=headline,text=body,date=published`).
import { ShabakaError } from '@shabaka/schema';
import { makeDocument } from './make-document.js';
import { failed, succeeded } from './read-result.js';
import type { ReadResult } from './read-result.js';
import type { FieldMap, ReaderContext } from './reader-context.js';

/** Fields tried, in order, when the map does not name one. */
export const DEFAULT_FIELDS: Record<keyof FieldMap, readonly string[]> = {
  title: ['title', 'headline', 'name'],
  text: ['text', 'body', 'content', 'article', 'description'],
  date: ['date', 'publishedAt', 'published_at', 'published', 'pubDate', 'datePublished', 'dc:date', 'updated'],
  url: ['url', 'link'],
  source: ['source_name', 'source', 'outlet', 'publisher'],
  lang: ['lang', 'language'],
};
const FIELD_NAMES = Object.keys(DEFAULT_FIELDS) as (keyof FieldMap)[];

/**
 * Parses `title=headline,text=body` into a FieldMap.
 * @example parseFieldMap('title=headline,text=body') // { title: 'headline', text: 'body' }
 */
export function parseFieldMap(spec: string | undefined): FieldMap {
  const map: FieldMap = {};
  for (const pair of (spec ?? '')
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const [key, value] = pair.split('=').map((s) => s.trim());
    if (!key || !value || !FIELD_NAMES.includes(key as keyof FieldMap)) {
      throw new ShabakaError('INVALID_INPUT', `ingest: --map entry "${pair}" is not field=path`, {
        hint: `fields: ${FIELD_NAMES.join(', ')}; e.g. --map title=headline,text=body`,
      });
    }
    map[key as keyof FieldMap] = value;
  }
  return map;
}

function pick(record: Record<string, unknown>, path: string): unknown {
  let value: unknown = record;
  for (const part of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

function field(record: Record<string, unknown>, name: keyof FieldMap, map: FieldMap): string | undefined {
  const paths = map[name] ? [map[name] as string] : DEFAULT_FIELDS[name];
  for (const path of paths) {
    const v = pick(record, path);
    if (typeof v === 'string' && v.trim()) return v;
    if (typeof v === 'number') return String(v);
  }
  return undefined;
}

/**
 * One record → a document or an issue naming its line or index.
 * @example recordToResult({ text: 'Body.' }, ctx, { line: 1 }).ok // true
 */
export function recordToResult(
  value: unknown,
  context: ReaderContext,
  where: { line?: number; item?: string },
): ReadResult {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return failed({ input: context.input, ...where, code: 'MALFORMED', reason: 'expected a JSON object' });
  }
  const record = value as Record<string, unknown>;
  const text = field(record, 'text', context.map);
  if (!text) {
    const tried = context.map.text ?? DEFAULT_FIELDS.text.join('|');
    return failed({
      input: context.input,
      ...where,
      code: 'MALFORMED',
      reason: `no text field (${tried}); use --map text=<field>`,
    });
  }
  const lang = field(record, 'lang', context.map);
  const doc = makeDocument({
    text,
    title: field(record, 'title', context.map),
    url: field(record, 'url', context.map),
    source: field(record, 'source', context.map),
    publishedAt: field(record, 'date', context.map),
    lang: context.lang !== 'auto' ? context.lang : lang === 'ar' || lang === 'en' ? lang : 'auto',
  });
  return succeeded(doc, context.input);
}

/**
 * JSONL: one object per line; a bad line is reported with its number and the rest still read.
 * @example [...readJsonl('{"text":"a"}\n{bad', ctx)].map((r) => r.ok) // [true, false]
 */
export function* readJsonl(content: string, context: ReaderContext): Iterable<ReadResult> {
  const lines = content.split('\n');
  let seen = 0;
  for (const [i, raw] of lines.entries()) {
    const line = raw.trim();
    if (!line) continue;
    seen++;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (cause) {
      const truncated = i === lines.length - 1 || (i === lines.length - 2 && lines[lines.length - 1] === '');
      const reason = truncated ? 'truncated last line (not complete JSON)' : `not JSON (${(cause as Error).message})`;
      yield failed({ input: context.input, line: i + 1, code: 'MALFORMED', reason });
      continue;
    }
    yield recordToResult(value, context, { line: i + 1 });
  }
  if (seen === 0) yield failed({ input: context.input, code: 'EMPTY', reason: 'no JSON lines' });
}

/**
 * JSON: an array of objects, one object, or an object whose `items`/`articles`/`data`/`documents` is the array.
 * @example [...readJson('[{"text":"a"}]', ctx)].length // 1
 */
export function* readJson(content: string, context: ReaderContext): Iterable<ReadResult> {
  let value: unknown;
  try {
    value = JSON.parse(content);
  } catch (cause) {
    // A .json file that is really JSON Lines is common enough to accept.
    if (/^\s*\{[^\n]*\}\s*\n\s*\{/.test(content)) {
      yield* readJsonl(content, context);
      return;
    }
    yield failed({ input: context.input, code: 'MALFORMED', reason: `not JSON (${(cause as Error).message})` });
    return;
  }
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const record = value as Record<string, unknown>;
    const list = ['items', 'articles', 'data', 'documents'].map((k) => record[k]).find(Array.isArray);
    value = list ?? [record];
  }
  const items = value as unknown[];
  if (!Array.isArray(items) || items.length === 0) {
    yield failed({ input: context.input, code: 'NO_ITEMS', reason: 'no objects in the JSON' });
    return;
  }
  for (const [i, item] of items.entries()) yield recordToResult(item, context, { item: `#${i}` });
}
