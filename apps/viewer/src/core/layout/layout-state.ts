// The ForceAtlas2 supervisor as a tagged union, so "running" always comes with the worker that runs it.
import FA2LayoutSupervisor from 'graphology-layout-forceatlas2/worker';
import { inferSettings } from 'graphology-layout-forceatlas2';
import type { ViewerGraph } from '../graph/attributes.js';

export type LayoutState =
  | { type: 'idle' }
  | { type: 'running'; supervisor: FA2LayoutSupervisor; startedAt: number }
  | { type: 'stopped'; supervisor: FA2LayoutSupervisor };

export const IDLE_LAYOUT: LayoutState = { type: 'idle' };

/**
 * Starts ForceAtlas2 in its web worker (settings inferred from the graph's size), reusing a stopped worker.
 * @example let layout = startLayout(graph, layout)
 */
export function startLayout(graph: ViewerGraph, state: LayoutState, now: () => number = Date.now): LayoutState {
  if (state.type === 'running') return state;
  const supervisor =
    state.type === 'stopped'
      ? state.supervisor
      : new FA2LayoutSupervisor(graph, {
          settings: { ...inferSettings(graph), barnesHutOptimize: graph.order > 500 },
          getEdgeWeight: 'weight',
        });
  supervisor.start();
  return { type: 'running', supervisor, startedAt: now() };
}

/**
 * Pauses the worker (it stays alive so a restart is instant).
 * @example layout = stopLayout(layout)
 */
export function stopLayout(state: LayoutState): LayoutState {
  if (state.type !== 'running') return state;
  state.supervisor.stop();
  return { type: 'stopped', supervisor: state.supervisor };
}

/**
 * Terminates the worker (on unmount, or when the graph is replaced).
 * @example layout = killLayout(layout)
 */
export function killLayout(state: LayoutState): LayoutState {
  if (state.type !== 'idle') state.supervisor.kill();
  return IDLE_LAYOUT;
}
