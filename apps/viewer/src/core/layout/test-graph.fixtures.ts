// A small viewer graph for the layout and renderer unit tests.
import type { ViewerGraph } from '../graph/attributes.js';
import { toViewerGraph } from '../../bench/build-graph.js';

/** A directed multigraph: `order` nodes `n0`… on a line (node i at x = i, y = 0), each linked to the next. */
export function lineGraph(order: number): ViewerGraph {
  const ids = Array.from({ length: order }, (_, i) => `n${i}`);
  return toViewerGraph({
    nodes: ids.map((id, i) => ({ id, label: id, kind: 'PERSON', x: i, y: 0 })),
    edges: ids.slice(1).map((id, i) => ({ source: `n${i}`, target: id, weight: 1 })),
  });
}
