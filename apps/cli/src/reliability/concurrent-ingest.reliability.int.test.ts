// Concurrency: two `shabaka ingest` processes started at once on overlapping inputs write the same graph as
// one sequential run — no duplicate entity, relationship or evidence, nothing lost — on SQLite and on Neo4j.
import { randomInt } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, jest } from '@jest/globals';
import { requireBuiltCli } from '../cli.fixtures.js';
import { runCli } from './child-run.fixtures.js';
import type { ChildRun } from './child-run.fixtures.js';
import { recordFigures } from './figures.fixtures.js';
import { NEO4J, deleteSlice, neo4jSliceDump, sliceSession } from './neo4j-slice.fixtures.js';
import { sqliteDump } from './sqlite-dump.fixtures.js';
import { documentIds, syntheticArticles, writeJsonl } from './synthetic-news.fixtures.js';

const INGEST = ['--batch-size', '4', '--workers', '1', '--no-progress'];
const env = { NEO4J_USER: NEO4J.user, NEO4J_PASSWORD: NEO4J.password };

jest.setTimeout(300_000);
beforeAll(() => requireBuiltCli());

/** Two inputs sharing their first 16 articles (in the same order, so both processes write them at once). */
function overlappingInputs(seed: number, source: string): { a: string; b: string } {
  const dir = mkdtempSync(join(tmpdir(), 'shabaka-concurrent-'));
  const all = syntheticArticles(32, seed, source);
  const shared = all.slice(0, 16);
  return {
    a: writeJsonl(dir, 'a.jsonl', [...shared, ...all.slice(16, 24)]),
    b: writeJsonl(dir, 'b.jsonl', [...shared, ...all.slice(24)]),
  };
}

/** Both inputs at once, each in its own process, into one store. */
async function both(inputs: { a: string; b: string }, store: string): Promise<[ChildRun, ChildRun]> {
  return Promise.all([
    runCli(['ingest', inputs.a, '--store', store, ...INGEST], { env }),
    runCli(['ingest', inputs.b, '--store', store, ...INGEST], { env }),
  ]);
}

describe('two overlapping ingests at once', () => {
  it('SQLite: same rows as one sequential run', async () => {
    const inputsOf = overlappingInputs(9, 'reliability-concurrent');
    const dir = mkdtempSync(join(tmpdir(), 'shabaka-concurrent-db-'));
    const sequential = join(dir, 'sequential.db');
    const seq = await runCli(['ingest', inputsOf.a, inputsOf.b, '--store', `sqlite:${sequential}`, ...INGEST]);
    expect(seq.code).toBe(0);
    const concurrent = join(dir, 'concurrent.db');
    const runs = await both(inputsOf, `sqlite:${concurrent}`);
    for (const run of runs) expect(run.code).toBe(0);
    const expected = sqliteDump(sequential);
    const got = sqliteDump(concurrent);
    expect(expected.counts.articles).toBe(32);
    expect(got.counts).toEqual(expected.counts);
    expect(got.lines).toEqual(expected.lines);
    recordFigures('concurrent-sqlite', {
      documents: 32,
      overlap: 16,
      rowsCompared: got.lines.length,
      properties: got.properties,
      counts: got.counts,
      written: runs.map((r) => Number(/written\s+(\d+)/.exec(r.stderr)?.[1] ?? NaN)),
    });
  });

  describe('Neo4j', () => {
    const neo = sliceSession();

    it('same slice as one sequential run', async () => {
      const inputsOf = overlappingInputs(randomInt(1, 2 ** 31), `rel-concurrent-${randomInt(1, 2 ** 31)}`);
      const ids = await documentIds([inputsOf.a, inputsOf.b]);
      neo.ids = ids;
      const runs = await both(inputsOf, NEO4J.uri);
      for (const run of runs) expect(run.code).toBe(0);
      const got = await neo4jSliceDump(neo.driver, ids);
      await deleteSlice(neo.driver, ids);
      const seq = await runCli(['ingest', inputsOf.a, inputsOf.b, '--store', NEO4J.uri, ...INGEST], { env });
      expect(seq.code).toBe(0);
      const expected = await neo4jSliceDump(neo.driver, ids);
      expect(expected.counts.Article).toBe(32);
      expect(got.counts).toEqual(expected.counts);
      expect(got.lines).toEqual(expected.lines);
      recordFigures('concurrent-neo4j', {
        documents: 32,
        overlap: 16,
        linesCompared: got.lines.length,
        properties: got.properties,
        counts: got.counts,
        written: runs.map((r) => Number(/written\s+(\d+)/.exec(r.stderr)?.[1] ?? NaN)),
      });
    });
  });
});
