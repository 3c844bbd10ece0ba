// The viewer's HTTP client: one typed function per route, every answer validated with its zod schema.
import {
  CommunitiesResponse,
  CurationListResponse,
  CurationRecord,
  DuplicatesResponse,
  CypherResult,
  EntityDetail,
  ErrorBody,
  EventsResponse,
  GraphData,
  HealthResponse,
  IngestResponse,
  SearchResponse,
} from '@shabaka/schema';
import type { CurationRequestInput, EntityType, EventsQuery, IngestRequest, NeighborQuery } from '@shabaka/schema';
import type { z } from 'zod';
import { ApiError } from './api-error.js';

export interface ApiClientOptions {
  /** Origin of the server; '' means the page's own origin. */
  baseUrl?: string;
  /** Injected so tests never touch the network by accident. */
  fetch?: typeof globalThis.fetch;
  /** Bearer token for a server started with `--token`. */
  token?: string;
}

/** The neighbourhood options the viewer sends (lists travel comma-separated, see `query`). */
export type NeighborFilter = Partial<z.output<typeof NeighborQuery>>;
/** The filters of `GET /api/events` the viewer sends. */
export type EventsFilter = Partial<
  Pick<z.output<typeof EventsQuery>, 'from' | 'to' | 'place' | 'participant' | 'limit'>
>;

function query(params: Record<string, string | number | readonly string[] | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) {
      if (value.length > 0) search.set(key, value.join(','));
    } else search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

async function errorFrom(response: Response, path: string): Promise<ApiError> {
  const body = ErrorBody.safeParse(await response.json().catch(() => null));
  const code = response.status === 501 ? 'UNSUPPORTED' : response.status === 404 ? 'NOT_FOUND' : 'HTTP';
  const message = body.success ? body.data.error : `viewer: ${path} answered HTTP ${response.status}`;
  return new ApiError(code, message, {
    status: response.status,
    ...(body.success && body.data.hint ? { hint: body.data.hint } : {}),
    ...(body.success ? { serverCode: body.data.code } : {}),
  });
}

/**
 * Builds the client. Each method takes an optional AbortSignal so superseded requests are cancelled.
 * @example const api = createApiClient(); const { results } = await api.search('فيدان')
 */
export function createApiClient(options: ApiClientOptions = {}) {
  const baseUrl = options.baseUrl ?? '';
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const auth: Record<string, string> = options.token ? { Authorization: `Bearer ${options.token}` } : {};

  async function send(path: string, init: RequestInit = {}): Promise<Response> {
    let response: Response;
    try {
      response = await doFetch(`${baseUrl}${path}`, { ...init, headers: { ...auth, ...init.headers } });
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') {
        throw new ApiError('ABORTED', `viewer: ${path} was cancelled`, { cause: error });
      }
      throw new ApiError('NETWORK', `viewer: cannot reach the server for ${path}`, {
        hint: 'is `shabaka serve` still running?',
        cause: error,
      });
    }
    if (!response.ok) throw await errorFrom(response, path);
    return response;
  }

  async function json<T extends z.ZodType>(schema: T, path: string, init?: RequestInit): Promise<z.output<T>> {
    const response = await send(path, init);
    const parsed = schema.safeParse(await response.json());
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new ApiError('BAD_RESPONSE', `viewer: unexpected answer from ${path.split('?')[0]}`, {
        hint: `${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''} (is the server the same version as the viewer?)`,
      });
    }
    return parsed.data;
  }

  const post = (body: unknown, signal?: AbortSignal): RequestInit => ({
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
    ...(signal ? { signal } : {}),
  });
  const get = (signal?: AbortSignal): RequestInit => (signal ? { signal } : {});

  return {
    health: (signal?: AbortSignal) => json(HealthResponse, '/api/health', get(signal)),
    overview: (limit: number, events?: number, signal?: AbortSignal) =>
      json(GraphData, `/api/overview${query({ limit, events })}`, get(signal)),
    search: (q: string, opts: { types?: readonly EntityType[]; limit?: number } = {}, signal?: AbortSignal) =>
      json(SearchResponse, `/api/search${query({ q, types: opts.types, limit: opts.limit })}`, get(signal)),
    entity: (id: string, signal?: AbortSignal) =>
      json(EntityDetail, `/api/entities/${encodeURIComponent(id)}`, get(signal)),
    neighbors: (id: string, opts: NeighborFilter = {}, signal?: AbortSignal) =>
      json(
        GraphData,
        `/api/entities/${encodeURIComponent(id)}/neighbors${query({ depth: opts.depth, predicates: opts.predicates, types: opts.types, limit: opts.limit })}`,
        get(signal),
      ),
    path: (from: string, to: string, signal?: AbortSignal) =>
      json(GraphData, `/api/path${query({ from, to })}`, get(signal)),
    events: (filter: EventsFilter = {}, signal?: AbortSignal) =>
      json(EventsResponse, `/api/events${query({ ...filter })}`, get(signal)),
    communities: (signal?: AbortSignal) => json(CommunitiesResponse, '/api/communities', get(signal)),
    cypher: (cypher: string, params: Record<string, unknown> = {}, signal?: AbortSignal) =>
      json(CypherResult, '/api/cypher', post({ query: cypher, params }, signal)),
    ingest: (body: Pick<z.input<typeof IngestRequest>, 'text' | 'title' | 'lang'>, signal?: AbortSignal) =>
      json(IngestResponse, '/api/ingest', post(body, signal)),
    curate: (request: CurationRequestInput, signal?: AbortSignal) =>
      json(CurationRecord, '/api/curation', post(request, signal)),
    curationRecords: (signal?: AbortSignal) => json(CurationListResponse, '/api/curation', get(signal)),
    undoCuration: (id: string, signal?: AbortSignal) =>
      json(CurationRecord, `/api/curation/${encodeURIComponent(id)}`, { method: 'DELETE', ...get(signal) }),
    duplicates: (limit: number, signal?: AbortSignal) =>
      json(DuplicatesResponse, `/api/curation/duplicates${query({ limit })}`, get(signal)),
    exportGexf: async (signal?: AbortSignal) => (await send('/api/export?format=gexf', get(signal))).blob(),
  };
}

export type ApiClient = ReturnType<typeof createApiClient>;
