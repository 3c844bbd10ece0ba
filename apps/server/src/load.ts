// `pnpm --filter @shabaka/server bench`: seeds a store, serves it from a child process on 127.0.0.1 and load-tests
// search, neighbours and entity with N keep-alive connections for at most 30 s, printing p50/p95/p99 per endpoint.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { GraphStore } from '@shabaka/schema';
import { createNeo4jStore } from '@shabaka/store-neo4j';
import { createSqliteStore } from '@shabaka/store-sqlite';
import { assertLoopback, formatTable, runPhase } from './bench/loopback-load.js';
import type { PhaseResult } from './bench/loopback-load.js';
import { syntheticGraph } from './bench/synthetic-graph.js';
import { startServer } from './server.js';

const MAX_SECONDS = 30;

const { values: args } = parseArgs({
  options: {
    serve: { type: 'boolean', default: false },
    store: { type: 'string' },
    url: { type: 'string' },
    token: { type: 'string' },
    seed: { type: 'string', default: '20000' },
    connections: { type: 'string', default: '16' },
    duration: { type: 'string', default: '24' },
  },
});

async function openStore(spec: string): Promise<GraphStore> {
  if (spec.startsWith('sqlite:')) return createSqliteStore({ path: spec.slice('sqlite:'.length) });
  if (/^(neo4j|bolt)(\+s|\+ssc)?:\/\//.test(spec)) {
    return createNeo4jStore({
      uri: spec,
      user: process.env.NEO4J_USER ?? 'neo4j',
      password: process.env.NEO4J_PASSWORD ?? 'shabaka-local',
    });
  }
  throw new Error(`load: --store must be sqlite:PATH or neo4j://…, got ${spec}`);
}

/** Child mode: seed, serve on a random loopback port, print one JSON line, run until killed. */
async function serve(): Promise<void> {
  const store = await openStore(args.store ?? '');
  const entities = Number(args.seed);
  const t0 = performance.now();
  for (const batch of syntheticGraph({ entities })) await store.upsert(batch);
  const seedMs = performance.now() - t0;
  const { url } = await startServer({ store, port: 0, ...(args.token ? { token: args.token } : {}) });
  process.stdout.write(`${JSON.stringify({ url, entities, seedMs, kind: store.kind })}\n`);
}

function maxRssMb(pid: number | undefined): number | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /VmHWM:\s+(\d+)/.exec(status)?.[1];
    return kb ? Number(kb) / 1024 : null;
  } catch {
    return null;
  }
}

async function spawnServer(
  store: string,
): Promise<{ url: string; info: string; pid: number | undefined; stop(): void }> {
  const self = fileURLToPath(import.meta.url);
  const child = spawn(
    process.execPath,
    [
      ...process.execArgv,
      self,
      '--serve',
      '--store',
      store,
      '--seed',
      String(args.seed),
      ...(args.token ? ['--token', args.token] : []),
    ],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const lines = createInterface({ input: child.stdout });
  const first = await new Promise<string>((resolve, reject) => {
    lines.once('line', resolve);
    child.once('exit', (code) => reject(new Error(`load: the server process exited with ${code} before listening`)));
  });
  const ready = JSON.parse(first) as { url: string; entities: number; seedMs: number; kind: string };
  const info = `${ready.kind} store, ${ready.entities} synthetic entities seeded in ${(ready.seedMs / 1000).toFixed(1)} s`;
  return { url: ready.url, info, pid: child.pid, stop: () => child.kill('SIGTERM') };
}

async function main(): Promise<void> {
  if (args.serve) return serve();
  const connections = Math.max(1, Math.min(200, Number(args.connections)));
  const seconds = Math.max(3, Math.min(MAX_SECONDS, Number(args.duration)));
  let tempDir: string | undefined;
  let server: { url: string; info: string; pid: number | undefined; stop(): void } | undefined;
  let url = args.url;
  let info = `external server ${url}`;
  try {
    if (!url) {
      tempDir = mkdtempSync(join(tmpdir(), 'shabaka-load-'));
      server = await spawnServer(args.store ?? `sqlite:${join(tempDir, 'load.db')}`);
      ({ url, info } = server);
    }
    const base = assertLoopback(url);
    const headers: Record<string, string> = args.token ? { authorization: `Bearer ${args.token}` } : {};
    // Targets come from the server itself, so the tool works on any store.
    const res = await fetch(new URL('/api/overview?limit=2000', base), { headers });
    const overview = (await res.json()) as { nodes: { id: string; label: string; labelEn?: string }[] };
    if (overview.nodes.length === 0) throw new Error('load: the store is empty; seed it (--seed N) first');
    let i = 0;
    const pick = () => overview.nodes[(i = (i * 7919 + 104_729) % overview.nodes.length)]!; // deterministic spread
    const phase = seconds / 3;
    const results: PhaseResult[] = [];
    const common = { base, connections, seconds: phase, headers };
    results.push(
      await runPhase({
        ...common,
        name: 'GET /api/search',
        nextPath: () => {
          const node = pick();
          const name = i % 2 === 0 ? node.label : (node.labelEn ?? node.label);
          return `/api/search?q=${encodeURIComponent(name.slice(0, 4))}&limit=10`;
        },
      }),
    );
    results.push(
      await runPhase({
        ...common,
        name: 'GET /api/entities/:id/neighbors',
        nextPath: () => `/api/entities/${encodeURIComponent(pick().id)}/neighbors?limit=100`,
      }),
    );
    results.push(
      await runPhase({
        ...common,
        name: 'GET /api/entities/:id',
        nextPath: () => `/api/entities/${encodeURIComponent(pick().id)}`,
      }),
    );
    const rss = maxRssMb(server?.pid);
    console.log(`\n${info}; ${connections} connections, ${phase.toFixed(0)} s per endpoint, loopback only\n`);
    console.log(formatTable(results));
    const total = results.reduce((n, r) => n + r.requests, 0);
    const errors = results.reduce((n, r) => n + r.errors, 0);
    console.log(`\n${total} requests served, ${errors} errors${rss ? `, server max RSS ${rss.toFixed(0)} MB` : ''}`);
    if (errors > 0) process.exitCode = 1;
  } finally {
    server?.stop();
    if (tempDir) rmSync(tempDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
