// Zod schemas of the routes' parameters, bodies and answers (store schemas come from @shabaka/schema).
import {
  EventQuery,
  EventSummary,
  GraphData,
  NeighborOptions,
  SearchHit,
  SearchOptions,
  UpsertSummary,
} from '@shabaka/schema';
import { MAX_DOCUMENT_CHARS } from '@shabaka/ingest';
import { z } from 'zod';

const EntityIdString = z.string().trim().min(1).max(300);

export const EntityParams = z.object({ id: EntityIdString });
export const SearchQuery = SearchOptions.extend({ q: z.string().trim().min(1).max(200) });
export const NeighborQuery = NeighborOptions;
export const PathQuery = z.object({
  from: EntityIdString,
  to: EntityIdString,
  maxDepth: z.coerce.number().int().min(1).max(8).optional(),
});
/** ISO dates as the stores keep them: YYYY, YYYY-MM or YYYY-MM-DD. */
const IsoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected an ISO date: YYYY, YYYY-MM or YYYY-MM-DD');
export const EventsQuery = EventQuery.extend({
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  place: EntityIdString.optional(),
  participant: EntityIdString.optional(),
});
export const ExportQuery = z.object({ format: z.enum(['gexf', 'jsonl']).default('gexf') });

/** `POST /api/ingest` with a JSON body (a text/plain body is the same with only `text`). */
export const IngestRequest = z.object({
  text: z.string().trim().min(1).max(MAX_DOCUMENT_CHARS),
  title: z.string().max(2_000).optional(),
  lang: z.enum(['ar', 'en', 'auto']).default('auto'),
  source: z.string().max(500).optional(),
  url: z.url().max(2_000).optional(),
  publishedAt: z.string().max(64).optional(),
});
export type IngestRequest = z.output<typeof IngestRequest>;

/** Form fields of a multipart `POST /api/ingest`; `text` adds a pasted article to the files. */
export const UploadFields = z.object({
  lang: z.enum(['ar', 'en', 'auto']).default('auto'),
  text: z.string().max(MAX_DOCUMENT_CHARS).optional(),
  title: z.string().max(2_000).optional(),
  source: z.string().max(500).optional(),
});

export const HealthResponse = z.object({
  ok: z.literal(true),
  store: z.enum(['sqlite', 'neo4j']),
  cypher: z.boolean(),
  version: z.string(),
});
export const SearchResponse = z.object({ results: z.array(SearchHit) });
export const EventsResponse = z.object({ events: z.array(EventSummary) });
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
