// readDocuments(): every input (files, folders, globs, URLs, stdin) to a stream of documents and
// issues, one input at a time so memory stays bounded whatever the corpus size.
import { readFile, stat } from 'node:fs/promises';
import { MAX_DOCUMENT_CHARS } from '@shabaka/schema';
import { decodeBytes, MAX_INPUT_BYTES } from './decode-bytes.js';
import { expandInputs } from './expand-inputs.js';
import type { Source } from './expand-inputs.js';
import { fetchText } from './fetch-text.js';
import { pickReader, READERS } from './pick-reader.js';
import { failed } from './read-result.js';
import type { ReadResult } from './read-result.js';
import type { FetchLike, FieldMap, Reader, ReaderContext } from './reader-context.js';

export interface ReadOptions {
  lang?: 'auto' | 'ar' | 'en';
  /** Field mapping for JSON/JSONL (see parseFieldMap). */
  map?: FieldMap;
  /** Patterns matched inside folders (default every file). */
  glob?: readonly string[];
  ignore?: readonly string[];
  /** Used for URLs and feed item links; defaults to global fetch. Pass a stub in tests. */
  fetch?: FetchLike;
  /** Where `-` reads from (default process.stdin). */
  stdin?: AsyncIterable<Uint8Array | string>;
  /** Extra or replacement readers by extension, e.g. `{ '.eml': readEmail }`. */
  readers?: Record<string, Reader>;
  maxBytes?: number;
}

async function readStream(stream: AsyncIterable<Uint8Array | string>, maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk);
    // Keep one byte past the limit so decodeBytes reports TOO_LARGE without holding the rest.
    const room = maxBytes + 1 - size;
    chunks.push(buf.length > room ? buf.subarray(0, room) : buf);
    size += Math.min(buf.length, room);
    if (size > maxBytes) break;
  }
  return new Uint8Array(Buffer.concat(chunks));
}

/** The decoded text of one input's bytes, or the issue that refuses it (empty, binary, encoding, size). */
function decodeInput(input: string, bytes: Uint8Array, maxBytes: number): { text: string } | { issue: ReadResult } {
  const decoded = decodeBytes(bytes, maxBytes);
  if (!decoded.ok)
    return {
      issue: failed({
        input,
        code: decoded.code,
        reason: decoded.reason,
        ...(decoded.line ? { line: decoded.line } : {}),
      }),
    };
  return { text: decoded.text.replace(/^\uFEFF/, '') };
}

/** Runs the reader an input's name, content type or content calls for, refusing documents over the size limit. */
async function* readDecoded(
  input: string,
  text: string,
  contentType: string,
  url: string | undefined,
  options: ReadOptions,
  maxBytes: number,
): AsyncIterable<ReadResult> {
  const readers = { ...READERS, ...options.readers };
  const context: ReaderContext = {
    lang: options.lang ?? 'auto',
    map: options.map ?? {},
    fetch: options.fetch,
    maxBytes,
    input,
    ...(url ? { url } : {}),
  };
  const reader = pickReader(input, contentType, text, readers);
  try {
    for await (const r of reader(text, context)) {
      if (!r.ok || r.document.text.length <= MAX_DOCUMENT_CHARS) yield r;
      else {
        const reason = `one document of ${r.document.text.length} characters is over the ${MAX_DOCUMENT_CHARS} limit; split it into articles`;
        yield failed({ input, item: r.document.title.slice(0, 80), code: 'TOO_LARGE', reason });
      }
    }
  } catch (cause) {
    yield failed({ input, code: 'MALFORMED', reason: (cause as Error).message });
  }
}

async function* readSource(source: Source, options: ReadOptions, maxBytes: number): AsyncIterable<ReadResult> {
  if (source.kind === 'missing') {
    yield failed({ input: source.input, code: 'UNREADABLE', reason: source.reason });
    return;
  }
  if (source.kind === 'url') {
    const page = await fetchText(source.url, options.fetch, maxBytes);
    if (!page.ok) yield failed({ ...page.issue, item: undefined });
    else yield* readDecoded(source.url, page.text, page.contentType, page.url, options, maxBytes);
    return;
  }
  const input = source.kind === 'stdin' ? '-' : source.path;
  let bytes: Uint8Array;
  try {
    if (source.kind === 'file') {
      const info = await stat(source.path);
      if (info.size > maxBytes) {
        const mb = (info.size / 1024 / 1024).toFixed(1);
        yield failed({
          input,
          code: 'TOO_LARGE',
          reason: `${mb} MB is over the ${maxBytes / 1024 / 1024} MB limit; split it`,
        });
        return;
      }
      bytes = await readFile(source.path);
    } else bytes = await readStream(options.stdin ?? process.stdin, maxBytes);
  } catch (cause) {
    yield failed({ input, code: 'UNREADABLE', reason: (cause as Error).message });
    return;
  }
  const decoded = decodeInput(input, bytes, maxBytes);
  if ('issue' in decoded) yield decoded.issue;
  else yield* readDecoded(input, decoded.text, '', undefined, options, maxBytes);
}

/**
 * Reads content already in memory (pasted text, an upload) exactly as a file or stdin is read: the same
 * checks (`EMPTY`, `BINARY`, `ENCODING`, `TOO_LARGE`), the same reader choice (by `input`'s extension, else
 * by sniffing) and the same issues.
 * @example for await (const r of readContent('Fidan met Safadi.', 'pasted text')) console.log(r.ok) // true
 */
export async function* readContent(
  content: string | Uint8Array,
  input: string,
  options: ReadOptions = {},
): AsyncIterable<ReadResult> {
  const maxBytes = options.maxBytes ?? MAX_INPUT_BYTES;
  const decoded = decodeInput(
    input,
    typeof content === 'string' ? new TextEncoder().encode(content) : content,
    maxBytes,
  );
  if ('issue' in decoded) yield decoded.issue;
  else yield* readDecoded(input, decoded.text, '', undefined, options, maxBytes);
}

/**
 * Reads every input into validated documents; bad inputs, lines and items come back as issues.
 * @example
 * for await (const r of readDocuments(['examples/'], { lang: 'auto' })) {
 *   if (r.ok) console.log(r.document.title); else console.error(formatIssue(r.issue));
 * }
 */
export async function* readDocuments(inputs: readonly string[], options: ReadOptions = {}): AsyncIterable<ReadResult> {
  const maxBytes = options.maxBytes ?? MAX_INPUT_BYTES;
  const withFetch = { ...options, fetch: options.fetch ?? (globalThis.fetch as unknown as FetchLike | undefined) };
  for await (const source of expandInputs(inputs, options)) yield* readSource(source, withFetch, maxBytes);
}
