import { afterEach, beforeEach, describe, expect, jest, test } from '@jest/globals';
import { ThrottledLayoutSupervisor, afterNextFrame, applyIntervalFor } from './fa2-supervisor.js';
import type { LayoutWorker } from './fa2-supervisor.js';
import { lineGraph } from './test-graph.fixtures.js';

const PPN = 10;

/** A worker that records what it was sent and answers only when the test says so. */
class FakeWorker implements LayoutWorker {
  sent: { nodes: Float32Array; edges?: Float32Array }[] = [];
  terminated = false;
  private listener: ((event: MessageEvent<{ nodes: ArrayBuffer }>) => void) | null = null;

  postMessage(message: unknown): void {
    const { nodes, edges } = message as { nodes: ArrayBuffer; edges?: ArrayBuffer };
    this.sent.push({ nodes: new Float32Array(nodes), ...(edges ? { edges: new Float32Array(edges) } : {}) });
  }
  addEventListener(_type: 'message', listener: (event: MessageEvent<{ nodes: ArrayBuffer }>) => void): void {
    this.listener = listener;
  }
  terminate(): void {
    this.terminated = true;
  }
  /** Answers the last message with every node moved to (dx·i, dy·i). */
  step(dx: number, dy: number): void {
    const last = this.sent.at(-1);
    if (!last || !this.listener) throw new Error('nothing to answer');
    const matrix = last.nodes.slice();
    for (let i = 0; i * PPN < matrix.length; i++) {
      matrix[i * PPN] = dx * i;
      matrix[i * PPN + 1] = dy * i;
    }
    this.listener({ data: { nodes: matrix.buffer } } as MessageEvent<{ nodes: ArrayBuffer }>);
  }
}

