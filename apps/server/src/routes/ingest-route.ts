// POST /api/ingest: pasted text (JSON or text/plain) or uploaded files → extraction → store.upsert → what was added.
import { makeDocument, readContent } from '@shabaka/ingest';
import type { ExtractPool } from '@shabaka/ingest';
import { IngestRequest, UploadFields, addWrites, noWrites } from '@shabaka/schema';
import type { ExtractionResult, GraphStore, IngestResponse } from '@shabaka/schema';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { addedGraph } from '../analytics/added-graph.js';
import { HttpError } from '../http/errors.js';
import { parseOr400 } from '../http/validate.js';
import { ingestUploads, refuseFetch } from '../ingest/ingest-uploads.js';
import type { UploadedFile, UploadOutcome } from '../ingest/ingest-uploads.js';

/** How issues of pasted text name their input. */
const PASTED = 'pasted text';

export interface IngestRouteOptions {
  store: GraphStore;
  /** The extraction pool (created on first use, closed with the server). */
  extractor: () => ExtractPool;
  /** Total bytes of all files in one multipart request. */
  uploadLimit: number;
  /** Called after every ingest that wrote something (drops cached communities). */
  onIngested: () => void;
}

const MULTIPART_HINT = 'send multipart/form-data with its boundary (let the HTTP client build the body)';

async function readParts(request: FastifyRequest, uploadLimit: number) {
  if (!/;\s*boundary=[^;\s]/i.test(request.headers['content-type'] ?? ''))
    throw new HttpError(400, 'INVALID_INPUT', 'server: multipart/form-data without a boundary', MULTIPART_HINT);
  try {
    return await readPartsOf(request, uploadLimit);
  } catch (cause) {
    // The multipart parser's own errors (truncated body, bad headers) carry no status: they are the client's.
    if (cause instanceof HttpError || typeof (cause as { statusCode?: unknown }).statusCode === 'number') throw cause;
    throw new HttpError(
      400,
      'INVALID_INPUT',
      `server: malformed multipart body (${(cause as Error).message})`,
      MULTIPART_HINT,
    );
  }
}

async function readPartsOf(request: FastifyRequest, uploadLimit: number) {
  const fields: Record<string, string> = {};
  const files: UploadedFile[] = [];
  let total = 0;
  for await (const part of request.parts()) {
    if (part.type === 'field') {
      if (typeof part.value === 'string') fields[part.fieldname] = part.value;
      continue;
    }
    const bytes = await part.toBuffer();
    total += bytes.length;
    if (total > uploadLimit) {
      throw new HttpError(
        413,
        'PAYLOAD_TOO_LARGE',
        `server: uploads total more than ${uploadLimit} bytes`,
        'upload fewer files at once, or use `shabaka ingest` for large folders',
      );
    }
    files.push({ filename: part.filename || 'upload.txt', bytes });
  }
  return { fields: parseOr400(UploadFields, fields, 'form fields'), files };
}

/**
 * A pasted article through the readers a file goes through (`readContent`): the same refusals and codes as
 * `shabaka ingest` (a binary pasted or read as text is `BINARY`), header lines and page segmentation; the
 * form's title, source, URL and date win over what the text says.
 */
async function ingestText(store: GraphStore, pool: ExtractPool, input: IngestRequest): Promise<UploadOutcome> {
  const { text, lang, ...fields } = input;
  const outcome: UploadOutcome = { results: [], summary: noWrites(), issues: [], skipped: 0 };
  for await (const r of readContent(text, PASTED, { lang, fetch: refuseFetch })) {
    if (!r.ok) {
      outcome.issues.push({ input: r.issue.input, code: r.issue.code, reason: r.issue.reason });
      continue;
    }
    const d = r.document;
    const document = makeDocument({
      title: fields.title ?? d.title,
      text: d.text,
      url: fields.url ?? d.url,
      source: fields.source ?? d.source,
      publishedAt: fields.publishedAt ?? d.publishedAt,
      lang: d.lang,
      kind: d.kind,
    });
    const result = await pool.run(document, { lang, ...fields });
    addWrites(outcome.summary, await store.upsert(result));
    outcome.results.push(result);
  }
  return outcome;
}

function combine(outcomes: UploadOutcome[]): UploadOutcome {
  return {
    results: outcomes.flatMap((o) => o.results),
    summary: {
      nodesCreated: outcomes.reduce((n, o) => n + o.summary.nodesCreated, 0),
      relationshipsCreated: outcomes.reduce((n, o) => n + o.summary.relationshipsCreated, 0),
      propertiesSet: outcomes.reduce((n, o) => n + o.summary.propertiesSet, 0),
    },
    issues: outcomes.flatMap((o) => o.issues),
    skipped: outcomes.reduce((n, o) => n + o.skipped, 0),
  };
}

function merge(results: ExtractionResult[]): ExtractionResult {
  const byId = <T extends { id: string }>(items: T[]) => [...new Map(items.map((item) => [item.id, item])).values()];
  return {
    documents: byId(results.flatMap((r) => r.documents)),
    sentences: byId(results.flatMap((r) => r.sentences)),
    entities: byId(results.flatMap((r) => r.entities)),
    relations: results.flatMap((r) => r.relations),
    events: byId(results.flatMap((r) => r.events)),
  };
}

/**
 * Registers `POST /api/ingest`.
 * @example registerIngestRoute(app, { store, extractor: () => pool, uploadLimit: 20e6, onIngested() {} })
 */
export function registerIngestRoute(app: FastifyInstance, options: IngestRouteOptions): void {
  const { store } = options;
  app.post('/api/ingest', async (request): Promise<IngestResponse> => {
    let outcome: UploadOutcome;
    if (request.isMultipart()) {
      const { fields, files } = await readParts(request, options.uploadLimit);
      if (files.length === 0 && !fields.text) {
        throw new HttpError(400, 'INVALID_INPUT', 'server: the upload holds no file', 'send files as multipart parts');
      }
      const outcomes: UploadOutcome[] = [];
      if (fields.text) {
        const input = parseOr400(IngestRequest, fields, 'form fields');
        outcomes.push(await ingestText(store, options.extractor(), input));
      }
      if (files.length > 0)
        outcomes.push(await ingestUploads(store, options.extractor(), files, { lang: fields.lang }));
      outcome = combine(outcomes);
    } else {
      // A text/plain body is the article; a JSON string is not a request object.
      const plain = /^text\/plain\b/i.test(request.headers['content-type'] ?? '');
      const body = plain && typeof request.body === 'string' ? { text: request.body } : request.body;
      outcome = await ingestText(store, options.extractor(), parseOr400(IngestRequest, body, 'body'));
    }
    const all = merge(outcome.results);
    if (all.documents.length === 0 && outcome.skipped === 0 && outcome.issues.length > 0) {
      const first = outcome.issues[0];
      throw new HttpError(
        400,
        'READ_FAILED',
        `server: nothing could be read from the upload (${first?.input}: ${first?.code} ${first?.reason})`,
        'upload UTF-8 text, HTML, JSON/JSONL or RSS/Atom files',
        outcome.issues.map((issue) => ({ path: issue.input, message: `${issue.code} ${issue.reason}` })),
      );
    }
    if (all.documents.length > 0) options.onIngested();
    return {
      documents: all.documents.length,
      entities: all.entities.length,
      relations: all.relations.length,
      events: all.events.length,
      documentIds: all.documents.map((d) => d.id),
      skipped: outcome.skipped,
      issues: outcome.issues,
      summary: outcome.summary,
      added: addedGraph(all),
    };
  });
}
