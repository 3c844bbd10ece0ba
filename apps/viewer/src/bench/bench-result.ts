// What the bench page measures and publishes on `window.__bench` for the runner (src/bench/run.ts).

export interface BenchResult {
  nodes: number;
  edges: number;
  generateMs: number;
  firstFrameMs: number;
  layoutMs: number;
  /** ForceAtlas2 iterations the worker finished, and how many times their positions were written into the graph. */
  layoutIterations: number;
  iterationsPerSecond: number;
  layoutApplies: number;
  /** From stopping the layout until the frame with the edges back is drawn (GPU work included). */
  restoreEdgesMs: number;
  longTasksDuringLayout: number;
  longestTaskDuringLayoutMs: number;
  /** Every long task during the layout, longest first, and the longest one from the stop on. */
  longTasksDuringLayoutMs: number[];
  /** The same tasks in time order, as [ms after the layout started, duration]: which phase each belongs to. */
  longTasksDuringLayoutAt: [number, number][];
  longestTaskAfterLayoutMs: number;
  longestTaskOverallMs: number;
  /** Main-thread start of the layout (matrices + worker spawn) and the wait for its first answer. */
  layoutStartMs: number;
  firstIterationMs: number;
  /** sigma renders during the layout (our JS per frame: reducers, programs, labels). */
  rendersDuringLayout: number;
  longestRenderMs: number;
  meanRenderMs: number;
  /** sigma's `process` (re-indexing nodes and edges into the programs), the part of a render that positions cost. */
  meanProcessMs: number;
  longestProcessMs: number;
}

declare global {
  interface Window {
    __bench?: BenchResult | { error: string };
  }
}
