// The ForceAtlas2 supervisor as a tagged union, so "running" always comes with the worker that runs it.
import { inferSettings } from 'graphology-layout-forceatlas2';
import type { ViewerGraph } from '../graph/attributes.js';
import { ThrottledLayoutSupervisor, applyIntervalFor } from './fa2-supervisor.js';
import { setLayoutActive } from './layout-activity.js';

export type LayoutState =
  | { type: 'idle' }
  | { type: 'running'; supervisor: ThrottledLayoutSupervisor; graph: ViewerGraph; startedAt: number }
  | { type: 'stopped'; supervisor: ThrottledLayoutSupervisor; graph: ViewerGraph };

export const IDLE_LAYOUT: LayoutState = { type: 'idle' };

/**
 * Starts ForceAtlas2 in its web worker (settings inferred from the graph's size), reusing a stopped supervisor.
 * Positions reach the graph at most every `applyIntervalFor(graph.order)` ms.
 * @example let layout = startLayout(graph, layout)
 */
export function startLayout(graph: ViewerGraph, state: LayoutState, now: () => number = Date.now): LayoutState {
  if (state.type === 'running') return state;
  const supervisor =
    state.type === 'stopped'
      ? state.supervisor
      : new ThrottledLayoutSupervisor(graph, {
          settings: { ...inferSettings(graph), barnesHutOptimize: graph.order > 500 },
          applyEveryMs: applyIntervalFor(graph.order),
        });
  setLayoutActive(graph, true);
  supervisor.start();
  return { type: 'running', supervisor, graph, startedAt: now() };
}

/**
 * Pauses the layout; the last positions are written into the graph.
 * @example layout = stopLayout(layout)
 */
export function stopLayout(state: LayoutState): LayoutState {
  if (state.type !== 'running') return state;
  state.supervisor.stop();
  setLayoutActive(state.graph, false);
  return { type: 'stopped', supervisor: state.supervisor, graph: state.graph };
}

/**
 * Terminates the worker (on unmount, or when the graph is replaced).
 * @example layout = killLayout(layout)
 */
export function killLayout(state: LayoutState): LayoutState {
  if (state.type === 'idle') return IDLE_LAYOUT;
  state.supervisor.kill();
  setLayoutActive(state.graph, false);
  return IDLE_LAYOUT;
}
