// Server under load: a bounded loopback load test (50 keep-alive connections, 8 s per endpoint) against a
// server in its own process over a seeded SQLite store, on search, neighbours and the entity card. Every
// request must succeed; p95 and the server's peak RSS are recorded in .artifacts/reliability/load.json.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { recordFigures } from '../../../cli/src/reliability/figures.fixtures.js';
import { assertLoopback, runPhase } from '../bench/loopback-load.js';
import type { PhaseResult } from '../bench/loopback-load.js';

const CONNECTIONS = 50;
const SECONDS_PER_ENDPOINT = 8;
const ENTITIES = 5_000;
const LOAD_TS = fileURLToPath(new URL('../load.ts', import.meta.url));
const REPO = fileURLToPath(new URL('../../../..', import.meta.url));

jest.setTimeout(120_000);
const dir = mkdtempSync(join(tmpdir(), 'shabaka-load-'));
let child: ChildProcess | undefined;
let base: URL;

beforeAll(async () => {
  // The bench's own server mode: seeds a synthetic graph and prints its URL; tsx runs it from source.
  child = spawn(
    join(REPO, 'node_modules/.bin/tsx'),
    [
      '--tsconfig',
      join(REPO, 'tsconfig.json'),
      LOAD_TS,
      '--serve',
      '--store',
      `sqlite:${join(dir, 'load.db')}`,
      '--seed',
      String(ENTITIES),
    ],
    { cwd: REPO, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const proc = child;
  const first = await new Promise<string>((resolve, reject) => {
    createInterface({ input: proc.stdout! }).once('line', resolve);
    proc.once('exit', (code) => reject(new Error(`load test: the server exited with ${code} before listening`)));
  });
  base = assertLoopback((JSON.parse(first) as { url: string }).url);
}, 90_000);

afterAll(() => {
  child?.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
});

function peakRssMb(pid: number | undefined): number {
  // tsx runs the script in a child node process: take the largest peak among the server's process tree.
  const pids = [pid, ...readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).map(Number)];
  let kb = 0;
  for (const p of pids.filter(Boolean)) {
    try {
      kb = Math.max(kb, Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, 'utf8'))?.[1] ?? 0));
    } catch {
      // gone already
    }
  }
  return Math.round(kb / 1024);
}

describe('server under load (loopback only)', () => {
  it(`serves ${CONNECTIONS} connections on search, neighbours and entity without an error`, async () => {
    const overview = (await (await fetch(new URL('/api/overview?limit=2000', base))).json()) as {
      nodes: { id: string; label: string }[];
    };
    expect(overview.nodes.length).toBeGreaterThan(100);
    let i = 0;
    const pick = () => overview.nodes[(i = (i * 7919 + 104_729) % overview.nodes.length)]!;
    const common = { base, connections: CONNECTIONS, seconds: SECONDS_PER_ENDPOINT };
    const results: PhaseResult[] = [];
    results.push(
      await runPhase({
        ...common,
        name: 'search',
        nextPath: () => `/api/search?q=${encodeURIComponent(pick().label.slice(0, 4))}&limit=10`,
      }),
    );
    results.push(
      await runPhase({
        ...common,
        name: 'neighbors',
        nextPath: () => `/api/entities/${encodeURIComponent(pick().id)}/neighbors?limit=100`,
      }),
    );
    results.push(
      await runPhase({ ...common, name: 'entity', nextPath: () => `/api/entities/${encodeURIComponent(pick().id)}` }),
    );
    const rss = peakRssMb(child?.pid);
    recordFigures('load', {
      entities: ENTITIES,
      connections: CONNECTIONS,
      secondsPerEndpoint: SECONDS_PER_ENDPOINT,
      serverPeakRssMb: rss,
      endpoints: results.map((r) => ({
        name: r.name,
        requests: r.requests,
        errors: r.errors,
        p50: Number(r.p50.toFixed(1)),
        p95: Number(r.p95.toFixed(1)),
        p99: Number(r.p99.toFixed(1)),
      })),
    });
    for (const r of results) {
      expect({ endpoint: r.name, errors: r.errors }).toEqual({ endpoint: r.name, errors: 0 });
      expect(r.requests).toBeGreaterThan(CONNECTIONS);
    }
  });
});
