// Types for the two internal modules of graphology-layout-forceatlas2 that our own supervisor reuses.
declare module 'graphology-layout-forceatlas2/webworker.js' {
  /** The worker's body: one ForceAtlas2 iteration per message, the node matrix sent back (transferred). */
  const workerFunction: () => void;
  export default workerFunction;
}

declare module 'graphology-layout-forceatlas2/helpers.js' {
  import type { Attributes } from 'graphology-types';
  import type Graph from 'graphology-types';

  type EdgeWeightGetter = (edge: string, attributes: Attributes) => number;
  const helpers: {
    /** Node matrix (10 floats a node: x, y, dx, dy, old dx, old dy, mass, convergence, size, fixed) and edge matrix. */
    graphToByteArrays(graph: Graph, getEdgeWeight: EdgeWeightGetter): { nodes: Float32Array; edges: Float32Array };
    /** A Worker running `fn` from a Blob URL. */
    createWorker(fn: () => void): Worker;
  };
  export default helpers;
}

declare module 'graphology-layout-forceatlas2/defaults.js' {
  import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
  /** Every setting with its default: the worker reads them all (a missing one is NaN in its arithmetic). */
  const defaults: Required<ForceAtlas2Settings>;
  export default defaults;
}
