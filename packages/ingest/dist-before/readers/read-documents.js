// readDocuments(): every input (files, folders, globs, URLs, stdin) to a stream of documents and
// issues, one input at a time so memory stays bounded whatever the corpus size.
import { readFile, stat } from 'node:fs/promises';
import { decodeBytes, MAX_DOCUMENT_CHARS, MAX_INPUT_BYTES } from './decode-bytes.js';
import { expandInputs } from './expand-inputs.js';
import { fetchText } from './fetch-text.js';
import { pickReader, READERS } from './pick-reader.js';
import { failed } from './read-result.js';
async function readStream(stream, maxBytes) {
  const chunks = [];
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
async function* readSource(source, options, maxBytes) {
  const readers = { ...READERS, ...options.readers };
  const base = { lang: options.lang ?? 'auto', map: options.map ?? {}, fetch: options.fetch, maxBytes };
  if (source.kind === 'missing') {
    yield failed({ input: source.input, code: 'UNREADABLE', reason: source.reason });
    return;
  }
  let input;
  let text;
  let contentType = '';
  let url;
  if (source.kind === 'url') {
    input = source.url;
    const page = await fetchText(source.url, options.fetch, maxBytes);
    if (!page.ok) {
      yield failed({ ...page.issue, item: undefined });
      return;
    }
    ({ text, contentType, url } = page);
  } else {
    input = source.kind === 'stdin' ? '-' : source.path;
    let bytes;
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
      yield failed({ input, code: 'UNREADABLE', reason: cause.message });
      return;
    }
    const decoded = decodeBytes(bytes, maxBytes);
    if (!decoded.ok) {
      yield failed({
        input,
        code: decoded.code,
        reason: decoded.reason,
        ...(decoded.line ? { line: decoded.line } : {}),
      });
      return;
    }
    text = decoded.text.replace(/^\uFEFF/, '');
  }
  const context = { ...base, input, ...(url ? { url } : {}) };
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
    yield failed({ input, code: 'MALFORMED', reason: cause.message });
  }
}
/**
 * Reads every input into validated documents; bad inputs, lines and items come back as issues.
 * @example
 * for await (const r of readDocuments(['examples/'], { lang: 'auto' })) {
 *   if (r.ok) console.log(r.document.title); else console.error(formatIssue(r.issue));
 * }
 */
export async function* readDocuments(inputs, options = {}) {
  const maxBytes = options.maxBytes ?? MAX_INPUT_BYTES;
  const withFetch = { ...options, fetch: options.fetch ?? globalThis.fetch };
  for await (const source of expandInputs(inputs, options)) yield* readSource(source, withFetch, maxBytes);
}
//# sourceMappingURL=read-documents.js.map
