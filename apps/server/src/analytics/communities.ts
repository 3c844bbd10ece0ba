// Louvain communities over the whole stored graph, computed server-side and cached until the graph changes.
import louvainModule from 'graphology-communities-louvain';
import type { CommunitiesResponse, GraphData, GraphStore } from '@shabaka/schema';
import { cjsDefault } from './cjs-default.js';
import { seededRandom } from '@shabaka/schema';
import { toWeightedGraph } from './graph.js';

const louvain = cjsDefault(louvainModule);

/**
 * Louvain over a GraphData (weighted, undirected, seeded): isolated nodes each get their own community.
 * @example computeCommunities(await store.exportGraph()).count
 */
export function computeCommunities(data: GraphData): CommunitiesResponse {
  const graph = toWeightedGraph(data);
  if (graph.size === 0) {
    const communities = Object.fromEntries(graph.nodes().map((id: string, i: number) => [id, i]));
    return { communities, count: graph.order, modularity: 0 };
  }
  const detailed = louvain.detailed(graph, { getEdgeWeight: 'weight', rng: seededRandom(42) });
  return { communities: detailed.communities, count: detailed.count, modularity: detailed.modularity };
}

/**
 * Caches communities per graph version. The version is a cheap fingerprint from `store.stats()`, so a
 * CLI ingest into the same store is noticed too; `invalidate()` drops the cache after the server's own ingest.
 * @example const cache = new CommunityCache(store); await cache.get()
 */
export class CommunityCache {
  private cached: { fingerprint: string; value: CommunitiesResponse } | undefined;
  private pending: { fingerprint: string; promise: Promise<CommunitiesResponse> } | undefined;

  constructor(private readonly store: GraphStore) {}

  async get(): Promise<CommunitiesResponse> {
    const stats = await this.store.stats();
    const fingerprint = `${stats.documents}/${stats.entities}/${stats.relations}/${stats.events}`;
    if (this.cached?.fingerprint === fingerprint) return this.cached.value;
    // Concurrent requests for the same version share one computation.
    if (this.pending?.fingerprint === fingerprint) return this.pending.promise;
    const promise = this.store.exportGraph().then((graph) => computeCommunities(graph));
    this.pending = { fingerprint, promise };
    try {
      const value = await promise;
      // An invalidate() while computing means the graph changed under us: answer, but do not cache.
      if (this.pending?.promise === promise) this.cached = { fingerprint, value };
      return value;
    } finally {
      if (this.pending?.promise === promise) this.pending = undefined;
    }
  }

  invalidate(): void {
    this.cached = undefined;
    this.pending = undefined;
  }
}
