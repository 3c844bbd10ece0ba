import { afterEach, beforeEach, describe, expect, jest, test } from '@jest/globals';
import type { ViewerGraph } from '../graph/attributes.js';
import { setLayoutActive } from '../layout/layout-activity.js';
import { lineGraph } from '../layout/test-graph.fixtures.js';
import { drawNodesOnlyDuringLayout } from './layout-view.js';
import type { LayoutViewRenderer } from './layout-view.js';
import { isPickingPaused } from './picking-pause.js';

/** Records what the module asks of sigma. */
function fakeSigma(graph: ViewerGraph) {
  const edges = { style: { display: '' } };
  const hoverNodes = { style: { display: '' } };
  const state = { graph, refreshes: [] as unknown[] };
  const sigma: LayoutViewRenderer = {
    setGraph: (next) => void (state.graph = next),
    scheduleRefresh: (options) => {
      state.refreshes.push(options);
      return sigma as ReturnType<LayoutViewRenderer['scheduleRefresh']>;
    },
    getCanvases: () => ({
      edges: edges as unknown as HTMLCanvasElement,
      hoverNodes: hoverNodes as unknown as HTMLCanvasElement,
    }),
  };
  return { sigma, state, edges, hoverNodes };
}

/** Runs the two tasks of a rebuild: building the copy, then swapping it in (fake timers run a timeout set
 * from a timer 1 ms later). */
function runRebuild(): void {
  jest.advanceTimersByTime(0);
  jest.advanceTimersByTime(1);
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
    const { sigma, state, edges, hoverNodes } = fakeSigma(graph);
    const unbind = drawNodesOnlyDuringLayout(sigma, graph);
    setLayoutActive(graph, true);
    // The empty WebGL layers leave the layout tree and the picking pass pauses at once; the swap comes later.
    expect(edges.style.display).toBe('none');
    expect(hoverNodes.style.display).toBe('none');
    expect(isPickingPaused(sigma)).toBe(true);
    expect(state.graph).toBe(graph);
    // The copy is built in one task and swapped in the next.
    jest.advanceTimersByTime(0);
    expect(state.graph).toBe(graph);
    jest.advanceTimersByTime(1);
    expect(state.graph).not.toBe(graph);
    expect(state.graph.order).toBe(3);
    expect(state.graph.size).toBe(0);
    expect(state.graph.getNodeAttributes('n1')).toBe(graph.getNodeAttributes('n1'));

    setLayoutActive(graph, false);
    expect(state.graph).toBe(graph);
    expect(edges.style.display).toBe('');
    expect(hoverNodes.style.display).toBe('');
    expect(isPickingPaused(sigma)).toBe(false);
    unbind();
  });

  test('unbinding while a layout runs shows the layers and resumes picking', () => {
    const graph = lineGraph(2);
    const { sigma, edges, hoverNodes } = fakeSigma(graph);
    const unbind = drawNodesOnlyDuringLayout(sigma, graph);
    setLayoutActive(graph, true);
    unbind();
    expect(edges.style.display).toBe('');
    expect(hoverNodes.style.display).toBe('');
    expect(isPickingPaused(sigma)).toBe(false);
    setLayoutActive(graph, false);
  });

  test('position writes only schedule a re-index; other node changes rebuild the copy (once per burst)', () => {
    const graph = lineGraph(3);
    const { sigma, state } = fakeSigma(graph);
    const unbind = drawNodesOnlyDuringLayout(sigma, graph);
    setLayoutActive(graph, true);
    runRebuild();

    // An updater returning new objects: the copy still gets the positions.
    graph.updateEachNodeAttributes((_node, attributes) => ({ ...attributes, x: attributes.x + 10 }), {
      attributes: ['x', 'y'],
    });
    expect(state.refreshes).toEqual([{ partialGraph: { nodes: [] } }]);
    expect(state.graph.getNodeAttribute('n2', 'x')).toBe(12);

    const before = state.graph;
    graph.setNodeAttribute('n0', 'color', '#f00');
    graph.addNode('n3', { ...graph.getNodeAttributes('n0') });
    runRebuild();
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
    runRebuild();
    expect(state.graph).toBe(graph);
    setLayoutActive(graph, false);
  });
});
