// Unit tests of the graph analytics: weighted simple graph, Louvain, scores, added graph.
import { describe, expect, it } from '@jest/globals';
import type { GraphData, GraphStore, StoreStats } from '@shabaka/schema';
import { newsFixture } from '../graph.fixtures.js';
import { addedGraph } from './added-graph.js';
import { scoreNodes } from './centrality.js';
import { CommunityCache, computeCommunities } from './communities.js';
import { seededRandom } from '@shabaka/schema';
import { toWeightedGraph } from './graph.js';

const node = (id: string) => ({ id, label: id, kind: 'PERSON' as const });
const edge = (id: string, source: string, target: string, weight = 1) => ({ id, source, target, type: 'MET', weight });

/** Two triangles joined by one light edge: the textbook two-community graph. */
const twoTriangles: GraphData = {
  nodes: ['a', 'b', 'c', 'x', 'y', 'z'].map(node),
  edges: [
    edge('1', 'a', 'b', 3),
    edge('2', 'b', 'c', 3),
    edge('3', 'c', 'a', 3),
    edge('4', 'x', 'y', 3),
    edge('5', 'y', 'z', 3),
    edge('6', 'z', 'x', 3),
    edge('7', 'c', 'x', 1),
  ],
};

describe('toWeightedGraph', () => {
  it('merges parallel relations into one weighted edge and drops dangling ones', () => {
    const graph = toWeightedGraph({
      nodes: [node('a'), node('b')],
      edges: [edge('1', 'a', 'b', 2), { ...edge('2', 'b', 'a', 1), type: 'SPOKE_WITH' }, edge('3', 'a', 'ghost')],
    });
    expect(graph.size).toBe(1);
    expect(graph.getEdgeAttribute('a', 'b', 'weight')).toBe(3);
  });
});

describe('computeCommunities', () => {
  it('finds the two triangles', () => {
    const { communities, count, modularity } = computeCommunities(twoTriangles);
    expect(count).toBe(2);
    expect(communities.a).toBe(communities.c);
    expect(communities.x).toBe(communities.z);
    expect(communities.a).not.toBe(communities.x);
    expect(modularity).toBeGreaterThan(0.3);
  });

  it('is deterministic for the same graph', () => {
    expect(computeCommunities(twoTriangles)).toEqual(computeCommunities(twoTriangles));
  });

  it('gives each node of an edgeless graph its own community', () => {
    const result = computeCommunities({ nodes: [node('a'), node('b')], edges: [] });
    expect(result.count).toBe(2);
    expect(result.communities.a).not.toBe(result.communities.b);
  });
});

describe('CommunityCache', () => {
  /** Only the two methods the cache calls; counts exports so the test sees recomputations. */
  function countingStore() {
    const state = { entities: 6, exports: 0 };
    const stats = async (): Promise<StoreStats> => ({
      documents: 1,
      entities: state.entities,
      relations: 7,
      events: 0,
      sentences: 1,
      byType: {},
      byPredicate: {},
    });
    const exportGraph = async () => {
      state.exports++;
      return twoTriangles;
    };
    return { state, store: { stats, exportGraph } as unknown as GraphStore };
  }

  it('computes once per graph version, again when counts change or after invalidate()', async () => {
    const { state, store } = countingStore();
    const cache = new CommunityCache(store);
    const [a, b] = await Promise.all([cache.get(), cache.get()]);
    expect(a.count).toBe(2);
    expect(b).toBe(a);
    await cache.get();
    expect(state.exports).toBe(1);
    state.entities = 7;
    await cache.get();
    expect(state.exports).toBe(2);
    cache.invalidate();
    await cache.get();
    expect(state.exports).toBe(3);
  });
});

describe('scoreNodes', () => {
  it('scores by weighted degree and adds PageRank summing to about one', () => {
    const scored = scoreNodes(twoTriangles);
    const c = scored.nodes.find((n) => n.id === 'c');
    expect(c?.score).toBe(7);
    const total = scored.nodes.reduce((sum, n) => sum + Number(n.attributes?.pagerank), 0);
    expect(total).toBeCloseTo(1, 3);
  });

  it('keeps a score the store already gave', () => {
    const scored = scoreNodes({ nodes: [{ ...node('a'), score: 42 }], edges: [] });
    expect(scored.nodes[0]?.score).toBe(42);
  });
});

describe('addedGraph', () => {
  it('draws entities and deduplicated relations with store ids', () => {
    const { result, ids } = newsFixture('unit');
    const graph = addedGraph({ ...result, relations: [...result.relations, ...result.relations] });
    expect(graph.nodes.map((n) => n.id)).toContain(ids.fidan);
    expect(graph.edges).toHaveLength(result.relations.length);
    expect(graph.edges.every((e) => e.weight === 2)).toBe(true);
  });
});

describe('seededRandom', () => {
  it('repeats for a seed and stays in [0, 1)', () => {
    const a = seededRandom(3);
    const b = seededRandom(3);
    const values = Array.from({ length: 100 }, () => a());
    expect(values).toEqual(Array.from({ length: 100 }, () => b()));
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
  });
});
