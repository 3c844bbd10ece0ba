// GET /api/communities: Louvain over the stored graph, cached per graph version.
import type { CommunitiesResponse } from '@shabaka/schema';
import type { FastifyInstance } from 'fastify';
import type { CommunityCache } from '../analytics/communities.js';

/**
 * Registers `GET /api/communities`.
 * @example registerCommunitiesRoute(app, new CommunityCache(store))
 */
export function registerCommunitiesRoute(app: FastifyInstance, cache: CommunityCache): void {
  app.get('/api/communities', async (): Promise<CommunitiesResponse> => cache.get());
}
