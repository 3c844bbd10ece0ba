// While a layout runs, sigma draws a nodes-only copy of the graph: each position update then costs sigma's
// re-processing of the nodes only, instead of every edge too (100 000 edges made every step a long task).
import Graph from 'graphology';
import type Sigma from 'sigma';
import type { EdgeAttrs, NodeAttrs, ViewerGraph } from '../graph/attributes.js';
import { isLayoutActive, onLayoutActivity } from '../layout/layout-activity.js';
import { pausePicking } from './picking-pause.js';

/** The part of sigma this module drives (a fake in the unit tests). */
export type LayoutViewRenderer = Pick<Sigma<NodeAttrs, EdgeAttrs>, 'setGraph' | 'scheduleRefresh' | 'getCanvases'>;

/** Node changes other than positions while the layout runs rebuild the copy (rare: an expansion, a filter). */
const NODE_CHANGES = ['nodeAdded', 'nodeDropped', 'cleared', 'nodeAttributesUpdated'] as const;

/** sigma's WebGL layers that stay empty while the layout runs: no edges, nothing hovered. */
const EMPTY_LAYERS = ['edges', 'hoverNodes'] as const;

// The copy shares each node's attribute object with the graph (graphology keeps the object it is given), so
// positions written into the graph are already in the copy.
function nodesOnly(graph: ViewerGraph): ViewerGraph {
  const copy: ViewerGraph = new Graph({ type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops });
  graph.forEachNode((node, attributes) => copy.addNode(node, attributes));
  return copy;
}

/**
 * Makes `sigma` draw `graph` without its edges whenever a layout runs on it (`core/layout/layout-activity`),
 * and the whole graph again when the layout stops. Returns the function that unbinds it.
 * @example const unbind = drawNodesOnlyDuringLayout(sigma, graph)
 */
export function drawNodesOnlyDuringLayout(sigma: LayoutViewRenderer, graph: ViewerGraph): () => void {
  let active = false;
  let copy: ViewerGraph | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  // Two tasks, each a fraction of a frame's budget: building the copy, then swapping it in (sigma re-processes
  // and draws every node at once).
  const rebuild = (): void => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const next = nodesOnly(graph);
      timer = setTimeout(() => {
        copy = next;
        sigma.setGraph(next);
      }, 0);
    }, 0);
  };
  // Positions only (the layout's hint): re-index on the next frame without re-running the reducers, since
  // sigma's `process` reads x and y from the attributes. Anything else: the copy is rebuilt.
  const onNodesUpdated = (payload: { hints?: { attributes?: string[] } }): void => {
    const fields = payload.hints?.attributes;
    if (!fields?.every((field) => field === 'x' || field === 'y')) return rebuild();
    const target = copy;
    // An updater may have returned new attribute objects instead of writing into the shared ones.
    target?.forEachNode((node, attributes) => {
      const source = graph.getNodeAttributes(node);
      if (source === attributes) return;
      attributes.x = source.x;
      attributes.y = source.y;
    });
    sigma.scheduleRefresh({ partialGraph: { nodes: [] } });
  };

  const bind = (on: boolean): void => {
    const method = on ? 'on' : 'removeListener';
    graph[method]('eachNodeAttributesUpdated', onNodesUpdated);
    for (const event of NODE_CHANGES) graph[method](event, rebuild);
  };
  // Without a GPU, every WebGL canvas sigma redraws is rasterised in software and read back by the compositor,
  // inside the frame's task. The empty layers are taken out of the layout tree (no read-back), and the picking
  // pass (a second draw of every node, for hover) is paused: hover is not needed while nodes fly around.
  const layoutLayers = (shown: boolean): void => {
    for (const layer of EMPTY_LAYERS) {
      const canvas = sigma.getCanvases()[layer];
      if (canvas) canvas.style.display = shown ? '' : 'none';
    }
    pausePicking(sigma, !shown);
  };
  const enter = (): void => {
    if (active) return;
    active = true;
    bind(true);
    layoutLayers(false);
    // In a task of its own: swapping the graph re-processes every node, starting the worker reads every edge.
    rebuild();
  };
  const leave = (): void => {
    if (!active) return;
    active = false;
    bind(false);
    clearTimeout(timer);
    copy = null;
    layoutLayers(true);
    sigma.setGraph(graph);
  };

  if (isLayoutActive(graph)) enter();
  const unsubscribe = onLayoutActivity(graph, (running) => (running ? enter() : leave()));
  return () => {
    unsubscribe();
    if (active) bind(false);
    clearTimeout(timer);
    layoutLayers(true);
    active = false;
    copy = null;
  };
}
