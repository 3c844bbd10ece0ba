// The in-browser half of `pnpm bench`: draws a synthetic graph with the viewer's renderer, runs ForceAtlas2 in
// its worker, and records first-frame time, layout iterations/s and main-thread long tasks on `window.__bench`.
import { IDLE_LAYOUT, killLayout, startLayout, stopLayout } from '../core/layout/layout-state.js';
import { createRenderer } from '../core/sigma/create-renderer.js';
import type { BenchResult } from './bench-result.js';
import { toViewerGraph } from './build-graph.js';
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

/** Resolves in a later task (a timer), after `ms`. */
function nextTask(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
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
  const graph = toViewerGraph(data);
  root.style.height = '100vh';
  const built = performance.now();
  const flags = new URLSearchParams(window.location.search);
  // `&full` draws with the full programs (arrows, discs) whatever the size, for comparison.
  // sigma's constructor processes the graph and renders it synchronously (no second refresh is needed).
  const sigma = createRenderer(graph, root, !flags.has('full'));
  const constructed = performance.now();
  // sigma has issued the draw calls; reading a pixel back from each WebGL layer waits until the GPU (here
  // SwiftShader, in software) has really drawn them: only then is the first frame on screen.
  await new Promise((resolve) => requestAnimationFrame(resolve));
  waitForGpu(sigma);
  const firstFrameMs = performance.now() - start;
  // Each phase below starts in a task of its own, so a long task is charged to the phase that caused it.
  await nextTask(300);
  const r0 = performance.now();
  sigma.refresh();
  const refreshMs = performance.now() - r0;
  console.log(
    `bench: build graph ${(built - start).toFixed(0)} ms, create sigma ${(constructed - built).toFixed(0)} ms, ` +
      `full refresh ${refreshMs.toFixed(0)} ms`,
  );
  await nextTask(300);
  waitForGpu(sigma);
  await nextTask(300);

  let applies = 0;
  graph.on('eachNodeAttributesUpdated', () => applies++);
  let renderStart = 0;
  const renders: number[] = [];
  sigma.on('beforeRender', () => (renderStart = performance.now()));
  sigma.on('afterRender', () => renders.push(performance.now() - renderStart));
  let processStart = 0;
  const processes: number[] = [];
  sigma.on('beforeProcess', () => (processStart = performance.now()));
  sigma.on('afterProcess', () => processes.push(performance.now() - processStart));
  // Diagnostics: what the main thread costs without edges or labels during the layout.
  if (flags.has('hideEdges')) sigma.setSetting('edgeReducer', (_e, d) => ({ ...d, hidden: true }));
  if (flags.has('noLabels')) sigma.setSetting('renderLabels', false);
  console.log('bench: layout starts');
  await nextTask(100);
  const layoutStart = performance.now();
  let layout = startLayout(graph, IDLE_LAYOUT);
  const startMs = performance.now() - layoutStart;
  let firstIteration = 0;
  graph.once('eachNodeAttributesUpdated', () => (firstIteration = performance.now() - layoutStart));
  await nextTask(LAYOUT_MS);
  const iterations = layout.type === 'running' ? layout.supervisor.iterations : 0;
  const layoutEnd = performance.now();
  const duringRenders = renders.length;
  const duringProcesses = processes.slice();
  console.log('bench: layout stops');
  // Stopping is a task of its own: its cost is reported apart (restoreEdgesMs, longestTaskAfterLayoutMs).
  await nextTask(0);
  // Stopping writes the last positions and brings the edges back: one full re-process and draw, measured apart.
  const restored = new Promise<void>((resolve) => sigma.once('afterRender', () => resolve()));
  const stopStart = performance.now();
  layout = stopLayout(layout);
  await restored;
  waitForGpu(sigma);
  const restoreMs = performance.now() - stopStart;
  killLayout(layout);
  // Let the observer deliver the last entries.
  await nextTask(200);
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
    layoutApplies: applies,
    restoreEdgesMs: restoreMs,
    longTasksDuringLayout: during.length,
    longestTaskDuringLayoutMs: Math.max(0, ...during.map((t) => t.duration)),
    longTasksDuringLayoutMs: during.map((t) => Math.round(t.duration)).sort((a, b) => b - a),
    longTasksDuringLayoutAt: during.map((t) => [Math.round(t.start - layoutStart), Math.round(t.duration)]),
    longestTaskAfterLayoutMs: Math.max(0, ...tasks.filter((t) => t.start > layoutEnd).map((t) => t.duration)),
    longestTaskOverallMs: Math.max(0, ...tasks.map((t) => t.duration)),
    layoutStartMs: startMs,
    firstIterationMs: firstIteration,
    rendersDuringLayout: duringRenders,
    longestRenderMs: Math.max(0, ...renders.slice(0, duringRenders)),
    meanProcessMs: duringProcesses.reduce((a, b) => a + b, 0) / Math.max(1, duringProcesses.length),
    longestProcessMs: Math.max(0, ...duringProcesses),
    meanRenderMs: renders.slice(0, duringRenders).reduce((a, b) => a + b, 0) / Math.max(1, duringRenders),
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
