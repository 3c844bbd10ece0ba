// Crash safety on Neo4j: `shabaka ingest` killed with SIGKILL at seeded random points, then started again,
// ends with exactly the slice of the graph one clean run wrote. The database is shared with other tests, so
// the articles are run-unique and only their own slice is compared (and removed between runs).
import { randomInt } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, jest } from '@jest/globals';
import { requireBuiltCli } from '../cli.fixtures.js';
import { runCli } from './child-run.fixtures.js';
import { recordFigures } from './figures.fixtures.js';
import { NEO4J, committedNeo4jDocuments, deleteSlice, neo4jSliceDump, sliceSession } from './neo4j-slice.fixtures.js';
import { seededRandom } from '@shabaka/schema';
import { documentIds, syntheticArticles, writeJsonl } from './synthetic-news.fixtures.js';

const SEEDS = [7, 12, 1]; // kill once 1, 13 and 28 of 48 documents are committed
const DOCS = 48;
const INGEST = ['--store', NEO4J.uri, '--batch-size', '4', '--workers', '1', '--no-progress'];
const env = { NEO4J_USER: NEO4J.user, NEO4J_PASSWORD: NEO4J.password };

// Several CLI runs killed and resumed against Neo4j: over 300 s at load 20 on 2 cores (a clean-clone CI run).
jest.setTimeout(900_000);
beforeAll(() => requireBuiltCli());
const neo = sliceSession();

describe('SIGKILL mid-ingest, then resume (Neo4j)', () => {
  it('ends with the same slice as a clean run for every seed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'shabaka-crash-neo4j-'));
    // A random name seed per run: no other run (or test) shares these people, parties or articles.
    const input = writeJsonl(dir, 'synthetic.jsonl', syntheticArticles(DOCS, randomInt(1, 2 ** 31), `rel-${dir}`));
    const ids = await documentIds([input]);
    neo.ids = ids;
    const { driver } = neo;
    expect(ids).toHaveLength(DOCS);

    const first = await runCli(['ingest', input, ...INGEST], { env });
    expect(first.stderr).toMatch(new RegExp(`written\\s+${DOCS}`));
    expect(first.code).toBe(0);
    const expected = await neo4jSliceDump(driver, ids);
    expect(expected.counts.Article).toBe(DOCS);
    expect(expected.counts.RELATION).toBeGreaterThan(0);
    expect(expected.counts.Event).toBeGreaterThan(0);

    const perSeed = [];
    for (const seed of SEEDS) {
      await deleteSlice(driver, ids);
      expect((await neo4jSliceDump(driver, ids)).lines).toEqual([]);
      const target = 1 + Math.floor(seededRandom(seed)() * 44);
      const killed = await runCli(['ingest', input, ...INGEST], {
        env,
        killWhen: async () => (await committedNeo4jDocuments(driver, ids)) >= target,
      });
      expect(killed.signal).toBe('SIGKILL');
      const atKill = await committedNeo4jDocuments(driver, ids);
      expect(atKill).toBeLessThan(DOCS);
      const resumed = await runCli(['ingest', input, ...INGEST], { env });
      expect(resumed.code).toBe(0);
      const got = await neo4jSliceDump(driver, ids);
      expect(got.counts).toEqual(expected.counts);
      expect(got.properties).toBe(expected.properties);
      expect(got.lines).toEqual(expected.lines);
      perSeed.push({ seed, target, committedAtKill: atKill, killedAfterMs: Math.round(killed.ms) });
    }
    recordFigures('crash-neo4j', {
      documents: DOCS,
      linesCompared: expected.lines.length,
      properties: expected.properties,
      counts: expected.counts,
      seeds: perSeed,
      cleanRunMs: Math.round(first.ms),
      peakRssMb: first.peakRssMb,
    });
  });
});
