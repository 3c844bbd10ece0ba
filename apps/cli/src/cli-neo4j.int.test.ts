// `shabaka ingest` into the real Neo4j: written once, skipped on a re-run, queryable with `shabaka query`.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import neo4j from 'neo4j-driver';
import { REPO, requireBuiltCli, runShabaka } from './cli.fixtures.js';

const URI = process.env.NEO4J_URI ?? 'neo4j://127.0.0.1:7687';
const USER = process.env.NEO4J_USER ?? 'neo4j';
const PASSWORD = process.env.NEO4J_PASSWORD ?? 'shabaka-local';
const RUN = randomUUID().slice(0, 8);
const env = { NEO4J_USER: USER, NEO4J_PASSWORD: PASSWORD };
const driver = neo4j.driver(URI, neo4j.auth.basic(USER, PASSWORD));
let docIds: string[] = [];

jest.setTimeout(180_000);
beforeAll(async () => {
  requireBuiltCli();
  try {
    await driver.verifyConnectivity();
  } catch (cause) {
    throw new Error(
      `cli neo4j tests: Neo4j is not reachable at ${URI} (start it with pnpm neo4j:start): ${(cause as Error).message}`,
    );
  }
});
afterAll(async () => {
  // Remove only this run's articles and sentences; entities may be shared with other writers.
  await driver.executeQuery(
    'MATCH (a:Article) WHERE a.id IN $ids OPTIONAL MATCH (a)-[:HAS_SENTENCE]->(s) DETACH DELETE a, s',
    { ids: docIds },
  );
  await driver.close();
});

/** The seed page with a run marker in every paragraph, so this run's document ids are its own. */
function uniquePage(): string {
  const page = readFileSync(join(REPO, 'examples/asharq-page.txt'), 'utf8');
  const marked = page.replace(/\.$/gmu, ` (run ${RUN}).`);
  const path = join(mkdtempSync(join(tmpdir(), 'shabaka-neo4j-')), 'page.txt');
  writeFileSync(path, marked);
  return path;
}

describe('shabaka ingest into Neo4j', () => {
  it('writes the 9 segments once, skips them on a re-run, and answers shabaka query', async () => {
    const page = uniquePage();
    const extracted = await runShabaka(['extract', page], { env });
    docIds = extracted.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { kind: string; id: string })
      .filter((l) => l.kind === 'document')
      .map((l) => l.id);
    expect(docIds).toHaveLength(9);

    const first = await runShabaka(['ingest', page, '--store', URI], { env });
    expect(first.stderr).toMatch(/written\s+9/);
    expect(first.code).toBe(0);
    const second = await runShabaka(['ingest', page, '--store', URI], { env });
    expect(second.stderr).toMatch(/skipped \(already stored\)\s+9/);
    expect(second.stderr).toMatch(/written\s+0/);

    const q = await runShabaka(
      [
        'query',
        'MATCH (a:Article) WHERE a.id IN $ids RETURN a.kind AS kind, count(*) AS n ORDER BY kind',
        '--param',
        `ids=${JSON.stringify(docIds)}`,
        '--json',
        '--store',
        URI,
      ],
      { env },
    );
    expect(q.code).toBe(0);
    expect(JSON.parse(q.stdout)).toMatchObject({
      columns: ['kind', 'n'],
      rows: [
        ['article', 4],
        ['teaser', 5],
      ],
    });
  });

  it('reads credentials from NEO4J_* env with SHABAKA_STORE', async () => {
    const r = await runShabaka(['stats', '--json'], { env: { ...env, SHABAKA_STORE: URI } });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ documents: expect.any(Number), byType: expect.any(Object) });
  });

  it('reports a wrong password as one clear line with a hint', async () => {
    const r = await runShabaka(['stats', '--store', URI], {
      env: { NEO4J_USER: USER, NEO4J_PASSWORD: `wrong-${RUN}` },
    });
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});
