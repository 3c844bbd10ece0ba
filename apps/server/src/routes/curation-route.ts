// /api/curation: an analyst's decisions (record, list, undo) and the possible-duplicates queue, over the store.
import { duplicateCandidates } from '@shabaka/curation';
import { CurationParams, CurationRequest, CurationUndoQuery, DuplicateQuery } from '@shabaka/schema';
import type { CurationListResponse, DuplicatesResponse, GraphStore } from '@shabaka/schema';
import type { FastifyInstance } from 'fastify';
import { parseOr400 } from '../http/validate.js';

export interface CurationRouteOptions {
  store: GraphStore;
  /** Called after every decision or undo (drops cached communities). */
  onChanged: () => void;
}

/**
 * Registers `POST /api/curation`, `GET /api/curation`, `DELETE /api/curation/:id` (undo) and
 * `GET /api/curation/duplicates`; the server's token guards them like every `/api` route.
 * @example registerCurationRoute(app, { store, onChanged: () => communities.invalidate() })
 */
export function registerCurationRoute(app: FastifyInstance, { store, onChanged }: CurationRouteOptions): void {
  app.post('/api/curation', async (request) => {
    const record = await store.curate(parseOr400(CurationRequest, request.body, 'body'));
    onChanged();
    return record;
  });

  app.get('/api/curation', async (): Promise<CurationListResponse> => ({ records: await store.curationRecords() }));

  app.delete('/api/curation/:id', async (request) => {
    const { id } = parseOr400(CurationParams, request.params, 'path');
    const { by } = parseOr400(CurationUndoQuery, request.query, 'query');
    const record = await store.undoCuration(id, by ? { by } : {});
    onChanged();
    return record;
  });

  // The whole entity graph is read per request: fine for the graphs one analyst reviews; see the README.
  app.get('/api/curation/duplicates', async (request): Promise<DuplicatesResponse> => {
    const { limit } = parseOr400(DuplicateQuery, request.query, 'query');
    const [graph, records] = await Promise.all([store.exportGraph(), store.curationRecords()]);
    const candidates = await duplicateCandidates(graph, records, {
      limit,
      articlesOf: async (id) => (await store.entity(id))?.articles.map((a) => a.id) ?? [],
    });
    return { candidates };
  });
}
