// The real Neo4j store for server tests (NEO4J_* env with the `pnpm neo4j:start` defaults), and the runaway query
// that a timeout test sends to a server of its own, so the other tests keep a timeout no cold server comes near.
import { ShabakaError } from '@shabaka/schema';
import type { GraphStore } from '@shabaka/schema';
import { createNeo4jStore } from '@shabaka/store-neo4j';
import neo4j from 'neo4j-driver';
import { call, type TestResponse } from './http-client.fixtures.js';
import { startServer } from './server.js';

const uri = process.env.NEO4J_URI ?? 'neo4j://127.0.0.1:7687';

/**
 * Opens the Neo4j store, failing loudly with the command that starts Neo4j.
 * @example const store = await openNeo4j();
 */
export async function openNeo4j(queryTimeoutMs = 30_000): Promise<GraphStore> {
  try {
    return await createNeo4jStore({
      uri,
      user: process.env.NEO4J_USER ?? 'neo4j',
      password: process.env.NEO4J_PASSWORD ?? 'shabaka-local',
      rowLimit: 50,
      queryTimeoutMs,
    });
  } catch (error) {
    throw new ShabakaError('STORE_UNAVAILABLE', `server tests need Neo4j at ${uri}`, {
      hint: 'run `pnpm neo4j:start` (or set NEO4J_URI/NEO4J_USER/NEO4J_PASSWORD)',
      cause: error,
    });
  }
}

/**
 * The answer to a query that would run for minutes, posted to `/api/cypher` of a server over a store whose
 * timeout is `queryTimeoutMs`; server and store are closed again.
 * @example expect((await runawayAnswer(300)).status).toBe(504)
 */
export async function runawayAnswer(queryTimeoutMs: number): Promise<TestResponse> {
  const store = await openNeo4j(queryTimeoutMs);
  const server = await startServer({ store, port: 0, viewerDir: '/nonexistent-viewer' });
  try {
    return await call(server.url, '/api/cypher', {
      method: 'POST',
      json: { query: 'UNWIND range(1, 2000000000) AS x WITH x WHERE x % 7 = 3 RETURN count(x) AS n' },
    });
  } finally {
    await server.close();
    await store.close();
  }
}

/**
 * Deletes a run's rows from the shared Neo4j: nodes whose id or extraction-log key starts with `prefix`, and the
 * curation records naming it.
 * @example await deleteRun('t1a2b3c_')
 */
export async function deleteRun(prefix: string): Promise<void> {
  const driver = neo4j.driver(
    uri,
    neo4j.auth.basic(process.env.NEO4J_USER ?? 'neo4j', process.env.NEO4J_PASSWORD ?? 'shabaka-local'),
  );
  try {
    await driver.executeQuery(
      `MATCH (n) WHERE n.id STARTS WITH $prefix OR n.key STARTS WITH $prefix OR (n:Curation AND n.json CONTAINS $prefix)
       DETACH DELETE n`,
      { prefix },
    );
  } finally {
    await driver.close();
  }
}
