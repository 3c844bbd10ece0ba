// The read-only handle the viewer puts on `window.__shabaka` for end-to-end tests and the browser console.

/** A read-only handle for end-to-end tests and the console (the canvas has no DOM to query). */
export interface DebugHandle {
  order: () => number;
  hasNode: (id: string) => boolean;
  nodeIds: () => string[];
  /** Viewport position and rendered label of a node, or null when absent or hidden. */
  node: (
    id: string,
  ) => { x: number; y: number; size: number; label: string; hidden: boolean; kind: string; color: string } | null;
  /** Ids of the nodes joined to `id` by an edge, either direction (empty when absent). */
  neighbors: (id: string) => string[];
  renders: () => number;
  /** The CSS font sigma draws labels with. */
  labelFont: () => string;
  /** Boxes (CSS pixels in the canvas) of the node labels the last frame drew. */
  labelBoxes: () => { left: number; top: number; right: number; bottom: number }[];
}

declare global {
  interface Window {
    __shabaka?: DebugHandle;
  }
}
