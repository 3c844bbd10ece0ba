import { describe, expect, test } from '@jest/globals';
import type { GraphData } from '@shabaka/schema';
import Graph from 'graphology';
import type { EdgeAttrs, NodeAttrs, ViewerGraph } from './attributes.js';
import { EDGE_COLOR, KIND_COLORS, MODALITY_EDGE_COLORS } from './colors.js';
import { collapseNode, curveParallelEdges, mergeGraphData } from './merge.js';
import { MAX_NODE_SIZE, MIN_NODE_SIZE } from './sizes.js';

const newGraph = (): ViewerGraph => new Graph<NodeAttrs, EdgeAttrs>({ multi: true, type: 'directed' });
const node = (id: string, score = 1, kind: 'PERSON' | 'LOCATION' = 'PERSON') => ({
  id,
  label: `ع${id}`,
  labelEn: `E${id}`,
  kind,
  score,
});
const edge = (id: string, source: string, target: string, type = 'MET') => ({ id, source, target, type, weight: 1 });

describe('mergeGraphData', () => {
  test('adds nodes with type colours and sizes relative to the largest score', () => {
    const graph = newGraph();
    const data: GraphData = {
      nodes: [node('a', 9), node('b', 1, 'LOCATION'), node('c', 0)],
      edges: [edge('e1', 'a', 'b')],
    };
    expect(mergeGraphData(graph, data)).toEqual(['a', 'b', 'c']);
    expect(graph.getNodeAttribute('a', 'size')).toBe(MAX_NODE_SIZE);
    expect(graph.getNodeAttribute('c', 'size')).toBe(MIN_NODE_SIZE);
    expect(graph.getNodeAttribute('b', 'color')).toBe(KIND_COLORS.LOCATION);
    expect(graph.getEdgeAttribute('e1', 'predicate')).toBe('MET');
  });

  test('colours an edge by how the text tells it, so plans, reports and denials stand apart from facts', () => {
    const graph = newGraph();
    mergeGraphData(graph, {
      nodes: [node('a'), node('b')],
      edges: [
        { ...edge('e1', 'a', 'b'), modality: 'asserted' },
        { ...edge('e2', 'a', 'b', 'SPOKE_WITH'), modality: 'planned' },
        { ...edge('e3', 'b', 'a', 'VISITED'), modality: 'negated' },
        edge('e4', 'b', 'a', 'ACCUSED'),
      ],
    });
    expect(['e1', 'e2', 'e3', 'e4'].map((e) => graph.getEdgeAttribute(e, 'color'))).toEqual([
      EDGE_COLOR,
      MODALITY_EDGE_COLORS.planned,
      MODALITY_EDGE_COLORS.negated,
      EDGE_COLOR,
    ]);
    expect(new Set(Object.values(MODALITY_EDGE_COLORS)).size).toBe(4);
    expect(graph.getEdgeAttribute('e2', 'modality')).toBe('planned');
  });

  test('is idempotent and skips edges whose ends are missing', () => {
    const graph = newGraph();
    const data: GraphData = { nodes: [node('a'), node('b')], edges: [edge('e1', 'a', 'b'), edge('e2', 'a', 'zz')] };
    mergeGraphData(graph, data);
    expect(mergeGraphData(graph, data)).toEqual([]);
    expect(graph.order).toBe(2);
    expect(graph.size).toBe(1);
  });

  test('places expanded nodes around the expanded one and uses cached positions first', () => {
    const graph = newGraph();
    mergeGraphData(graph, { nodes: [node('a')], edges: [] }, { positions: new Map([['a', { x: 500, y: 500 }]]) });
    mergeGraphData(graph, { nodes: [node('b')], edges: [edge('e', 'a', 'b')] }, { around: 'a' });
    const b = graph.getNodeAttributes('b');
    expect(Math.hypot(b.x - 500, b.y - 500)).toBeLessThanOrEqual(50);
    expect(b.expandedBy).toBe('a');
  });
});

describe('curveParallelEdges', () => {
  test('single edges stay straight; parallel edges get distinct curvatures', () => {
    const graph = newGraph();
    mergeGraphData(graph, {
      nodes: [node('a'), node('b'), node('c')],
      edges: [
        edge('e1', 'a', 'b', 'MET'),
        edge('e2', 'a', 'b', 'SPOKE_WITH'),
        edge('e3', 'b', 'a', 'SAID_ABOUT'),
        edge('e4', 'b', 'c'),
      ],
    });
    curveParallelEdges(graph);
    expect(graph.getEdgeAttributes('e4')).toMatchObject({ type: 'straight', curvature: 0 });
    const geometric = ['e1', 'e2', 'e3'].map((e) => {
      const sign = graph.source(e) === 'a' ? 1 : -1;
      return sign * graph.getEdgeAttribute(e, 'curvature');
    });
    expect(new Set(geometric).size).toBe(3);
    expect(graph.getEdgeAttribute('e1', 'type')).toBe('curved');
  });
});

describe('collapseNode', () => {
  test('removes what an expansion brought, recursively, and keeps the rest', () => {
    const graph = newGraph();
    mergeGraphData(graph, { nodes: [node('a'), node('x')], edges: [] });
    mergeGraphData(graph, { nodes: [node('b')], edges: [edge('e1', 'a', 'b')] }, { around: 'a' });
    mergeGraphData(graph, { nodes: [node('c')], edges: [edge('e2', 'b', 'c')] }, { around: 'b' });
    expect(collapseNode(graph, 'a').sort()).toEqual(['b', 'c']);
    expect(graph.nodes().sort()).toEqual(['a', 'x']);
  });
});
