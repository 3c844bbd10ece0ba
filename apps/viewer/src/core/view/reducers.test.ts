import { describe, expect, test } from '@jest/globals';
import Graph from 'graphology';
import type { EdgeAttrs, NodeAttrs, ViewerGraph } from '../graph/attributes.js';
import { communityColor, FADED_COLOR, PATH_COLOR } from '../graph/colors.js';
import { mergeGraphData } from '../graph/merge.js';
import { makeReducers, pathEdgeIds } from './reducers.js';
import type { DisplayState } from './reducers.js';
import { EMPTY_FILTERS } from './view-state.js';

function sample(): ViewerGraph {
  const graph = new Graph<NodeAttrs, EdgeAttrs>({ multi: true, type: 'directed' });
  const n = (id: string, kind: 'PERSON' | 'LOCATION' = 'PERSON') => ({ id, label: `ع${id}`, labelEn: `E${id}`, kind });
  mergeGraphData(graph, {
    nodes: [n('a'), n('b'), n('c', 'LOCATION'), n('d')],
    edges: [
      { id: 'ab', source: 'a', target: 'b', type: 'MET', weight: 1 },
      { id: 'bc', source: 'b', target: 'c', type: 'VISITED', weight: 1 },
      { id: 'cd', source: 'c', target: 'd', type: 'LOCATED_IN', weight: 1 },
    ],
  });
  return graph;
}

const base: DisplayState = {
  hovered: null,
  selected: null,
  pathNodes: new Set(),
  pathEdges: new Set(),
  labels: 'ar',
  colorBy: 'type',
  communities: new Map(),
  filters: EMPTY_FILTERS,
  showEvents: true,
  showIsolates: true,
};

describe('makeReducers: modality', () => {
  test('a denied relation is hidden by default and its modality is in the label when shown', () => {
    const graph = new Graph<NodeAttrs, EdgeAttrs>({ multi: true, type: 'directed' });
    const n = (id: string) => ({ id, label: `ع${id}`, labelEn: `E${id}`, kind: 'PERSON' as const });
    mergeGraphData(graph, {
      nodes: [n('a'), n('b')],
      edges: [
        { id: 'denied', source: 'a', target: 'b', type: 'MET', weight: 1, modality: 'negated' },
        { id: 'plan', source: 'a', target: 'b', type: 'SPOKE_WITH', weight: 1, modality: 'planned' },
      ],
    });
    const { edgeReducer } = makeReducers(graph, base);
    expect(edgeReducer('denied', graph.getEdgeAttributes('denied')).hidden).toBe(true);
    expect(edgeReducer('plan', graph.getEdgeAttributes('plan'))).toMatchObject({ label: 'SPOKE_WITH [planned]' });
    const all = makeReducers(graph, { ...base, filters: { ...EMPTY_FILTERS, modalities: [] }, hovered: 'a' });
    const denied = all.edgeReducer('denied', graph.getEdgeAttributes('denied'));
    // Focus keeps the modality colour: a denial does not turn into a highlighted fact.
    expect(denied).toMatchObject({ label: 'MET [negated]', color: graph.getEdgeAttribute('denied', 'color') });
    expect(denied.hidden).toBeFalsy();
  });
});

