// Builds a validated Document from what a reader found: deterministic id, content hash, language.
import { detectLanguage } from '@shabaka/text';
import { Document, documentId, sha256Hex } from '@shabaka/schema';
import type { Lang } from '@shabaka/schema';

export interface DocumentFields {
  title?: string | undefined;
  text: string;
  url?: string | undefined;
  source?: string | undefined;
  publishedAt?: string | undefined;
  kind?: 'article' | 'teaser';
  lang?: Lang | 'auto' | undefined;
  /** Extra key for the id when several documents share a URL (segments of one page). */
  idKey?: string;
}

/** Title from the first line when a reader has none: short, no trailing sentence punctuation. */
function fallbackTitle(text: string): string {
  const first = text.trim().split('\n', 1)[0] ?? '';
  return first.length <= 160 ? first.trim() : `${first.slice(0, 157).trim()}…`;
}

/**
 * ISO date when the input parses as a date, else the original string trimmed.
 * @example normalizeDate('Thu, 08 Jan 2026 10:00:00 GMT') // '2026-01-08T10:00:00.000Z'
 */
export function normalizeDate(value: string | undefined): string | undefined {
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
export function makeDocument(fields: DocumentFields): Document {
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
