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

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
const ZONE = /(?:\b(?:GMT|UTC|UT)|Z|([+-])(\d{2}):?(\d{2}))\s*$/;

/**
 * ISO 8601 when the input parses as a date, else the original string trimmed. The calendar day is the one
 * the outlet wrote, whatever the machine's time zone: relative dates in the text ("yesterday") count from
 * it. A date-time keeps its own offset; a date with trailing notes (`2018-04-12 (feed timestamp: …)`) is
 * that date.
 * @example normalizeDate('Thu, 08 Jan 2026 10:00:00 GMT') // '2026-01-08T10:00:00.000Z'
 * @example normalizeDate('Thu, 08 Jan 2026 23:30:00 +0300') // '2026-01-08T23:30:00.000+03:00'
 * @example normalizeDate('December 19, 2017') // '2017-12-19'
 */
export function normalizeDate(value: string | undefined): string | undefined {
  if (!value || !value.trim()) return undefined;
  const v = value.trim();
  const iso = /^(\d{4}-\d{2}-\d{2})(T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?/.exec(v);
  if (iso && !iso[2]) return iso[1];
  const t = Date.parse(iso ? iso[0] : v);
  if (Number.isNaN(t)) return v;
  const zone = ZONE.exec(iso ? iso[0] : v);
  if (zone) {
    const offset = zone[1] ? (zone[1] === '-' ? -1 : 1) * (Number(zone[2]) * 60 + Number(zone[3])) : 0;
    if (offset === 0) return new Date(t).toISOString();
    const local = new Date(t + offset * 60_000).toISOString().slice(0, -1);
    return `${local}${zone[1]}${zone[2]}:${zone[3]}`;
  }
  // Without a zone the parser read the machine's local time: its local fields are what the outlet wrote.
  const d = new Date(t);
  const day = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  return /\d{1,2}:\d{2}/.test(v) ? `${day}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}` : day;
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
