// The sigma renderer with the viewer's settings: RTL-aware labels, arrow and curved-arrow edge programs.
import { EdgeCurvedArrowProgram } from '@sigma/edge-curve';
import Sigma from 'sigma';
import { EdgeArrowProgram, EdgeLineProgram } from 'sigma/rendering';
import type { EdgeProgramType, NodeProgramType } from 'sigma/rendering';
import type { EdgeAttrs, NodeAttrs, ViewerGraph } from '../graph/attributes.js';
import { drawLabelWithoutOverlap, drawNodeHover } from '../labels/draw-label.js';
import { LabelPlacer } from '../labels/label-placer.js';
import type { LabelBox } from '../labels/label-placer.js';
import { drawNodesOnlyDuringLayout } from './layout-view.js';
import { NodeDiamondProgram } from './node-diamond-program.js';
import { ENTITY_NODE_TYPE, EVENT_NODE_TYPE } from './node-types.js';
import { PausableNodeCircleProgram, PausableNodePointProgram } from './pausable-node-programs.js';

/** Arabic-capable fonts first: Noto Sans Arabic shapes Arabic well; system-ui covers Latin. */
export const LABEL_FONT = "'Noto Sans Arabic', 'Noto Naskh Arabic', system-ui, 'DejaVu Sans', sans-serif";

// The programs are typed for any attributes; sigma's generics are invariant, so they are narrowed once here.
const EDGE_PROGRAMS = {
  straight: EdgeArrowProgram as unknown as EdgeProgramType<NodeAttrs, EdgeAttrs>,
  curved: EdgeCurvedArrowProgram as unknown as EdgeProgramType<NodeAttrs, EdgeAttrs>,
};
// Above LARGE_GRAPH_EDGES, 1-pixel lines and square points: far fewer fragments for a software rasteriser.
const LIGHT_EDGE_PROGRAMS = {
  straight: EdgeLineProgram as unknown as EdgeProgramType<NodeAttrs, EdgeAttrs>,
  curved: EdgeLineProgram as unknown as EdgeProgramType<NodeAttrs, EdgeAttrs>,
};
// Both node programs can skip their picking pass while a layout runs (see layout-view).
const LIGHT_NODE_PROGRAM = PausableNodePointProgram as unknown as NodeProgramType<NodeAttrs, EdgeAttrs>;
const DISC_NODE_PROGRAM = PausableNodeCircleProgram as unknown as NodeProgramType<NodeAttrs, EdgeAttrs>;
const DIAMOND_NODE_PROGRAM = NodeDiamondProgram as unknown as NodeProgramType<NodeAttrs, EdgeAttrs>;

/** From this many edges on, the renderer uses the light programs (arrows and curves cost too much to draw). */
export const LARGE_GRAPH_EDGES = 20_000;

function programs(light: boolean) {
  return {
    edgeProgramClasses: light ? LIGHT_EDGE_PROGRAMS : EDGE_PROGRAMS,
    nodeProgramClasses: {
      [ENTITY_NODE_TYPE]: light ? LIGHT_NODE_PROGRAM : DISC_NODE_PROGRAM,
      [EVENT_NODE_TYPE]: DIAMOND_NODE_PROGRAM,
    },
  };
}

/**
 * Switches to the light programs when the graph has grown past LARGE_GRAPH_EDGES (and back when it shrank);
 * a no-op when the right programs are in place. Call it after the graph's data changed.
 * @example fitProgramsToSize(sigma, graph)
 */
export function fitProgramsToSize(sigma: Sigma<NodeAttrs, EdgeAttrs>, graph: ViewerGraph): void {
  const light = graph.size >= LARGE_GRAPH_EDGES;
  if ((sigma.getSetting('edgeProgramClasses') === LIGHT_EDGE_PROGRAMS) === light) return;
  sigma.setSettings(programs(light));
}

/**
 * Creates sigma over the viewer graph. While a layout runs on the graph (`core/layout/layout-activity`), the
 * edges are not drawn, and they come back when it stops.
 * @example const sigma = createRenderer(session.graph, container)
 */
export function createRenderer(
  graph: ViewerGraph,
  container: HTMLElement,
  light = graph.size >= LARGE_GRAPH_EDGES,
): Sigma<NodeAttrs, EdgeAttrs> {
  const labels = new LabelPlacer();
  const sigma = new Sigma<NodeAttrs, EdgeAttrs>(graph, container, {
    defaultDrawNodeLabel: drawLabelWithoutOverlap(labels),
    defaultDrawNodeHover: drawNodeHover,
    defaultEdgeType: 'straight',
    ...programs(light),
    labelFont: LABEL_FONT,
    labelSize: 13,
    labelWeight: '500',
    labelDensity: 0.9,
    labelGridCellSize: 80,
    labelRenderedSizeThreshold: 6,
    renderEdgeLabels: false,
    zIndex: true,
    minCameraRatio: 0.02,
    maxCameraRatio: 20,
  });
  sigma.on('beforeRender', () => labels.reset());
  PLACERS.set(sigma, labels);
  sigma.once('kill', drawNodesOnlyDuringLayout(sigma, graph));
  return sigma;
}

const PLACERS = new WeakMap<Sigma<NodeAttrs, EdgeAttrs>, LabelPlacer>();

/**
 * The boxes of the node labels the last frame drew (none overlap, but for forced ones).
 * @example drawnLabels(sigma).length // 18
 */
export function drawnLabels(sigma: Sigma<NodeAttrs, EdgeAttrs>): readonly LabelBox[] {
  return PLACERS.get(sigma)?.placed() ?? [];
}
