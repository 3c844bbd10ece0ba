// `shabaka curate …` and `shabaka search` against a real SQLite file and the real Neo4j: decisions recorded,
// listed, surviving re-ingest, undone; bad flags and unknown ids refused with one clear line.
import { mkdtempSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { CurationRecord, GraphStore, SearchHit } from '@shabaka/schema';
import { buildCurationWorld } from '@shabaka/store-contract';
import type { CurationWorld } from '@shabaka/store-contract';
import { createSqliteStore } from '@shabaka/store-sqlite';
import { createNeo4jStore } from '@shabaka/store-neo4j';
import neo4j from 'neo4j-driver';
import { REPO, requireBuiltCli, runShabaka } from './cli.fixtures.js';

const NEO4J = {
  uri: process.env.NEO4J_URI ?? 'neo4j://127.0.0.1:7687',
  user: process.env.NEO4J_USER ?? 'neo4j',
  password: process.env.NEO4J_PASSWORD ?? 'shabaka-local',
};
const env = { NEO4J_USER: NEO4J.user, NEO4J_PASSWORD: NEO4J.password };
const RUN = randomUUID().slice(0, 8);

// Many CLI processes per store: over 180 s for the Neo4j half at load 20 on 2 cores (a clean-clone `pnpm test`).
jest.setTimeout(600_000);
beforeAll(() => requireBuiltCli());

async function shabaka(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return runShabaka(args, { env });
}

async function searchIds(spec: string, text: string, prefix: string): Promise<string[]> {
  const r = await shabaka(['search', text, '--json', '--limit', '100', '--store', spec]);
  expect(r.code).toBe(0);
  const { results } = JSON.parse(r.stdout) as { results: SearchHit[] };
  return results.map((h) => h.id).filter((id) => id.startsWith(prefix));
}

async function upsertAll(open: () => Promise<GraphStore>, results: CurationWorld['before']): Promise<void> {
  const store = await open();
  try {
    for (const r of results) await store.upsert(r);
  } finally {
    await store.close();
  }
}

function describeCurateCli(name: string, spec: () => string, open: () => Promise<GraphStore>): void {
  describe(`shabaka curate (${name})`, () => {
    const w = buildCurationWorld(`t${RUN}${name}_`, `${name}${RUN}`);

    it('merge, list, survive re-ingest, rename, undo, refuse bad input', async () => {
      await upsertAll(open, w.before);
      expect(await searchIds(spec(), w.names.abuAli, w.prefix)).toEqual([w.ids.abuAli]);

      const merged = await shabaka([
        'curate',
        'merge',
        w.ids.ahmad,
        w.ids.abuAli,
        '--by',
        'lina',
        '--why',
        'same man',
        '--json',
        '--store',
        spec(),
      ]);
      expect(merged.code).toBe(0);
      const record = JSON.parse(merged.stdout) as CurationRecord;
      expect(record).toMatchObject({
        action: 'merge',
        targets: [w.ids.ahmad, w.ids.abuAli],
        by: 'lina',
        why: 'same man',
      });
      expect(await searchIds(spec(), w.names.abuAli, w.prefix)).toEqual([w.ids.ahmad]);

      // Ingesting the same articles and a new one naming Abu Ali again does not bring him back.
      await upsertAll(open, [...w.before, w.later]);
      expect(await searchIds(spec(), w.names.abuAli, w.prefix)).toEqual([w.ids.ahmad]);

      const renamed = await shabaka(['curate', 'rename', w.ids.ahmad, '--name-en', `Ahmad ${RUN}`, '--store', spec()]);
      expect(renamed.code).toBe(0);
      expect(renamed.stdout).toMatch(/^recorded {2}cur_\S+ {2}rename/);
      expect(await searchIds(spec(), `Ahmad ${RUN}`, w.prefix)).toEqual([w.ids.ahmad]);

      const listed = await shabaka(['curate', 'list', '--json', '--store', spec()]);
      const mine = (JSON.parse(listed.stdout) as CurationRecord[]).filter((r) => r.targets[0]?.startsWith(w.prefix));
      expect(mine.map((r) => r.action)).toEqual(['merge', 'rename']);
      const table = await shabaka(['curate', 'list', '--store', spec()]);
      expect(table.stdout).toContain(record.id);

      const undone = await shabaka(['curate', 'undo', record.id, '--by', 'omar', '--json', '--store', spec()]);
      expect(JSON.parse(undone.stdout)).toMatchObject({ id: record.id, undone: true, undoneBy: 'omar' });
      expect(await searchIds(spec(), w.names.abuAli, w.prefix)).toEqual([w.ids.abuAli]);
      expect(await searchIds(spec(), `Ahmad ${RUN}`, w.prefix)).toEqual([w.ids.ahmad]);

      const nothing = await shabaka(['curate', 'rename', w.ids.ahmad, '--store', spec()]);
      expect(nothing.code).toBe(1);
      expect(nothing.stderr).toMatch(/curate rename: --name: give --name, --name-en or --type/);
      const badType = await shabaka(['curate', 'rename', w.ids.ahmad, '--type', 'CITY', '--store', spec()]);
      expect(badType.code).toBe(1);
      expect(badType.stderr).toMatch(/--type/);
      const unknown = await shabaka(['curate', 'delete', `${w.prefix}nobody`, '--store', spec()]);
      expect(unknown.code).toBe(1);
      expect(unknown.stderr.trim().split('\n')).toHaveLength(1);
      expect(unknown.stderr).toContain('no entity');
    });

    it('split, delete and retract from the shell', async () => {
      const split = await shabaka([
        'curate',
        'split',
        w.ids.ahmad,
        '--name',
        w.names.ahmad,
        '--json',
        '--store',
        spec(),
      ]);
      expect(split.code).toBe(0);
      const newId = (JSON.parse(split.stdout) as CurationRecord).payload.newId;
      expect(await searchIds(spec(), w.names.ahmad, w.prefix)).toContain(newId);
      const deleted = await shabaka(['curate', 'delete', w.ids.karim, '--store', spec()]);
      expect(deleted.code).toBe(0);
      expect(await searchIds(spec(), w.names.karim, w.prefix)).toEqual([]);
      const retracted = await shabaka(['curate', 'retract', w.docs.third, '--json', '--store', spec()]);
      expect(JSON.parse(retracted.stdout)).toMatchObject({ action: 'retract', targets: [w.docs.third] });
      const stats = await open();
      try {
        expect((await stats.knownDocuments([w.docs.third])).size).toBe(0);
      } finally {
        await stats.close();
      }
    });
  });
}

const sqlitePath = join(mkdtempSync(join(tmpdir(), 'shabaka-curate-')), 'g.db');
describeCurateCli(
  'sqlite',
  () => `sqlite:${sqlitePath}`,
  () => createSqliteStore({ path: sqlitePath }),
);
describeCurateCli(
  'neo4j',
  () => NEO4J.uri,
  () => createNeo4jStore(NEO4J),
);

describe('shabaka ingest after a curation (SQLite, real extraction)', () => {
  it('a deleted entity stays deleted when the same file is ingested again with --force', async () => {
    const spec = `sqlite:${join(mkdtempSync(join(tmpdir(), 'shabaka-curate-')), 'g.db')}`;
    const file = join(REPO, 'examples/english-sample.txt');
    expect((await shabaka(['ingest', file, '--store', spec, '--workers', '0'])).code).toBe(0);
    const [safadi] = await searchIds(spec, 'Safadi', '');
    expect(safadi).toBeDefined();
    expect((await shabaka(['curate', 'delete', safadi!, '--store', spec])).code).toBe(0);
    expect(await searchIds(spec, 'Safadi', '')).toEqual([]);
    expect((await shabaka(['ingest', file, '--store', spec, '--workers', '0', '--force'])).code).toBe(0);
    expect(await searchIds(spec, 'Safadi', '')).toEqual([]);
  });
});

afterAll(async () => {
  // This run's Neo4j data: ids and log keys start with the run prefix, records name it in their JSON.
  const driver = neo4j.driver(NEO4J.uri, neo4j.auth.basic(NEO4J.user, NEO4J.password));
  try {
    await driver.executeQuery(
      `MATCH (n) WHERE n.id STARTS WITH $prefix OR n.key STARTS WITH $prefix OR (n:Curation AND n.json CONTAINS $prefix)
       DETACH DELETE n`,
      { prefix: `t${RUN}neo4j_` },
    );
  } finally {
    await driver.close();
  }
});
