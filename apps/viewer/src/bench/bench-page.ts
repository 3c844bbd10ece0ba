// The in-browser half of `pnpm bench`: draws a synthetic graph with the viewer's renderer, runs ForceAtlas2 in
// its worker, and records first-frame time, layout iterations/s and main-thread long tasks on `window.__bench`.
import Graph from 'graphology';
import type { EdgeAttrs, NodeAttrs } from '../core/graph/attributes.js';
import { EDGE_COLOR, KIND_COLORS } from '../core/graph/colors.js';
import { IDLE_LAYOUT, killLayout, startLayout, stopLayout } from '../core/layout/layout-state.js';
import { createRenderer } from '../core/sigma/create-renderer.js';
import type { BenchResult } from './bench-result.js';
import { generateGraph } from './generate.js';

const LAYOUT_MS = Number(new URLSearchParams(window.location.search).get('layoutMs') ?? 8000);

/** Blocks until every WebGL layer of sigma has finished drawing (a 1-pixel readPixels per layer). */
function waitForGpu(sigma: { getCanvases(): Record<string, HTMLCanvasElement> }): void {
  const pixel = new Uint8Array(4);
  for (const canvas of Object.values(sigma.getCanvases())) {
    const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
    gl?.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, pixel);
  }
}

async function measure(root: HTMLElement, spec: string): Promise<BenchResult> {
  const [order = 20_000, size = 100_000] = spec.split(',').map(Number);
  const tasks: { start: number; duration: number }[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration });
  });
  observer.observe({ type: 'longtask', buffered: true });

  const t0 = performance.now();
  const data = generateGraph(order, size, 1);
  const generateMs = performance.now() - t0;

  // From here on is what the viewer does with an answer: build the graph, create sigma, draw the first frame.
  const start = performance.now();
  const graph = new Graph<NodeAttrs, EdgeAttrs>({ multi: true, type: 'directed' });
  for (const n of data.nodes) {
    graph.addNode(n.id, {
      x: n.x,
      y: n.y,
      size: 2,
      color: KIND_COLORS[n.kind],
      label: n.label,
      labelEn: n.label,
      kind: n.kind,
      subtype: null,
      score: 0,
      pagerank: 0,
      sources: [],
      dates: [],
      expandedBy: null,
    });
  }
  data.edges.forEach((e, i) =>
    graph.addDirectedEdgeWithKey(`e${i}`, e.source, e.target, {
      type: 'straight',
      predicate: 'MET',
      weight: e.weight,
      size: 0.5,
      color: EDGE_COLOR,
      role: null,
      modality: null,
      firstSeen: null,
      lastSeen: null,
      curvature: 0,
    }),
  );
  root.style.height = '100vh';
  const built = performance.now();
  const flags = new URLSearchParams(window.location.search);
  // `&full` draws with the full programs (arrows, discs) whatever the size, for comparison.
  const sigma = createRenderer(graph, root, !flags.has('full'));
  const constructed = performance.now();
  const drawn = new Promise<void>((resolve) => sigma.once('afterRender', () => resolve()));
  sigma.refresh();
  await drawn;
  // sigma has issued the draw calls; reading a pixel back from each WebGL layer waits until the GPU (here
  // SwiftShader, in software) has really drawn them: only then is the first frame on screen.
  await new Promise((resolve) => requestAnimationFrame(resolve));
  waitForGpu(sigma);
  const firstFrameMs = performance.now() - start;
  const r0 = performance.now();
  sigma.refresh();
  const refreshMs = performance.now() - r0;
  console.log(
    `bench: build graph ${(built - start).toFixed(0)} ms, create sigma ${(constructed - built).toFixed(0)} ms, ` +
      `full refresh ${refreshMs.toFixed(0)} ms`,
  );

  let iterations = 0;
  graph.on('eachNodeAttributesUpdated', () => iterations++);
  let renderStart = 0;
  const renders: number[] = [];
  sigma.on('beforeRender', () => (renderStart = performance.now()));
  sigma.on('afterRender', () => renders.push(performance.now() - renderStart));
  const layoutStart = performance.now();
  // Diagnostics: what the main thread costs without edges or labels during the layout.
  if (flags.has('hideEdges')) sigma.setSetting('edgeReducer', (_e, d) => ({ ...d, hidden: true }));
  if (flags.has('noLabels')) sigma.setSetting('renderLabels', false);
  const s0 = performance.now();
  let layout = startLayout(graph, IDLE_LAYOUT);
  const startMs = performance.now() - s0;
  let firstIteration = 0;
  graph.once('eachNodeAttributesUpdated', () => (firstIteration = performance.now() - s0));
  await new Promise((resolve) => setTimeout(resolve, LAYOUT_MS));
  layout = stopLayout(layout);
  const layoutEnd = performance.now();
  killLayout(layout);
  // Let the observer deliver the last entries.
  await new Promise((resolve) => setTimeout(resolve, 200));
  observer.disconnect();
  const during = tasks.filter((t) => t.start + t.duration >= layoutStart && t.start <= layoutEnd);
  sigma.kill();
  return {
    nodes: graph.order,
    edges: graph.size,
    generateMs,
    firstFrameMs,
    layoutMs: layoutEnd - layoutStart,
    layoutIterations: iterations,
    iterationsPerSecond: iterations / ((layoutEnd - layoutStart) / 1000),
    longTasksDuringLayout: during.length,
    longestTaskDuringLayoutMs: Math.max(0, ...during.map((t) => t.duration)),
    longestTaskOverallMs: Math.max(0, ...tasks.map((t) => t.duration)),
    layoutStartMs: startMs,
    firstIterationMs: firstIteration,
    rendersDuringLayout: renders.length,
    longestRenderMs: Math.max(0, ...renders),
    meanRenderMs: renders.reduce((a, b) => a + b, 0) / Math.max(1, renders.length),
  };
}

/**
 * Runs the benchmark and publishes the result (or the error) on `window.__bench`.
 * @example await runBenchPage(document.getElementById('root')!, '20000,100000')
 */
export async function runBenchPage(root: HTMLElement, spec: string): Promise<void> {
  try {
    window.__bench = await measure(root, spec);
  } catch (error) {
    window.__bench = { error: error instanceof Error ? error.message : String(error) };
  }
}
