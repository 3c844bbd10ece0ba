// Builds a validated Document from what a reader found: deterministic id, content hash, language.
import { detectLanguage } from '@shabaka/text';
import { Document, documentId, sha256Hex } from '@shabaka/schema';
/** Title from the first line when a reader has none: short, no trailing sentence punctuation. */
function fallbackTitle(text) {
  const first = text.trim().split('\n', 1)[0] ?? '';
  return first.length <= 160 ? first.trim() : `${first.slice(0, 157).trim()}…`;
}
/**
 * ISO date when the input parses as a date, else the original string trimmed.
 * @example normalizeDate('Thu, 08 Jan 2026 10:00:00 GMT') // '2026-01-08T10:00:00.000Z'
 */
export function normalizeDate(value) {
  if (!value || !value.trim()) return undefined;
  const v = value.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return v;
  const t = Date.parse(v);
  return Number.isNaN(t) ? v : new Date(t).toISOString();
}
/**
 * A Document with a deterministic id (URL, else text) and the sha256 of its text.
 * @example makeDocument({ title: 'T', text: 'Ankara said.', lang: 'en' }).id.startsWith('doc_') // true
 */
export function makeDocument(fields) {
  const text = fields.text.replace(/\r\n?/g, '\n').trim();
  const lang = !fields.lang || fields.lang === 'auto' ? detectLanguage(text) : fields.lang;
  const url = fields.url?.trim() || undefined;
  const idUrl = url && fields.idKey ? `${url}#${fields.idKey}` : url;
  return Document.parse({
    id: documentId({ url: idUrl, text }),
    title: fields.title?.trim() || fallbackTitle(text),
    text,
    lang,
    url,
    source: fields.source?.trim() || undefined,
    publishedAt: normalizeDate(fields.publishedAt),
    kind: fields.kind ?? 'article',
    contentHash: sha256Hex(text),
  });
}
//# sourceMappingURL=make-document.js.map
