// Neo4j stopped in the middle of an ingest: the run stops with one clear line (after the driver's retries), and
// once Neo4j is back the same command resumes and ends with exactly the graph of a clean run. Uses its own
// Neo4j on a free port with a temporary data directory, so the shared instance and other tests are untouched.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import neo4j from 'neo4j-driver';
import type { Driver } from 'neo4j-driver';
import { REPO, requireBuiltCli } from '../cli.fixtures.js';
import { runCli } from './child-run.fixtures.js';
import { recordFigures } from './figures.fixtures.js';
import { NEO4J, committedNeo4jDocuments, deleteSlice, neo4jSliceDump } from './neo4j-slice.fixtures.js';
import { documentIds, syntheticArticles, writeJsonl } from './synthetic-news.fixtures.js';

/** A port nothing listens on now: a fixed one could be taken by another Neo4j (a second checkout, NEO4J_URI). */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

const PORT = await freePort();
const URI = `neo4j://127.0.0.1:${PORT}`;
const DOCS = 32;
const dataDir = mkdtempSync(join(tmpdir(), 'shabaka-neo4j-restart-'));
const launcherEnv = { ...process.env, NEO4J_PORT: String(PORT), NEO4J_URI: URI, NEO4J_DATA_DIR: dataDir };
const cliEnv = { NEO4J_USER: NEO4J.user, NEO4J_PASSWORD: NEO4J.password };
const INGEST = ['--store', URI, '--batch-size', '4', '--workers', '1', '--no-progress'];

// Two Neo4j starts, a stop and three ingests: 362 s at load 12 on 2 cores, so 400 s left too little room.
jest.setTimeout(900_000);
let driver: Driver;

/** Runs the repo's launcher script (`pnpm neo4j:start` / `neo4j:stop`) for the private instance. */
function launcher(script: 'start' | 'stop'): number {
  const t0 = Date.now();
  const r = spawnSync(process.execPath, [join(REPO, `tools/neo4j-local/scripts/${script}.mjs`)], {
    cwd: REPO,
    env: launcherEnv,
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`reliability: neo4j:${script} on port ${PORT} failed: ${r.stderr || r.stdout}`);
  return Date.now() - t0;
}

beforeAll(() => {
  requireBuiltCli();
  launcher('start');
  driver = neo4j.driver(URI, neo4j.auth.basic(NEO4J.user, NEO4J.password));
}, 180_000);
afterAll(async () => {
  await driver?.close();
  try {
    launcher('stop');
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}, 60_000);

describe('Neo4j stopped mid-ingest', () => {
  it('the run stops with a clear message, and resuming after a restart gives the clean graph', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'shabaka-restart-'));
    const input = writeJsonl(dir, 'synthetic.jsonl', syntheticArticles(DOCS, 77, 'reliability-restart'));
    const ids = await documentIds([input]);
    const clean = await runCli(['ingest', input, ...INGEST], { env: cliEnv });
    expect(clean.code).toBe(0);
    const expected = await neo4jSliceDump(driver, ids);
    expect(expected.counts.Article).toBe(DOCS);
    await deleteSlice(driver, ids);

    // Stop Neo4j once a few documents are committed; the ingest is still writing.
    let stopMs = 0;
    let atStop = 0;
    const interrupted = await runCli(['ingest', input, ...INGEST], {
      env: cliEnv,
      killWhen: async () => {
        if (stopMs > 0) return false;
        atStop = await committedNeo4jDocuments(driver, ids);
        if (atStop < 8) return false;
        stopMs = launcher('stop');
        return false; // the child is left to notice on its own
      },
    });
    expect(stopMs).toBeGreaterThan(0);
    expect(interrupted.signal).toBeNull();
    expect(interrupted.code).toBe(1);
    const message = interrupted.stderr.trim().split('\n').at(-1) ?? '';
    expect(message).toMatch(/Neo4j|neo4j/);
    expect(message).toMatch(/start|reach|unavailable/i);

    const restartMs = launcher('start');
    const resumed = await runCli(['ingest', input, ...INGEST], { env: cliEnv });
    expect(resumed.code).toBe(0);
    expect(resumed.stderr).toMatch(/skipped \(already stored\)\s+[1-9]/);
    const got = await neo4jSliceDump(driver, ids);
    expect(got.counts).toEqual(expected.counts);
    expect(got.properties).toBe(expected.properties);
    expect(got.lines).toEqual(expected.lines);
    recordFigures('neo4j-restart', {
      documents: DOCS,
      committedAtStop: atStop,
      interruptedRunSeconds: Math.round(interrupted.ms / 100) / 10,
      message,
      stopMs,
      restartMs,
      linesCompared: got.lines.length,
      properties: got.properties,
    });
  });
});
