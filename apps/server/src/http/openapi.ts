// OpenAPI 3.1 description of the API, generated from the same zod schemas the routes validate with.
import {
  CommunitiesResponse,
  CurationListResponse,
  CurationParams,
  CurationRecord,
  CurationRequest,
  CurationUndoQuery,
  DuplicateQuery,
  DuplicatesResponse,
  CypherRequest,
  CypherResult,
  EntityDetail,
  EntityParams,
  ErrorBody,
  EventsQuery,
  EventsResponse,
  ExportQuery,
  HealthResponse,
  IngestRequest,
  IngestResponse,
  NeighborQuery,
  PathQuery,
  SearchQuery,
  SearchResponse,
  UploadFields,
  GraphData,
  OverviewOptions,
  StoreStats,
} from '@shabaka/schema';
import { z } from 'zod';

interface RouteDoc {
  method: 'get' | 'post' | 'delete';
  path: string;
  summary: string;
  query?: z.ZodObject;
  params?: z.ZodObject;
  body?: z.ZodType;
  /** Multipart form fields besides `files` (uploads). */
  form?: z.ZodObject;
  response: z.ZodType;
  /** Non-JSON answers (exports). */
  produces?: string[];
  /** Error statuses the route answers besides the usual 4XX/5XX, and why. */
  errors?: Record<string, string>;
}

/** Every API route, in the order the README lists them. */
export const ROUTE_DOCS: readonly RouteDoc[] = [
  {
    method: 'get',
    path: '/api/health',
    summary: 'Liveness, store kind, whether Cypher is available',
    response: HealthResponse,
  },
  {
    method: 'get',
    path: '/api/stats',
    summary: 'Counts of documents, entities, relations, events',
    response: StoreStats,
  },
  {
    method: 'get',
    path: '/api/overview',
    summary: 'Top-N entities with their edges; score = weighted degree',
    query: OverviewOptions,
    response: GraphData,
  },
  {
    method: 'get',
    path: '/api/search',
    summary: 'Entity autocomplete in Arabic and English',
    query: SearchQuery,
    response: SearchResponse,
  },
  {
    method: 'get',
    path: '/api/entities/{id}',
    summary: 'Entity card: names, roles, neighbours, evidence, articles',
    params: EntityParams,
    response: EntityDetail,
  },
  {
    method: 'get',
    path: '/api/entities/{id}/neighbors',
    summary: 'Neighbourhood as GraphData; `more` counts what the limit left out',
    params: EntityParams,
    query: NeighborQuery,
    response: GraphData,
  },
  {
    method: 'get',
    path: '/api/path',
    summary: 'Shortest path between two entities (404 when none)',
    query: PathQuery,
    response: GraphData,
  },
  {
    method: 'get',
    path: '/api/events',
    summary: 'Events by date range, place, participant and type',
    query: EventsQuery,
    response: EventsResponse,
  },
  {
    method: 'get',
    path: '/api/communities',
    summary: 'Louvain communities of the whole graph (cached)',
    response: CommunitiesResponse,
  },
  {
    method: 'post',
    path: '/api/cypher',
    summary: 'Read-only Cypher (Neo4j store only; 501 otherwise)',
    body: CypherRequest,
    response: CypherResult,
    errors: {
      '400': 'A write, a syntax error or bad parameters',
      '501': 'The store has no Cypher (SQLite): code UNSUPPORTED',
      '504': 'The query ran past the timeout: code CYPHER_TIMEOUT',
    },
  },
  {
    method: 'post',
    path: '/api/ingest',
    summary: 'Ingest pasted text (JSON or text/plain) or uploaded files (multipart)',
    body: IngestRequest,
    form: UploadFields,
    response: IngestResponse,
  },
  {
    method: 'get',
    path: '/api/export',
    summary: 'The whole entity graph as GEXF or contract JSONL',
    query: ExportQuery,
    response: z.string(),
    produces: ['application/gexf+xml', 'application/x-ndjson'],
  },
  {
    method: 'post',
    path: '/api/curation',
    summary: 'Record an analyst decision (merge, split, rename, delete, retract, distinct) and apply it',
    body: CurationRequest,
    response: CurationRecord,
    errors: { '404': 'A target entity or document does not exist: code NOT_FOUND' },
  },
  {
    method: 'get',
    path: '/api/curation',
    summary: 'Every decision, oldest first, undone ones too',
    response: CurationListResponse,
  },
  {
    method: 'delete',
    path: '/api/curation/{id}',
    summary: 'Undo a decision: the graph becomes what the remaining decisions make of the extraction',
    params: CurationParams,
    query: CurationUndoQuery,
    response: CurationRecord,
    errors: { '404': 'No such decision: code NOT_FOUND' },
  },
  {
    method: 'get',
    path: '/api/curation/duplicates',
    summary: 'Possible duplicates: pairs scored by names across scripts, shared neighbours and co-mention',
    query: DuplicateQuery,
    response: DuplicatesResponse,
  },
];

const jsonSchema = (schema: z.ZodType, io: 'input' | 'output') =>
  z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' });

function parameters(schema: z.ZodObject | undefined, where: 'query' | 'path') {
  if (!schema) return [];
  const json = jsonSchema(schema, 'input') as { properties?: Record<string, unknown>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, property]) => ({
    name,
    in: where,
    required: where === 'path' || (json.required ?? []).includes(name),
    // Lists travel comma-separated (`types=PERSON,LOCATION`), which OpenAPI calls form style without explode.
    ...((property as { type?: unknown }).type === 'array' ? { style: 'form', explode: false } : {}),
    schema: property,
  }));
}

function requestContent(route: RouteDoc): Record<string, { schema: unknown }> {
  const content: Record<string, { schema: unknown }> = {};
  if (route.body) content['application/json'] = { schema: jsonSchema(route.body, 'input') };
  if (route.form) {
    const fields = jsonSchema(route.form, 'input') as { properties?: Record<string, unknown> };
    content['multipart/form-data'] = {
      schema: {
        type: 'object',
        properties: { ...fields.properties, files: { type: 'array', items: { type: 'string', format: 'binary' } } },
        // An upload holds files, pasted text, or both.
        anyOf: [{ required: ['files'] }, { required: ['text'] }],
      },
    };
  }
  return content;
}

const errorResponse = {
  description: 'Error',
  content: { 'application/json': { schema: jsonSchema(ErrorBody, 'output') } },
};

/**
 * The OpenAPI document served at `/openapi.json`.
 * @example buildOpenApi('0.1.0').paths['/api/search']
 */
export function buildOpenApi(version: string): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of ROUTE_DOCS) {
    const content = Object.fromEntries(
      (route.produces ?? ['application/json']).map((type) => [type, { schema: jsonSchema(route.response, 'output') }]),
    );
    paths[route.path] = {
      ...paths[route.path],
      [route.method]: {
        summary: route.summary,
        parameters: [...parameters(route.params, 'path'), ...parameters(route.query, 'query')],
        ...(route.body ? { requestBody: { required: true, content: requestContent(route) } } : {}),
        responses: {
          '200': { description: 'OK', content },
          ...Object.fromEntries(
            Object.entries(route.errors ?? {}).map(([status, description]) => [
              status,
              { ...errorResponse, description },
            ]),
          ),
          '4XX': errorResponse,
          '5XX': errorResponse,
        },
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Shabaka API',
      version,
      description: 'Knowledge graph of people, organisations, places and events.',
    },
    components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    security: [{ bearer: [] }, {}],
    paths,
  };
}