describe('makeReducers', () => {
  test('collapses nodes without edges unless shown, selected or on the path', () => {
    const graph = sample();
    graph.addNode('lone', { ...graph.getNodeAttributes('a'), label: 'وحيد' });
    const attrs = graph.getNodeAttributes('lone');
    expect(makeReducers(graph, { ...base, showIsolates: false }).nodeReducer('lone', attrs).hidden).toBe(true);
    expect(
      makeReducers(graph, { ...base, showIsolates: false }).nodeReducer('a', graph.getNodeAttributes('a')).hidden,
    ).toBeFalsy();
    expect(makeReducers(graph, { ...base, showIsolates: true }).nodeReducer('lone', attrs).hidden).toBeFalsy();
    expect(
      makeReducers(graph, { ...base, showIsolates: false, selected: 'lone' }).nodeReducer('lone', attrs).hidden,
    ).toBeFalsy();
  });

  test('labels follow the chosen script and the graph attributes are never changed', () => {
    const graph = sample();
    const before = JSON.stringify(graph.export());
    const { nodeReducer } = makeReducers(graph, { ...base, labels: 'en', hovered: 'a' });
    expect(nodeReducer('a', graph.getNodeAttributes('a')).label).toBe('Ea');
    expect(JSON.stringify(graph.export())).toBe(before);
  });

  test('hover highlights the neighbourhood, fades the rest and hides unrelated edges', () => {
    const graph = sample();
    const { nodeReducer, edgeReducer } = makeReducers(graph, { ...base, hovered: 'b' });
    expect(nodeReducer('b', graph.getNodeAttributes('b'))).toMatchObject({ highlighted: true });
    expect(nodeReducer('a', graph.getNodeAttributes('a')).color).not.toBe(FADED_COLOR);
    expect(nodeReducer('d', graph.getNodeAttributes('d'))).toMatchObject({ color: FADED_COLOR, label: '' });
    expect(edgeReducer('ab', graph.getEdgeAttributes('ab')).hidden).toBeFalsy();
    expect(edgeReducer('cd', graph.getEdgeAttributes('cd')).hidden).toBe(true);
  });

  test('filters hide nodes and the edges that touch them', () => {
    const graph = sample();
    const { nodeReducer, edgeReducer } = makeReducers(graph, {
      ...base,
      filters: { ...EMPTY_FILTERS, types: ['PERSON'] },
    });
    expect(nodeReducer('c', graph.getNodeAttributes('c')).hidden).toBe(true);
    expect(edgeReducer('bc', graph.getEdgeAttributes('bc')).hidden).toBe(true);
    expect(edgeReducer('ab', graph.getEdgeAttributes('ab')).hidden).toBeFalsy();
  });

  test('a path colours its edges and fades everything else', () => {
    const graph = sample();
    const pathEdges = pathEdgeIds(graph, ['a', 'b', 'c'], []);
    expect([...pathEdges].sort()).toEqual(['ab', 'bc']);
    const { nodeReducer, edgeReducer } = makeReducers(graph, {
      ...base,
      pathNodes: new Set(['a', 'b', 'c']),
      pathEdges,
    });
    expect(edgeReducer('bc', graph.getEdgeAttributes('bc')).color).toBe(PATH_COLOR);
    expect(edgeReducer('cd', graph.getEdgeAttributes('cd')).color).toBe(FADED_COLOR);
    expect(nodeReducer('d', graph.getNodeAttributes('d')).color).toBe(FADED_COLOR);
  });

  test('community colouring uses the community palette', () => {
    const graph = sample();
    const { nodeReducer } = makeReducers(graph, { ...base, colorBy: 'community', communities: new Map([['a', 3]]) });
    expect(nodeReducer('a', graph.getNodeAttributes('a')).color).toBe(communityColor(3));
  });

  test('event nodes are drawn as squares, and hidden with their edges when events are off', () => {
    const graph = sample();
    mergeGraphData(graph, {
      nodes: [{ id: 'ev', label: 'اجتماع', kind: 'EVENT' }],
      edges: [{ id: 'a>ev', source: 'a', target: 'ev', type: 'PARTICIPATED_IN', weight: 1 }],
    });
    const on = makeReducers(graph, base);
    expect(on.nodeReducer('ev', graph.getNodeAttributes('ev'))).toMatchObject({ type: 'event' });
    expect(on.nodeReducer('a', graph.getNodeAttributes('a')).type).toBeUndefined();
    expect(on.edgeReducer('a>ev', graph.getEdgeAttributes('a>ev')).hidden).toBeUndefined();
    const off = makeReducers(graph, { ...base, showEvents: false });
    expect(off.nodeReducer('ev', graph.getNodeAttributes('ev')).hidden).toBe(true);
    expect(off.edgeReducer('a>ev', graph.getEdgeAttributes('a>ev')).hidden).toBe(true);
    expect(off.nodeReducer('a', graph.getNodeAttributes('a')).hidden).toBeUndefined();
  });
});
