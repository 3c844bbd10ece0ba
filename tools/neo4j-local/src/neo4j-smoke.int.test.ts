// Smoke test of the Neo4j that integration tests use: auth, constraints, writes, the arabic analyzer, timeouts.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import neo4j from 'neo4j-driver';
import type { Driver } from 'neo4j-driver';

const uri = process.env.NEO4J_URI ?? 'neo4j://127.0.0.1:7687';
const user = process.env.NEO4J_USER ?? 'neo4j';
const password = process.env.NEO4J_PASSWORD ?? 'shabaka-local';

// One label per run: parallel runs and other suites sharing the database never see each other's nodes or schema.
const runId = `${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
const label = `SmokeTest_${runId}`;
const constraintName = `smoke_id_${runId}`;
const indexName = `smoke_names_${runId}`;

let driver: Driver;

function errorCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : String(error);
}

beforeAll(async () => {
  driver = neo4j.driver(uri, neo4j.auth.basic(user, password));
  try {
    await driver.verifyConnectivity();
  } catch (error) {
    await driver.close();
    throw new Error(
      `Neo4j is not reachable at ${uri} — start one with \`pnpm neo4j:start\` (${errorCode(error)}: ${
        error instanceof Error ? error.message : String(error)
      })`,
    );
  }
}, 30_000);

afterAll(async () => {
  if (!driver) return;
  try {
    await driver.executeQuery(`MATCH (n:${label}) DETACH DELETE n`);
    await driver.executeQuery(`DROP INDEX ${indexName} IF EXISTS`);
    await driver.executeQuery(`DROP CONSTRAINT ${constraintName} IF EXISTS`);
  } finally {
    await driver.close();
  }
}, 30_000);

describe('local Neo4j', () => {
  it('rejects an unknown user, so auth is enabled', async () => {
    // An unknown user, not a wrong password for neo4j: failed logins of neo4j would lock it for everyone briefly.
    const stranger = neo4j.driver(uri, neo4j.auth.basic(`nobody_${runId}`, 'not-the-password'));
    try {
      await expect(stranger.executeQuery('RETURN 1')).rejects.toMatchObject({
        code: 'Neo.ClientError.Security.Unauthorized',
      });
    } finally {
      await stranger.close();
    }
  });

  it('enforces a uniqueness constraint and reads back what it wrote', async () => {
    await driver.executeQuery(
      `CREATE CONSTRAINT ${constraintName} IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`,
    );
    const id = `smoke-${runId}`;
    await driver.executeQuery(`CREATE (:${label} {id: $id, name: $name})`, { id, name: 'رجب طيب إردوغان' });

    const { records } = await driver.executeQuery(`MATCH (n:${label} {id: $id}) RETURN n.name AS name`, { id });
    expect(records.map((r) => r.get('name'))).toEqual(['رجب طيب إردوغان']);

    const duplicate = driver.executeQuery(`CREATE (:${label} {id: $id})`, { id });
    await expect(duplicate).rejects.toMatchObject({ code: 'Neo.ClientError.Schema.ConstraintValidationFailed' });
  });

  it('lists the arabic full-text analyzer and matches Arabic text through it', async () => {
    const { records } = await driver.executeQuery(
      'CALL db.index.fulltext.listAvailableAnalyzers() YIELD analyzer RETURN collect(analyzer) AS analyzers',
    );
    expect(records[0]?.get('analyzers')).toContain('arabic');

    await driver.executeQuery(`CREATE (:${label} {id: $id, name: $name})`, {
      id: `fulltext-${runId}`,
      name: 'والرئيس التركي رجب طيب إردوغان',
    });
    await driver.executeQuery(
      `CREATE FULLTEXT INDEX ${indexName} IF NOT EXISTS FOR (n:${label}) ON EACH [n.name]
       OPTIONS {indexConfig: {\`fulltext.analyzer\`: 'arabic'}}`,
    );
    await driver.executeQuery('CALL db.awaitIndexes(60)');
    // The analyzer unifies alef forms (اردوغان ~ إردوغان) and strips the و/ال proclitics (الرئيس ~ والرئيس).
    const hits = await driver.executeQuery(
      `CALL db.index.fulltext.queryNodes($index, $q) YIELD node RETURN collect(node.id) AS ids`,
      { index: indexName, q: 'الرئيس AND اردوغان' },
    );
    expect(hits.records[0]?.get('ids')).toEqual([`fulltext-${runId}`]);
  }, 90_000);

  it('honours a per-transaction timeout set by the client', async () => {
    const session = driver.session();
    try {
      const slow = session.run('UNWIND range(1, 2000000000) AS x RETURN count(x) AS n', {}, { timeout: 200 });
      await expect(slow).rejects.toMatchObject({ code: expect.stringContaining('TransactionTimedOut') });
    } finally {
      await session.close();
    }
  }, 60_000);
});
