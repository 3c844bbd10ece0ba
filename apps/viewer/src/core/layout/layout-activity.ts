// Which graphs have a layout running, so the renderer can draw them cheaply meanwhile (see core/sigma).
import type { ViewerGraph } from '../graph/attributes.js';

type Listener = (running: boolean) => void;

const listeners = new WeakMap<ViewerGraph, Set<Listener>>();
const running = new WeakSet<ViewerGraph>();

/**
 * Announces that a layout started or stopped on `graph` (no-op when nothing changed).
 * @example setLayoutActive(graph, true)
 */
export function setLayoutActive(graph: ViewerGraph, active: boolean): void {
  if (running.has(graph) === active) return;
  if (active) running.add(graph);
  else running.delete(graph);
  for (const listener of listeners.get(graph) ?? []) listener(active);
}

/**
 * Whether a layout is running on `graph` right now.
 * @example isLayoutActive(graph) // false
 */
export function isLayoutActive(graph: ViewerGraph): boolean {
  return running.has(graph);
}

/**
 * Calls `listener` on every start and stop of a layout on `graph`; returns the unsubscribe function.
 * @example const off = onLayoutActivity(graph, (running) => console.log(running))
 */
export function onLayoutActivity(graph: ViewerGraph, listener: Listener): () => void {
  const set = listeners.get(graph) ?? new Set<Listener>();
  listeners.set(graph, set);
  set.add(listener);
  return () => set.delete(listener);
}
