// Plain text and scraped pages: optional `# key: value` header lines, then one article or a page
// that segmentPage splits into articles and teasers.
import { makeDocument } from './make-document.js';
import { looksLikeScrapedPage, segmentPage } from './page-segmenter.js';
import { failed, succeeded } from './read-result.js';
const HEADER = /^#\s*(source|date|title|url)\s*:\s*(.*)$/i;
const SENTENCE_END = /[.!?؟…](?:[»"'”’)\]]*)$/u;
/**
 * Reads `# source:`, `# date:`, `# title:`, `# url:` lines at the top; returns them and the rest.
 * @example splitHeaders('# source: Reuters\nBody.') // { headers: { source: 'Reuters' }, body: 'Body.' }
 */
export function splitHeaders(text) {
  const lines = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n');
  const headers = {};
  let i = 0;
  for (; i < lines.length; i++) {
    const m = HEADER.exec(lines[i].trim());
    if (!m) break;
    headers[m[1].toLowerCase()] = m[2].trim();
  }
  return { headers, body: lines.slice(i).join('\n') };
}
/** A first line that reads as a heading (short, no sentence end) becomes the title. */
function splitTitle(body) {
  const trimmed = body.trim();
  const nl = trimmed.indexOf('\n');
  const first = nl < 0 ? trimmed : trimmed.slice(0, nl).trim();
  const rest = nl < 0 ? '' : trimmed.slice(nl + 1).trim();
  if (rest && first.length <= 200 && !SENTENCE_END.test(first)) return { title: first, text: rest };
  return { title: undefined, text: trimmed };
}
/**
 * Reads a text file: one document, or (for a scraped page) its articles and teasers.
 * @example [...readText('Title\n\nBody.', ctx)][0].document.title // 'Title'
 */
export function* readText(content, context) {
  const { headers, body } = splitHeaders(content);
  const meta = {
    source: headers.source,
    publishedAt: headers.date,
    url: headers.url ?? context.url,
    lang: context.lang,
  };
  if (!body.trim()) {
    yield failed({ input: context.input, code: 'EMPTY', reason: 'no text after the header lines' });
    return;
  }
  if (looksLikeScrapedPage(body)) {
    const segments = segmentPage(body);
    for (const [i, s] of segments.entries()) {
      yield succeeded(
        makeDocument({ ...meta, title: s.title, text: s.text, kind: s.kind, idKey: String(i) }),
        context.input,
      );
    }
    if (segments.length > 0) return;
  }
  const { title, text } = headers.title ? { title: headers.title, text: body.trim() } : splitTitle(body);
  yield succeeded(makeDocument({ ...meta, title, text }), context.input);
}
//# sourceMappingURL=text-reader.js.map
