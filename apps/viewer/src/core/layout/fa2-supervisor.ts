// ForceAtlas2 in a web worker with a supervisor of our own: the worker iterates back to back, the main thread
// writes positions into the graph (which makes sigma re-process and redraw) at most every `applyEveryMs`, and the
// worker rests while that frame is drawn.
import defaults from 'graphology-layout-forceatlas2/defaults.js';
import helpers from 'graphology-layout-forceatlas2/helpers.js';
import workerFunction from 'graphology-layout-forceatlas2/webworker.js';
import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
import type { ViewerGraph } from '../graph/attributes.js';

/** Floats per node in the library's node matrix (x and y come first). */
const PPN = 10;

/** What the supervisor needs from a worker (a real `Worker`, or a fake in the tests). */
export interface LayoutWorker {
  postMessage(message: unknown, transfer: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<{ nodes: ArrayBuffer }>) => void): void;
  terminate(): void;
}

export interface SupervisorOptions {
  settings: ForceAtlas2Settings;
  /** Minimum time between two writes of positions into the graph; see `applyIntervalFor`. */
  applyEveryMs: number;
  createWorker?: () => LayoutWorker;
  /** Calls `resume` once the frame that draws the positions just written is done; default `afterNextFrame`. */
  waitForFrame?: (resume: () => void) => void;
  now?: () => number;
}

/**
 * Calls `resume` in the task after the next animation frame, i.e. once the frame's rendering and its compositor
 * commit (where a software GPU reads the WebGL canvases back) have run. Without `requestAnimationFrame` (Node),
 * in the next task.
 * @example afterNextFrame(() => worker.postMessage(message))
 */
export function afterNextFrame(resume: () => void): void {
  if (typeof requestAnimationFrame !== 'function') return void setTimeout(resume, 0);
  requestAnimationFrame(() => setTimeout(resume, 0));
}

/**
 * How often a graph of this size gets new positions: every frame for small graphs, every 500 ms at 20 000 nodes,
 * because each write makes sigma re-process every node (and, with edges drawn, every edge).
 * @example applyIntervalFor(20_000) // 500
 */
export function applyIntervalFor(order: number): number {
  return Math.round(Math.min(1000, Math.max(16, order / 40)));
}

const STRUCTURE_EVENTS = ['nodeAdded', 'edgeAdded', 'nodeDropped', 'edgeDropped', 'cleared', 'edgesCleared'] as const;

/**
 * Runs ForceAtlas2 in a worker and throttles how often positions reach the graph. An answer that arrives at least
 * `applyEveryMs` after the last write is written at once, and the worker gets its matrix back only after the frame
 * that draws it: on two cores shared with the GPU process (a software rasteriser without a GPU), a worker that
 * keeps iterating meanwhile makes that frame a long task.
 * @example const layout = new ThrottledLayoutSupervisor(graph, { settings, applyEveryMs: 500 }); layout.start()
 */
export class ThrottledLayoutSupervisor {
  private worker: LayoutWorker | null = null;
  private index = new Map<string, number>();
  private positions = new Float32Array(0);
  private pending = false;
  private running = false;
  private killed = false;
  private lastApply = 0;
  private respawn: ReturnType<typeof setTimeout> | undefined;
  /** Iterations the worker has finished, and how many times positions were written into the graph. */
  iterations = 0;
  applies = 0;

  private readonly settings: Required<ForceAtlas2Settings>;
  private readonly waitForFrame: (resume: () => void) => void;
  private readonly now: () => number;

  constructor(
    private readonly graph: ViewerGraph,
    private readonly options: SupervisorOptions,
  ) {
    this.settings = { ...defaults, ...options.settings };
    this.waitForFrame = options.waitForFrame ?? afterNextFrame;
    this.now = options.now ?? (() => performance.now());
    for (const event of STRUCTURE_EVENTS) graph.on(event, this.onStructureChange);
  }

  isRunning(): boolean {
    return this.running;
  }

  /** Builds the matrices from the graph's current positions and starts iterating. */
  start(): void {
    if (this.killed) throw new Error('layout supervisor: start() after kill()');
    if (this.running) return;
    this.running = true;
    this.lastApply = this.now();
    this.spawn();
  }

  /** Writes the last positions into the graph and stops the worker (a restart rebuilds it from the graph). */
  stop(): void {
    if (!this.running) return;
    this.running = false;
    clearTimeout(this.respawn);
    this.worker?.terminate();
    this.worker = null;
    this.flush();
  }

  kill(): void {
    this.stop();
    this.killed = true;
    for (const event of STRUCTURE_EVENTS) this.graph.removeListener(event, this.onStructureChange);
  }

  /** Writes the newest positions into the graph, if the worker produced some since the last write. */
  flush(): void {
    if (!this.pending) return;
    this.pending = false;
    this.applies++;
    const { index, positions } = this;
    // One event for the whole graph; the hint tells sigma only coordinates changed.
    this.graph.updateEachNodeAttributes(
      (node, attributes) => {
        const i = index.get(node);
        if (i !== undefined) {
          attributes.x = positions[2 * i] ?? attributes.x;
          attributes.y = positions[2 * i + 1] ?? attributes.y;
        }
        return attributes;
      },
      { attributes: ['x', 'y'] },
    );
  }

  private spawn(): void {
    const { nodes, edges } = helpers.graphToByteArrays(this.graph, (_edge, attributes) =>
      typeof attributes['weight'] === 'number' ? attributes['weight'] : 1,
    );
    this.index = new Map(this.graph.nodes().map((node, i) => [node, i]));
    this.positions = new Float32Array(2 * this.index.size);
    const worker: LayoutWorker = this.options.createWorker?.() ?? helpers.createWorker(workerFunction);
    worker.addEventListener('message', (event) => this.onStep(worker, event.data.nodes));
    this.worker = worker;
    worker.postMessage({ settings: this.settings, nodes: nodes.buffer, edges: edges.buffer }, [
      nodes.buffer,
      edges.buffer,
    ]);
  }

  private onStep(worker: LayoutWorker, buffer: ArrayBuffer): void {
    if (worker !== this.worker) return;
    const matrix = new Float32Array(buffer);
    const { positions } = this;
    for (let i = 0, j = 0; j < matrix.length; i += 2, j += PPN) {
      positions[i] = matrix[j] ?? 0;
      positions[i + 1] = matrix[j + 1] ?? 0;
    }
    this.pending = true;
    this.iterations++;
    const next = (): void => {
      if (worker === this.worker) worker.postMessage({ settings: this.settings, nodes: buffer }, [buffer]);
    };
    if (this.now() - this.lastApply < this.options.applyEveryMs) return next();
    this.lastApply = this.now();
    this.flush();
    this.waitForFrame(next);
  }

  // Nodes or edges changed: keep what was computed, then rebuild the matrices (once per burst of changes).
  private readonly onStructureChange = (): void => {
    if (!this.running) return;
    this.flush();
    this.worker?.terminate();
    this.worker = null;
    clearTimeout(this.respawn);
    this.respawn = setTimeout(() => {
      if (this.running) this.spawn();
    }, 0);
  };
}
