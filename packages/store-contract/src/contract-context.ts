// Shared state of one contract run (the store under test, the run's world) and small graph helpers.
import type { GraphData, GraphEdge, GraphStore, UpsertSummary } from '@shabaka/schema';
import type { Random, RunTokens } from './seeded-random.js';
import type { World } from './world.fixtures.js';

/** What every case file receives; filled in by the suite's `beforeAll`. */
export type ContractContext = {
  open: () => Promise<GraphStore>;
  store: GraphStore;
  random: Random;
  tokens: RunTokens;
  world: World;
  /** The summaries of the first upsert of each world result, in order. */
  firstUpserts: UpsertSummary[];
};

/** Ids of the nodes of a graph answer, without `exclude` (usually the centre). */
export function nodeIds(graph: GraphData, exclude?: string): string[] {
  return graph.nodes.map((n) => n.id).filter((id) => id !== exclude);
}

/** Edges of `type` between `a` and `b`, in either direction. */
export function edgesBetween(graph: GraphData, a: string, b: string, type?: string): GraphEdge[] {
  return graph.edges.filter(
    (e) =>
      ((e.source === a && e.target === b) || (e.source === b && e.target === a)) &&
      (type === undefined || e.type === type),
  );
}

/** Edge endpoints that are not among the nodes (an answer must be a closed subgraph). */
export function danglingEdges(graph: GraphData): GraphEdge[] {
  const ids = new Set(nodeIds(graph));
  return graph.edges.filter((e) => !ids.has(e.source) || !ids.has(e.target));
}

/** A graph answer in a canonical order, so two answers can be compared with `toEqual`. */
export function canonicalGraph(graph: GraphData): GraphData {
  return {
    ...graph,
    nodes: [...graph.nodes].sort((a, b) => a.id.localeCompare(b.id)),
    edges: [...graph.edges].sort((a, b) => a.id.localeCompare(b.id)),
  };
}

/** The `sentenceIds` an edge carries (in `attributes.sentenceIds`, per the contract). */
export function sentenceIdsOf(edge: GraphEdge | undefined): string[] {
  const value = edge?.attributes?.['sentenceIds'];
  return Array.isArray(value) ? value.map(String) : [];
}
