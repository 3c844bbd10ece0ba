// Two OS processes write overlapping results into one SQLite file at the same time (as parallel ingest runs
// would): the write lock is waited for, nothing is duplicated and creations add up to exactly one each.
import { afterAll, describe, expect, test } from '@jest/globals';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildLargeBatch, buildWriterPair, runTokens, seededRandom } from '@shabaka/store-contract';
import { createSqliteStore } from './sqlite-store.js';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '../../..');
const dir = mkdtempSync(join(tmpdir(), 'shabaka-processes-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Totals = { nodesCreated: number; relationshipsCreated: number };

function runWriter(db: string, json: string, times: number): Promise<Totals> {
  return new Promise((done, fail) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(here, 'writer-process.fixtures.ts'), db, json, String(times)],
      { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('error', fail);
    child.on('close', (code) =>
      code === 0 ? done(JSON.parse(out) as Totals) : fail(new Error(`writer exited ${code}: ${err}`)),
    );
  });
}

describe('sqlite: two writer processes', () => {
  test('overlapping upserts from two processes leave exactly one copy of everything', async () => {
    const tokens = runTokens(seededRandom(424242));
    const pair = buildWriterPair(tokens);
    const big = buildLargeBatch(tokens, seededRandom(7), 5_000);
    const db = join(dir, 'shared.db');
    // Create the schema first, so neither child races on CREATE TABLE.
    await (await createSqliteStore({ path: db })).close();
    const jsonA = join(dir, 'a.json');
    const jsonB = join(dir, 'b.json');
    writeFileSync(jsonA, JSON.stringify([big.result, pair.first]));
    writeFileSync(jsonB, JSON.stringify([pair.second, big.result]));

    const [a, b] = await Promise.all([runWriter(db, jsonA, 3), runWriter(db, jsonB, 3)]);

    const store = await createSqliteStore({ path: db });
    try {
      const stats = await store.stats();
      const entities = new Set([...big.entityIds, ...pair.allEntityIds]);
      expect(stats.entities).toBe(entities.size);
      expect(stats.relations).toBe(5_000 + pair.relationCount);
      expect(stats.documents).toBe(2);
      // Each node and relationship was created by exactly one of the two processes, exactly once.
      const all = [big.result, pair.first, pair.second];
      const mentions = new Set(
        all.flatMap((r) => r.entities.flatMap((e) => e.mentions.map((m) => `${e.id}|${m.doc}|${m.start}|${m.end}`))),
      );
      const sentences = new Set(all.flatMap((r) => r.sentences.map((x) => x.id)));
      expect(a.nodesCreated + b.nodesCreated).toBe(entities.size + stats.documents + sentences.size);
      expect(a.relationshipsCreated + b.relationshipsCreated).toBe(stats.relations + mentions.size);
      const exported = await store.exportGraph();
      expect(exported.edges.every((e) => e.weight === 1)).toBe(true);
      expect(new Set(exported.edges.map((e) => e.id)).size).toBe(exported.edges.length);
    } finally {
      await store.close();
    }
  }, 120_000);
});
