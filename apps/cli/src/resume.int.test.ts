// A run killed with SIGKILL (or stopped with Ctrl-C) halfway, then started again, ends with the same graph as
// one clean run.
import { createReadStream, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { spawn } from 'node:child_process';
import { beforeAll, describe, expect, it, jest } from '@jest/globals';
import { createSqliteStore } from '@shabaka/store-sqlite';
import { BIN, REPO, SHARED, requireBuiltCli, runShabaka } from './cli.fixtures.js';

const CORPUS = join(SHARED, 'data/news-ar/saudinewsnet-news-00.jsonl');
const SLICE = 120;

jest.setTimeout(300_000);
beforeAll(() => requireBuiltCli());

/** The first SLICE articles of the corpus, read at run time into a temp file (never copied into the repo). */
async function slice(dir: string): Promise<string> {
  const lines: string[] = [];
  for await (const line of createInterface({ input: createReadStream(CORPUS) })) {
    if (line.trim()) lines.push(line);
    if (lines.length >= SLICE) break;
  }
  const path = join(dir, 'slice.jsonl');
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

async function stats(path: string): Promise<Record<string, unknown>> {
  const store = await createSqliteStore({ path });
  try {
    return { ...(await store.stats()) };
  } finally {
    await store.close();
  }
}

describe('stop and resume (SQLite)', () => {
  let dir = '';
  let input = '';
  let expected: Record<string, unknown> = {};

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'shabaka-resume-'));
    input = await slice(dir);
    const clean = join(dir, 'clean.db');
    expect((await runShabaka(['ingest', input, '--store', `sqlite:${clean}`, '--batch-size', '4'])).code).toBe(0);
    expected = await stats(clean);
    expect(expected.documents).toBe(SLICE);
  });

  /** Starts an ingest into `db` and sends `signal` once at least 8 documents are stored. */
  async function interrupt(
    db: string,
    signal: 'SIGKILL' | 'SIGINT',
  ): Promise<{ code: number | null; signal: string | null; atStop: number }> {
    const child = spawn(process.execPath, [BIN, 'ingest', input, '--store', `sqlite:${db}`, '--batch-size', '4'], {
      cwd: REPO,
      stdio: 'ignore',
    });
    const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) =>
      child.on('exit', (code, sig) => resolve({ code, signal: sig })),
    );
    let atStop = 0;
    for (;;) {
      await new Promise((r) => setTimeout(r, 100));
      try {
        atStop = (await stats(db)).documents as number;
      } catch {
        continue; // the child has not created the database yet
      }
      if (atStop >= 8) break;
    }
    child.kill(signal);
    return { ...(await exited), atStop };
  }

  it('a run killed with SIGKILL, re-run, gives the same counts as one clean run', async () => {
    const db = join(dir, 'killed.db');
    const stopped = await interrupt(db, 'SIGKILL');
    expect(stopped.signal).toBe('SIGKILL');
    expect(stopped.atStop).toBeLessThan(SLICE);
    const rerun = await runShabaka(['ingest', input, '--store', `sqlite:${db}`, '--batch-size', '4']);
    expect(rerun.code).toBe(0);
    expect(rerun.stderr).toMatch(/skipped \(already stored\)\s+[1-9]/);
    expect(await stats(db)).toEqual(expected);
  });

  it('Ctrl-C writes what is in flight, exits 130, and a re-run completes the same graph', async () => {
    const db = join(dir, 'interrupted.db');
    const stopped = await interrupt(db, 'SIGINT');
    expect(stopped.code).toBe(130);
    const partial = (await stats(db)).documents as number;
    expect(partial).toBeGreaterThanOrEqual(stopped.atStop);
    expect(partial).toBeLessThan(SLICE);
    const rerun = await runShabaka(['ingest', input, '--store', `sqlite:${db}`, '--batch-size', '4']);
    expect(rerun.code).toBe(0);
    expect(rerun.stderr).toMatch(new RegExp(`skipped \\(already stored\\)\\s+${partial}\\b`));
    expect(await stats(db)).toEqual(expected);
  });
});
