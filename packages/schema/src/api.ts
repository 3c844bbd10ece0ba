// The HTTP API's request and answer shapes: the server validates requests and documents answers with these, and
// the viewer's client validates the answers it receives with the same schemas, so the two cannot drift apart.
import { z } from 'zod';
import { GraphData } from './graph-data.js';
import { EventQuery, EventSummary, NeighborOptions, SearchHit, SearchOptions, UpsertSummary } from './store.js';

/**
 * Documents longer than this are refused: a news article is far shorter (10 000 words ≈ 60 000 characters), a long
 * report fits, and one pasted book or log file cannot hold a worker for minutes. Extraction grows about linearly
 * with length (the bundled sample ×32, 586k characters: 6.4 s; ×55, 1M characters: 15 s and 673 MB peak RSS on one
 * loaded core).
 */
export const MAX_DOCUMENT_CHARS = 500_000;

const EntityIdString = z.string().trim().min(1).max(300);
/** ISO dates as the stores keep them: YYYY, YYYY-MM or YYYY-MM-DD. */
const IsoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected an ISO date: YYYY, YYYY-MM or YYYY-MM-DD');
const IngestLang = z.enum(['ar', 'en', 'auto']).default('auto');

// Requests

/** Path parameters of `/api/entities/{id}` and `/api/entities/{id}/neighbors`. */
export const EntityParams = z.object({ id: EntityIdString });
/** `GET /api/search`. */
export const SearchQuery = SearchOptions.extend({ q: z.string().trim().min(1).max(200) });
export type SearchQuery = z.input<typeof SearchQuery>;
/** `GET /api/entities/{id}/neighbors`. */
export const NeighborQuery = NeighborOptions;
export type NeighborQuery = z.input<typeof NeighborQuery>;
/** `GET /api/path`. */
export const PathQuery = z.object({
  from: EntityIdString,
  to: EntityIdString,
  maxDepth: z.coerce.number().int().min(1).max(8).optional(),
});
export type PathQuery = z.input<typeof PathQuery>;
/** `GET /api/events`. */
export const EventsQuery = EventQuery.extend({
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  place: EntityIdString.optional(),
  participant: EntityIdString.optional(),
});
export type EventsQuery = z.input<typeof EventsQuery>;
/** `GET /api/export`. */
export const ExportQuery = z.object({ format: z.enum(['gexf', 'jsonl']).default('gexf') });

/** `POST /api/ingest` with a JSON body (a text/plain body is the same with only `text`). */
export const IngestRequest = z.object({
  text: z.string().trim().min(1).max(MAX_DOCUMENT_CHARS),
  title: z.string().max(2_000).optional(),
  lang: IngestLang,
  source: z.string().max(500).optional(),
  url: z.url().max(2_000).optional(),
  publishedAt: z.string().max(64).optional(),
});
export type IngestRequest = z.output<typeof IngestRequest>;

/** Form fields of a multipart `POST /api/ingest`; `text` adds a pasted article to the files. */
export const UploadFields = z.object({
  lang: IngestLang,
  text: z.string().max(MAX_DOCUMENT_CHARS).optional(),
  title: z.string().max(2_000).optional(),
  source: z.string().max(500).optional(),
});

// Answers (the routes answering with a store shape, e.g. `EntityDetail` or `GraphData`, use it as it is)

/** `GET /api/health`. */
export const HealthResponse = z.object({
  ok: z.literal(true),
  store: z.enum(['sqlite', 'neo4j']),
  cypher: z.boolean(),
  version: z.string(),
});
export type HealthResponse = z.infer<typeof HealthResponse>;

/** `GET /api/search`. */
export const SearchResponse = z.object({ results: z.array(SearchHit) });
export type SearchResponse = z.infer<typeof SearchResponse>;

/** `GET /api/events`. */
export const EventsResponse = z.object({ events: z.array(EventSummary) });
export type EventsResponse = z.infer<typeof EventsResponse>;

/** `GET /api/communities`: Louvain community index per node id. */
export const CommunitiesResponse = z.object({
  communities: z.record(z.string(), z.number().int()),
  count: z.number().int(),
  modularity: z.number(),
});
export type CommunitiesResponse = z.infer<typeof CommunitiesResponse>;

/** `POST /api/ingest`. */
export const IngestResponse = z.object({
  documents: z.number().int(),
  entities: z.number().int(),
  relations: z.number().int(),
  events: z.number().int(),
  documentIds: z.array(z.string()),
  /** Documents already stored with the same content (re-uploads are no-ops). */
  skipped: z.number().int(),
  /** Inputs, lines or items the readers could not use, with a reason. */
  issues: z.array(z.object({ input: z.string(), code: z.string(), reason: z.string() })),
  summary: UpsertSummary,
  added: GraphData,
});
export type IngestResponse = z.infer<typeof IngestResponse>;

/** The body of every error answer; `issues` names each invalid field of a rejected request. */
export const ErrorBody = z.object({
  error: z.string(),
  code: z.string(),
  hint: z.string().optional(),
  issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});
export type ErrorBody = z.infer<typeof ErrorBody>;
