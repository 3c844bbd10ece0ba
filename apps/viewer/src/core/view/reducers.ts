// sigma nodeReducer/edgeReducer: hover, selection, path, filters, labels and community colours as display state.
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { EdgeAttrs, NodeAttrs, ViewerGraph } from '../graph/attributes.js';
import { communityColor, FADED_COLOR, HIGHLIGHT_COLOR, PATH_COLOR } from '../graph/colors.js';
import { EVENT_NODE_TYPE } from '../sigma/node-types.js';
import { edgePasses, nodePasses } from './filters.js';
import type { Filters } from './view-state.js';

export interface DisplayState {
  hovered: string | null;
  selected: string | null;
  /** Nodes and edges of the highlighted shortest path (empty when none). */
  pathNodes: ReadonlySet<string>;
  pathEdges: ReadonlySet<string>;
  labels: 'ar' | 'en';
  colorBy: 'type' | 'community';
  communities: ReadonlyMap<string, number>;
  filters: Filters;
  /** Whether event nodes are drawn (the toolbar's toggle). */
  showEvents: boolean;
  /** Whether nodes without edges are drawn (ViewState.isolates). */
  showIsolates: boolean;
}

type NodeOut = Partial<NodeDisplayData>;
type EdgeOut = Partial<EdgeDisplayData>;

/**
 * Builds the two reducers for one display state. The hovered node's neighbourhood is computed once here,
 * not per node, so hovering stays cheap on large graphs.
 * @example const { nodeReducer, edgeReducer } = makeReducers(graph, state); sigma.setSetting('nodeReducer', nodeReducer)
 */
export function makeReducers(graph: ViewerGraph, state: DisplayState) {
  const focus = state.hovered ?? state.selected;
  const neighbourhood = new Set<string>();
  if (focus && graph.hasNode(focus)) {
    neighbourhood.add(focus);
    graph.forEachNeighbor(focus, (neighbor) => neighbourhood.add(neighbor));
  }
  const hasPath = state.pathNodes.size > 0;
  const shown = (attrs: NodeAttrs) => (state.showEvents || attrs.kind !== 'EVENT') && nodePasses(attrs, state.filters);
  const collapsed = (node: string) =>
    !state.showIsolates && node !== state.selected && !state.pathNodes.has(node) && graph.degree(node) === 0;

  const nodeReducer = (node: string, attrs: NodeAttrs): NodeOut => {
    const out: NodeOut = { ...attrs, label: state.labels === 'en' ? attrs.labelEn : attrs.label };
    if (attrs.kind === 'EVENT') out.type = EVENT_NODE_TYPE;
    if (!shown(attrs) || collapsed(node)) return { ...out, hidden: true };
    if (state.colorBy === 'community') {
      const community = state.communities.get(node);
      if (community !== undefined) out.color = communityColor(community);
    }
    if (hasPath) {
      if (state.pathNodes.has(node)) return { ...out, highlighted: true, forceLabel: true, zIndex: 2 };
      return { ...out, color: FADED_COLOR, label: '', zIndex: 0 };
    }
    if (focus && neighbourhood.size > 0) {
      if (node === focus) return { ...out, highlighted: true, forceLabel: true, zIndex: 2 };
      if (neighbourhood.has(node)) return { ...out, forceLabel: true, zIndex: 1 };
      return { ...out, color: FADED_COLOR, label: '', zIndex: 0 };
    }
    return out;
  };

  const edgeReducer = (edge: string, attrs: EdgeAttrs): EdgeOut => {
    const told = attrs.modality && attrs.modality !== 'asserted' ? ` [${attrs.modality}]` : '';
    const out: EdgeOut = {
      ...attrs,
      label: `${attrs.role ? `${attrs.predicate} (${attrs.role})` : attrs.predicate}${told}`,
    };
    const [source, target] = graph.extremities(edge);
    if (
      !edgePasses(attrs, state.filters) ||
      !shown(graph.getNodeAttributes(source)) ||
      !shown(graph.getNodeAttributes(target))
    ) {
      return { ...out, hidden: true };
    }
    if (hasPath) {
      return state.pathEdges.has(edge)
        ? { ...out, color: PATH_COLOR, size: Math.max(3, attrs.size * 2), zIndex: 2, forceLabel: true }
        : { ...out, color: FADED_COLOR, zIndex: 0 };
    }
    if (focus && neighbourhood.size > 0) {
      return source === focus || target === focus
        ? { ...out, color: attrs.modality && attrs.modality !== 'asserted' ? attrs.color : HIGHLIGHT_COLOR, zIndex: 1 }
        : { ...out, hidden: true };
    }
    return out;
  };

  return { nodeReducer, edgeReducer };
}

/**
 * The edges that join consecutive nodes of a path answer (either direction), for highlighting.
 * @example pathEdgeIds(graph, ['a', 'b', 'c'])
 */
export function pathEdgeIds(graph: ViewerGraph, nodes: readonly string[], edges: readonly string[]): Set<string> {
  const ids = new Set(edges.filter((e) => graph.hasEdge(e)));
  if (ids.size > 0) return ids;
  for (let i = 1; i < nodes.length; i++) {
    const a = nodes[i - 1];
    const b = nodes[i];
    if (a === undefined || b === undefined || !graph.hasNode(a) || !graph.hasNode(b)) continue;
    for (const edge of graph.edges(a, b)) ids.add(edge);
    for (const edge of graph.edges(b, a)) ids.add(edge);
  }
  return ids;
}
