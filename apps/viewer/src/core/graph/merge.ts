// Merging GraphData answers into the viewer graph: overview, expansion, path, Cypher and ingest results.
import type { GraphData, GraphEdge, GraphNode } from '@shabaka/schema';
import type { EdgeAttrs, NodeAttrs, ViewerGraph } from './attributes.js';
import { KIND_COLORS, MODALITY_EDGE_COLORS } from './colors.js';
import { edgeSize, nodeSize } from './sizes.js';
import type { SizeBy } from './sizes.js';

export interface MergeOptions {
  /** The node being expanded: new nodes are placed around it and remember it for collapse. */
  around?: string;
  /** Positions cached from an earlier visit, by node id. */
  positions?: ReadonlyMap<string, { x: number; y: number }>;
}

/**
 * A deterministic pseudo-random number in [0, 1) from a string (FNV-1a), so placements are reproducible.
 * @example hashUnit('a') === hashUnit('a') // true
 */
export function hashUnit(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) / 2 ** 32;
}

function strings(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return typeof value === 'string' && value ? [value] : [];
}

function geoOf(attributes: Record<string, unknown>): { lat: number; lon: number } | null {
  const { lat, lon } = attributes;
  return typeof lat === 'number' && typeof lon === 'number' ? { lat, lon } : null;
}

function initialPosition(graph: ViewerGraph, node: GraphNode, options: MergeOptions): { x: number; y: number } {
  const cached = options.positions?.get(node.id);
  if (cached) return cached;
  const angle = hashUnit(node.id) * 2 * Math.PI;
  if (options.around && graph.hasNode(options.around)) {
    const centre = graph.getNodeAttributes(options.around);
    const radius = 20 + hashUnit(`${node.id}:r`) * 30;
    return { x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) };
  }
  const radius = 100 * Math.sqrt(hashUnit(`${node.id}:r`));
  return { x: radius * Math.cos(angle), y: radius * Math.sin(angle) };
}

function nodeAttrs(graph: ViewerGraph, node: GraphNode, options: MergeOptions): NodeAttrs {
  const attributes = node.attributes ?? {};
  const pagerank = typeof attributes['pagerank'] === 'number' ? attributes['pagerank'] : 0;
  return {
    ...initialPosition(graph, node, options),
    size: 0,
    color: KIND_COLORS[node.kind],
    label: node.label,
    labelEn: node.labelEn ?? node.label,
    kind: node.kind,
    subtype: node.subtype ?? null,
    score: node.score ?? 0,
    pagerank,
    sources: [...strings(attributes['source']), ...strings(attributes['sources'])],
    dates: [...strings(attributes['date']), ...strings(attributes['dates'])],
    expandedBy: options.around ?? null,
    geo: geoOf(attributes),
    place: typeof attributes['location'] === 'string' ? attributes['location'] : null,
  };
}

function edgeAttrs(edge: GraphEdge): EdgeAttrs {
  return {
    type: 'straight',
    predicate: edge.type,
    weight: edge.weight,
    size: edgeSize(edge.weight),
    color: MODALITY_EDGE_COLORS[edge.modality ?? 'asserted'],
    role: edge.role ?? null,
    modality: edge.modality ?? null,
    firstSeen: edge.firstSeen ?? null,
    lastSeen: edge.lastSeen ?? null,
    curvature: 0,
  };
}

/**
 * Adds the nodes and edges of `data` that the graph does not hold yet (known nodes keep their position and
 * origin, but take a better score), then recomputes sizes and parallel-edge curvature.
 * @returns the ids of the nodes that were new.
 * @example const added = mergeGraphData(graph, await api.neighbors(id), { around: id })
 */
export function mergeGraphData(
  graph: ViewerGraph,
  data: GraphData,
  options: MergeOptions = {},
  sizeBy: SizeBy = 'score',
): string[] {
  const added: string[] = [];
  for (const node of data.nodes) {
    if (graph.hasNode(node.id)) {
      const known = graph.getNodeAttributes(node.id);
      if ((node.score ?? 0) > known.score) graph.setNodeAttribute(node.id, 'score', node.score ?? 0);
      continue;
    }
    graph.addNode(node.id, nodeAttrs(graph, node, options));
    added.push(node.id);
  }
  for (const edge of data.edges) {
    if (graph.hasEdge(edge.id) || !graph.hasNode(edge.source) || !graph.hasNode(edge.target)) continue;
    graph.addDirectedEdgeWithKey(edge.id, edge.source, edge.target, edgeAttrs(edge));
  }
  applySizes(graph, sizeBy);
  curveParallelEdges(graph);
  return added;
}

/**
 * Sizes every node by its score (weighted degree from the server) or PageRank, relative to the largest.
 * @example applySizes(graph, 'pagerank')
 */
export function applySizes(graph: ViewerGraph, sizeBy: SizeBy): void {
  let max = 0;
  graph.forEachNode((_id, attrs) => {
    max = Math.max(max, attrs[sizeBy]);
  });
  // No `attributes` hint: with one, sigma repaints without re-indexing and throws on nodes added this frame.
  graph.updateEachNodeAttributes((_id, attrs) => ({ ...attrs, size: nodeSize(attrs[sizeBy], max) }));
}

/**
 * Gives edges that share both ends a distinct curvature each (sigma's edge-curve program), so parallel
 * relations (MET and SPOKE_WITH between the same two people) stay visible; single edges stay straight.
 * @example curveParallelEdges(graph)
 */
export function curveParallelEdges(graph: ViewerGraph): void {
  const groups = new Map<string, string[]>();
  graph.forEachEdge((edge, _attrs, source, target) => {
    const key = source < target ? `${source}\u0000${target}` : `${target}\u0000${source}`;
    const group = groups.get(key);
    if (group) group.push(edge);
    else groups.set(key, [edge]);
  });
  for (const edges of groups.values()) {
    edges.forEach((edge, i) => {
      if (edges.length === 1) {
        graph.mergeEdgeAttributes(edge, { type: 'straight', curvature: 0 });
        return;
      }
      // Spread curvatures symmetrically; flip for edges drawn in the other direction so they do not overlap.
      const [source] = graph.extremities(edge);
      const flip = source < graph.opposite(source, edge) ? 1 : -1;
      const step = i - (edges.length - 1) / 2;
      const curvature = step === 0 ? 0 : flip * 0.35 * step;
      graph.mergeEdgeAttributes(edge, { type: curvature === 0 ? 'straight' : 'curved', curvature });
    });
  }
}

/**
 * Removes the nodes a node's expansion brought in (and, recursively, theirs), unless they are pinned by
 * another path into the graph (the overview or another expansion).
 * @returns the removed node ids.
 * @example collapseNode(graph, 'per_fidan')
 */
export function collapseNode(graph: ViewerGraph, id: string): string[] {
  const removed: string[] = [];
  const visit = (parent: string) => {
    const children = graph.filterNodes((_n, attrs) => attrs.expandedBy === parent);
    for (const child of children) {
      visit(child);
      graph.dropNode(child);
      removed.push(child);
    }
  };
  visit(id);
  return removed;
}
