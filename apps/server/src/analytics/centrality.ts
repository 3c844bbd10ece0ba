// Node importance for the overview: weighted degree as `score`, PageRank as an attribute, both over the returned graph.
import pagerankModule from 'graphology-metrics/centrality/pagerank.js';
import type { GraphData } from '@shabaka/schema';
import { cjsDefault } from './cjs-default.js';
import { toWeightedGraph } from './graph.js';

const pagerank = cjsDefault(pagerankModule);

/**
 * Adds `score` (the store's score when it gave one, else weighted degree in this graph) and
 * `attributes.pagerank` to every node, so the viewer can size nodes by either.
 * @example scoreNodes(await store.overview({ limit: 200 })).nodes[0].score
 */
export function scoreNodes(data: GraphData): GraphData {
  const graph = toWeightedGraph(data);
  let ranks: Record<string, number> = {};
  if (graph.size > 0) {
    try {
      ranks = pagerank(graph, { getEdgeWeight: 'weight', maxIterations: 200 });
    } catch {
      // PageRank can fail to converge on odd graphs; weighted degree alone is still a useful size.
      ranks = {};
    }
  }
  const nodes = data.nodes.map((node) => {
    const degree = graph.hasNode(node.id)
      ? graph.reduceEdges(
          node.id,
          (sum: number, _edge: string, attributes: { weight: number }) => sum + attributes.weight,
          0,
        )
      : 0;
    return {
      ...node,
      score: node.score ?? degree,
      attributes: { ...node.attributes, weightedDegree: degree, pagerank: ranks[node.id] ?? 0 },
    };
  });
  return { ...data, nodes };
}
