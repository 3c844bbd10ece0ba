// Crash safety on SQLite: `shabaka ingest` killed with SIGKILL at seeded random points, then started again,
// ends with exactly the graph of one clean run (every table row compared, sorted).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, jest } from '@jest/globals';
import { requireBuiltCli } from '../cli.fixtures.js';
import { runCli } from './child-run.fixtures.js';
import { recordFigures } from './figures.fixtures.js';
import { committedDocuments, sqliteDump } from './sqlite-dump.fixtures.js';
import { seededRandom } from '@shabaka/schema';
import { corpusLines, syntheticArticles, writeJsonl } from './synthetic-news.fixtures.js';

const SEEDS = [7, 12, 1]; // kill once 1, 13 and 28 of 48 documents are committed
const INGEST = ['--batch-size', '4', '--workers', '1', '--no-progress'];

jest.setTimeout(240_000);
beforeAll(() => requireBuiltCli());

describe('SIGKILL mid-ingest, then resume (SQLite)', () => {
  it('ends with the same rows as a clean run for every seed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'shabaka-crash-sqlite-'));
    const inputs = [
      writeJsonl(dir, 'synthetic.jsonl', syntheticArticles(24, 5, 'reliability-sqlite')),
      writeJsonl(
        dir,
        'corpus.jsonl',
        (await corpusLines('saudinewsnet-news-00.jsonl', 24)).map((l) => JSON.parse(l) as object),
      ),
    ];
    const clean = join(dir, 'clean.db');
    const first = await runCli(['ingest', ...inputs, '--store', `sqlite:${clean}`, ...INGEST]);
    expect(first.stderr).toMatch(/written\s+48/);
    expect(first.code).toBe(0);
    const expected = sqliteDump(clean);
    expect(expected.counts.relations).toBeGreaterThan(0);
    expect(expected.counts.relation_evidence).toBeGreaterThan(0);

    const perSeed = [];
    for (const seed of SEEDS) {
      const db = join(dir, `seed-${seed}.db`);
      // Kill once a seeded number of documents (1..44 of 48) is committed: the kill then lands anywhere in
      // the next batch's extraction, pending write or commit.
      const target = 1 + Math.floor(seededRandom(seed)() * 44);
      const killed = await runCli(['ingest', ...inputs, '--store', `sqlite:${db}`, ...INGEST], {
        killWhen: () => committedDocuments(db) >= target,
      });
      expect(killed.signal).toBe('SIGKILL');
      const atKill = committedDocuments(db);
      expect(atKill).toBeLessThan(48);
      const resumed = await runCli(['ingest', ...inputs, '--store', `sqlite:${db}`, ...INGEST]);
      expect(resumed.code).toBe(0);
      const got = sqliteDump(db);
      expect(got.counts).toEqual(expected.counts);
      expect(got.properties).toBe(expected.properties);
      expect(got.lines).toEqual(expected.lines);
      perSeed.push({ seed, target, committedAtKill: atKill, killedAfterMs: Math.round(killed.ms) });
    }
    recordFigures('crash-sqlite', {
      documents: 48,
      rowsCompared: expected.lines.length,
      properties: expected.properties,
      counts: expected.counts,
      seeds: perSeed,
      cleanRunMs: Math.round(first.ms),
      peakRssMb: first.peakRssMb,
    });
  });
});
