// Turns a synthetic graph (bench/generate.ts) into the viewer's graphology graph, with the attributes merge writes.
import Graph from 'graphology';
import type { EdgeAttrs, NodeAttrs, ViewerGraph } from '../core/graph/attributes.js';
import { EDGE_COLOR, KIND_COLORS } from '../core/graph/colors.js';
import type { SyntheticGraph } from './generate.js';

/**
 * Builds a directed multigraph from nodes and edges (edge keys `e0`, `e1`…).
 * @example const graph = toViewerGraph(generateGraph(2000, 10000))
 */
export function toViewerGraph(data: SyntheticGraph): ViewerGraph {
  const graph: ViewerGraph = new Graph<NodeAttrs, EdgeAttrs>({ multi: true, type: 'directed' });
  for (const n of data.nodes) {
    graph.addNode(n.id, {
      x: n.x,
      y: n.y,
      size: 2,
      color: KIND_COLORS[n.kind],
      label: n.label,
      labelEn: n.label,
      kind: n.kind,
      subtype: null,
      score: 0,
      pagerank: 0,
      sources: [],
      dates: [],
      expandedBy: null,
      geo: null,
      place: null,
    });
  }
  data.edges.forEach((e, i) =>
    graph.addDirectedEdgeWithKey(`e${i}`, e.source, e.target, {
      type: 'straight',
      predicate: 'MET',
      weight: e.weight,
      size: 0.5,
      color: EDGE_COLOR,
      role: null,
      modality: null,
      firstSeen: null,
      lastSeen: null,
      curvature: 0,
    }),
  );
  return graph;
}
