// What the bench page measures and publishes on `window.__bench` for the runner (src/bench/run.ts).

export interface BenchResult {
  nodes: number;
  edges: number;
  generateMs: number;
  firstFrameMs: number;
  layoutMs: number;
  layoutIterations: number;
  iterationsPerSecond: number;
  longTasksDuringLayout: number;
  longestTaskDuringLayoutMs: number;
  longestTaskOverallMs: number;
  /** Main-thread start of the layout (matrices + worker spawn) and the wait for its first answer. */
  layoutStartMs: number;
  firstIterationMs: number;
  /** sigma renders during the layout (our JS per frame: reducers, programs, labels). */
  rendersDuringLayout: number;
  longestRenderMs: number;
  meanRenderMs: number;
}

declare global {
  interface Window {
    __bench?: BenchResult | { error: string };
  }
}