describe('ThrottledLayoutSupervisor', () => {
  beforeEach(() => {
    jest.useFakeTimers();
  });
  afterEach(() => {
    jest.useRealTimers();
  });

  function setup(order = 4, applyEveryMs = 500) {
    const graph = lineGraph(order);
    const workers: FakeWorker[] = [];
    // The frames the supervisor waits for, drawn when the test says so; and a clock the test moves.
    const frames: (() => void)[] = [];
    const clock = { ms: 0 };
    const supervisor = new ThrottledLayoutSupervisor(graph, {
      settings: { gravity: 1 },
      applyEveryMs,
      createWorker: () => {
        const worker = new FakeWorker();
        workers.push(worker);
        return worker;
      },
      waitForFrame: (resume) => frames.push(resume),
      now: () => clock.ms,
    });
    const updates: (string[] | undefined)[] = [];
    graph.on('eachNodeAttributesUpdated', (payload: { hints?: { attributes?: string[] } }) =>
      updates.push(payload.hints?.attributes),
    );
    return { graph, workers, supervisor, updates, frames, clock };
  }

  test('start sends the node and edge matrices with every setting filled in', () => {
    const { workers, supervisor } = setup();
    supervisor.start();
    expect(workers).toHaveLength(1);
    const first = workers[0]!.sent[0]!;
    expect(first.nodes.length).toBe(4 * PPN);
    expect(first.edges?.length).toBe(3 * 3);
    expect(Array.from(first.nodes.subarray(0, 2))).toEqual([0, 0]);
    expect(supervisor.isRunning()).toBe(true);
  });

  test('answers within the interval go straight back; the first one after it is written and waits for its frame', () => {
    const { graph, workers, supervisor, updates, frames, clock } = setup(4, 500);
    supervisor.start();
    const worker = workers[0]!;
    clock.ms = 100;
    worker.step(10, 1);
    clock.ms = 300;
    worker.step(20, 2);
    expect(worker.sent).toHaveLength(3);
    expect(worker.sent.slice(1).every((m) => m.edges === undefined)).toBe(true);
    expect(updates).toHaveLength(0);
    expect(graph.getNodeAttribute('n2', 'x')).toBe(2);

    clock.ms = 520;
    worker.step(30, 3);
    expect(updates).toEqual([['x', 'y']]);
    expect(graph.getNodeAttribute('n2', 'x')).toBe(60);
    expect(graph.getNodeAttribute('n2', 'y')).toBe(6);
    // The worker rests until the frame drawing these positions is done, then iterates on from them.
    expect(worker.sent).toHaveLength(3);
    expect(frames).toHaveLength(1);
    frames[0]!();
    expect(worker.sent).toHaveLength(4);
    expect(worker.sent[3]!.nodes[2 * PPN]).toBe(60);
    expect(supervisor.iterations).toBe(3);

    // The interval restarts at the write: the next answer goes straight back.
    clock.ms = 900;
    worker.step(40, 4);
    expect(worker.sent).toHaveLength(5);
    expect(updates).toHaveLength(1);
    // Time alone (no answer from the worker) writes nothing.
    jest.advanceTimersByTime(1500);
    expect(updates).toHaveLength(1);
  });

  test('a worker stopped while it rests for a frame gets nothing more', () => {
    const { workers, supervisor, frames, clock } = setup(4, 500);
    supervisor.start();
    clock.ms = 600;
    workers[0]!.step(1, 1);
    supervisor.stop();
    expect(workers[0]!.terminated).toBe(true);
    frames[0]!();
    expect(workers[0]!.sent).toHaveLength(1);
  });

  test('afterNextFrame resumes in a later task, not synchronously', () => {
    const resumed: number[] = [];
    afterNextFrame(() => resumed.push(1));
    expect(resumed).toEqual([]);
    jest.advanceTimersByTime(0);
    expect(resumed).toEqual([1]);
  });

  test('stop writes the last positions, terminates the worker and a restart starts from the graph', () => {
    const { graph, workers, supervisor, updates } = setup();
    supervisor.start();
    workers[0]!.step(5, 5);
    supervisor.stop();
    expect(updates).toHaveLength(1);
    expect(graph.getNodeAttribute('n3', 'x')).toBe(15);
    expect(workers[0]!.terminated).toBe(true);
    expect(supervisor.isRunning()).toBe(false);

    supervisor.start();
    expect(workers).toHaveLength(2);
    expect(workers[1]!.sent[0]!.nodes[3 * PPN]).toBe(15);
  });

  test('nodes added while running: computed positions are kept and the matrices are rebuilt', () => {
    const { graph, workers, supervisor } = setup();
    supervisor.start();
    workers[0]!.step(1, 1);
    graph.addNode('extra', { ...graph.getNodeAttributes('n0'), x: 99, y: 99 });
    expect(graph.getNodeAttribute('n3', 'x')).toBe(3);
    expect(workers[0]!.terminated).toBe(true);
    jest.advanceTimersByTime(0);
    expect(workers).toHaveLength(2);
    expect(workers[1]!.sent[0]!.nodes.length).toBe(5 * PPN);
    // A late answer from the old worker is ignored.
    workers[0]!.step(1000, 1000);
    jest.advanceTimersByTime(500);
    expect(graph.getNodeAttribute('n3', 'x')).toBe(3);
  });

  test('kill stops listening to the graph and refuses a restart', () => {
    const { graph, workers, supervisor } = setup();
    supervisor.start();
    supervisor.kill();
    graph.addNode('late', { ...graph.getNodeAttributes('n0') });
    jest.advanceTimersByTime(10);
    expect(workers).toHaveLength(1);
    expect(() => supervisor.start()).toThrow(/after kill/);
  });

  test('the write interval grows with the graph, within 16 ms and 1 s', () => {
    expect(applyIntervalFor(10)).toBe(16);
    expect(applyIntervalFor(2_000)).toBe(50);
    expect(applyIntervalFor(20_000)).toBe(500);
    expect(applyIntervalFor(1_000_000)).toBe(1000);
  });
});
