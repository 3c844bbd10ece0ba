// GraphData → graphology: one undirected simple graph whose edge weights add up parallel relations.
import { UndirectedGraph } from 'graphology';
import type { GraphData } from '@shabaka/schema';

/**
 * An undirected simple graph for centrality and communities: Louvain and PageRank want one edge per
 * pair, so parallel relations (MET + SPOKE_WITH …) merge into one edge whose weight is their sum.
 * Edges to nodes missing from `data.nodes` are dropped.
 * @example const g = toWeightedGraph({ nodes: [...], edges: [...] }); g.order
 */
export function toWeightedGraph(data: GraphData): UndirectedGraph<{ label: string }, { weight: number }> {
  const graph = new UndirectedGraph<{ label: string }, { weight: number }>();
  for (const node of data.nodes) graph.mergeNode(node.id, { label: node.label });
  for (const edge of data.edges) {
    if (edge.source === edge.target || !graph.hasNode(edge.source) || !graph.hasNode(edge.target)) continue;
    const weight = edge.weight > 0 ? edge.weight : 1;
    if (graph.hasEdge(edge.source, edge.target)) {
      graph.updateEdgeAttribute(edge.source, edge.target, 'weight', (w: number | undefined) => (w ?? 0) + weight);
    } else {
      graph.addEdge(edge.source, edge.target, { weight });
    }
  }
  return graph;
}
