// Read routes over the GraphStore: health, stats, overview, search, entity, neighbours, path, events.
import { EntityParams, EventsQuery, NeighborQuery, OverviewOptions, PathQuery, SearchQuery } from '@shabaka/schema';
import type { EventsResponse, GraphStore, HealthResponse, SearchResponse } from '@shabaka/schema';
import type { FastifyInstance } from 'fastify';
import { scoreNodes } from '../analytics/centrality.js';
import { HttpError } from '../http/errors.js';
import { parseOr400 } from '../http/validate.js';

const notFound = (what: string, hint: string) => new HttpError(404, 'NOT_FOUND', `server: ${what}`, hint);

/**
 * Registers the read-only graph routes.
 * @example registerGraphRoutes(app, store, '0.1.0')
 */
export function registerGraphRoutes(app: FastifyInstance, store: GraphStore, version: string): void {
  app.get('/api/health', async (): Promise<HealthResponse> => ({
    ok: true,
    store: store.kind,
    cypher: typeof store.cypher === 'function',
    version,
  }));

  app.get('/api/stats', async () => store.stats());

  app.get('/api/overview', async (request) => {
    const options = parseOr400(OverviewOptions, request.query, 'query');
    return scoreNodes(await store.overview(options));
  });

  app.get('/api/search', async (request): Promise<SearchResponse> => {
    const { q, ...options } = parseOr400(SearchQuery, request.query, 'query');
    return { results: await store.search(q, options) };
  });

  app.get('/api/entities/:id', async (request) => {
    const { id } = parseOr400(EntityParams, request.params, 'path');
    const detail = await store.entity(id);
    if (!detail) throw notFound(`no entity ${JSON.stringify(id)}`, 'find ids with GET /api/search?q=…');
    return detail;
  });

  app.get('/api/entities/:id/neighbors', async (request) => {
    const { id } = parseOr400(EntityParams, request.params, 'path');
    const options = parseOr400(NeighborQuery, request.query, 'query');
    const graph = await store.neighbors(id, options);
    if (graph.nodes.length === 0)
      throw notFound(`no entity ${JSON.stringify(id)}`, 'find ids with GET /api/search?q=…');
    return { ...graph, more: graph.more ?? 0 };
  });

  app.get('/api/path', async (request) => {
    const { from, to, maxDepth } = parseOr400(PathQuery, request.query, 'query');
    const path = await store.shortestPath(from, to, maxDepth === undefined ? {} : { maxDepth });
    if (!path) {
      throw notFound(
        `no path between ${JSON.stringify(from)} and ${JSON.stringify(to)}`,
        'the two entities are not connected (or one of them does not exist); try maxDepth up to 8',
      );
    }
    return path;
  });

  app.get('/api/events', async (request): Promise<EventsResponse> => {
    const query = parseOr400(EventsQuery, request.query, 'query');
    return { events: await store.events(query) };
  });
}
