import type { ReadResult } from './read-result.js';
import type { FieldMap, ReaderContext } from './reader-context.js';
/** Fields tried, in order, when the map does not name one. */
export declare const DEFAULT_FIELDS: Record<keyof FieldMap, readonly string[]>;
/**
 * Parses `title=headline,text=body` into a FieldMap.
 * @example parseFieldMap('title=headline,text=body') // { title: 'headline', text: 'body' }
 */
export declare function parseFieldMap(spec: string | undefined): FieldMap;
/**
 * One record → a document or an issue naming its line or index.
 * @example recordToResult({ text: 'Body.' }, ctx, { line: 1 }).ok // true
 */
export declare function recordToResult(
  value: unknown,
  context: ReaderContext,
  where: {
    line?: number;
    item?: string;
  },
): ReadResult;
/**
 * JSONL: one object per line; a bad line is reported with its number and the rest still read.
 * @example [...readJsonl('{"text":"a"}\n{bad', ctx)].map((r) => r.ok) // [true, false]
 */
export declare function readJsonl(content: string, context: ReaderContext): Iterable<ReadResult>;
/**
 * JSON: an array of objects, one object, or an object whose `items`/`articles`/`data`/`documents` is the array.
 * @example [...readJson('[{"text":"a"}]', ctx)].length // 1
 */
export declare function readJson(content: string, context: ReaderContext): Iterable<ReadResult>;
//# sourceMappingURL=json-reader.d.ts.map
