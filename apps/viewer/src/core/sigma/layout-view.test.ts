import { afterEach, beforeEach, describe, expect, jest, test } from '@jest/globals';
import type { ViewerGraph } from '../graph/attributes.js';
import { setLayoutActive } from '../layout/layout-activity.js';
import { lineGraph } from '../layout/test-graph.fixtures.js';
import { drawNodesOnlyDuringLayout } from './layout-view.js';
import type { LayoutViewRenderer } from './layout-view.js';

/** Records what the module asks of sigma. */
function fakeSigma(graph: ViewerGraph) {
  const edges = { style: { display: '' } };
  const state = { graph, refreshes: [] as unknown[] };
  const sigma: LayoutViewRenderer = {
    setGraph: (next) => void (state.graph = next),
    scheduleRefresh: (options) => {
      state.refreshes.push(options);
      return sigma as ReturnType<LayoutViewRenderer['scheduleRefresh']>;
    },
    getCanvases: () => ({ edges: edges as unknown as HTMLCanvasElement }),
  };
  return { sigma, state, edges };
}

describe('drawNodesOnlyDuringLayout', () => {
  beforeEach(() => {
    jest.useFakeTimers();
  });
  afterEach(() => {
    jest.useRealTimers();
  });

  test('a running layout swaps in a nodes-only copy sharing the attributes; stopping restores the graph', () => {
    const graph = lineGraph(3);
    const { sigma, state, edges } = fakeSigma(graph);
    const unbind = drawNodesOnlyDuringLayout(sigma, graph);
    setLayoutActive(graph, true);
    expect(edges.style.display).toBe('none');
    jest.advanceTimersByTime(0);
    expect(state.graph).not.toBe(graph);
    expect(state.graph.order).toBe(3);
    expect(state.graph.size).toBe(0);
    expect(state.graph.getNodeAttributes('n1')).toBe(graph.getNodeAttributes('n1'));

    setLayoutActive(graph, false);
    expect(state.graph).toBe(graph);
    expect(edges.style.display).toBe('');
    unbind();
  });

  test('position writes only schedule a re-index; other node changes rebuild the copy (once per burst)', () => {
    const graph = lineGraph(3);
    const { sigma, state } = fakeSigma(graph);
    const unbind = drawNodesOnlyDuringLayout(sigma, graph);
    setLayoutActive(graph, true);
    jest.advanceTimersByTime(0);

    // An updater returning new objects: the copy still gets the positions.
    graph.updateEachNodeAttributes((_node, attributes) => ({ ...attributes, x: attributes.x + 10 }), {
      attributes: ['x', 'y'],
    });
    expect(state.refreshes).toEqual([{ partialGraph: { nodes: [] } }]);
    expect(state.graph.getNodeAttribute('n2', 'x')).toBe(12);

    const before = state.graph;
    graph.setNodeAttribute('n0', 'color', '#f00');
    graph.addNode('n3', { ...graph.getNodeAttributes('n0') });
    jest.advanceTimersByTime(0);
    expect(state.graph).not.toBe(before);
    expect(state.graph.order).toBe(4);
    expect(state.graph.size).toBe(0);
    expect(state.graph.getNodeAttribute('n0', 'color')).toBe('#f00');

    setLayoutActive(graph, false);
    unbind();
  });

  test('after unbinding, layouts no longer swap the graph', () => {
    const graph = lineGraph(2);
    const { sigma, state } = fakeSigma(graph);
    drawNodesOnlyDuringLayout(sigma, graph)();
    setLayoutActive(graph, true);
    jest.advanceTimersByTime(0);
    expect(state.graph).toBe(graph);
    setLayoutActive(graph, false);
  });
});
