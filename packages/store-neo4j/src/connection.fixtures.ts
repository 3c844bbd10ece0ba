// Connection settings for integration tests and the bench: env with the `pnpm neo4j:start` defaults.
import { ShabakaError } from '@shabaka/schema';
import neo4j from 'neo4j-driver';
import { createNeo4jStore } from './neo4j-store.js';
import type { Neo4jStore, Neo4jStoreOptions } from './neo4j-store.js';

/** NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD, defaulting to the local dev server. */
export function testConnection(): Neo4jStoreOptions {
  return {
    uri: process.env.NEO4J_URI ?? 'neo4j://127.0.0.1:7687',
    user: process.env.NEO4J_USER ?? 'neo4j',
    password: process.env.NEO4J_PASSWORD ?? 'shabaka-local',
  };
}

/**
 * Opens the store, failing loudly (never skipping) with the command that starts Neo4j.
 * @example const store = await openTestStore({ queryTimeoutMs: 500 })
 */
export async function openTestStore(extra: Partial<Neo4jStoreOptions> = {}): Promise<Neo4jStore> {
  const options = { ...testConnection(), ...extra };
  try {
    return await createNeo4jStore(options);
  } catch (error) {
    if (error instanceof ShabakaError && error.code === 'STORE_UNAVAILABLE') {
      throw new ShabakaError('STORE_UNAVAILABLE', `store-neo4j tests need Neo4j at ${options.uri}`, {
        hint: 'run `pnpm neo4j:start` (or set NEO4J_URI/NEO4J_USER/NEO4J_PASSWORD)',
        cause: error,
      });
    }
    throw error;
  }
}

/**
 * Deletes every Article, Sentence, Entity and Event whose id starts with `prefix`, with their extraction log and
 * curation records (test and bench data only; ids are run-unique), in batches so big fixtures don't need one huge
 * transaction.
 * @example await deleteByIdPrefix('t1x2y_')
 */
export async function deleteByIdPrefix(prefix: string): Promise<number> {
  if (prefix.length < 4)
    throw new ShabakaError('INVALID_INPUT', `store-neo4j: refusing to delete by the short prefix "${prefix}"`);
  const { uri, user, password } = testConnection();
  const driver = neo4j.driver(uri, neo4j.auth.basic(user, password));
  let deleted = 0;
  try {
    // The extraction log is keyed by document id; curation records name their (prefixed) targets in their JSON.
    const kinds = [
      ...['Sentence', 'Event', 'Article', 'Entity'].map((label) => `(n:${label}) WHERE n.id STARTS WITH $prefix`),
      '(n:ExtractionSlice) WHERE n.key STARTS WITH $prefix',
      '(n:Curation) WHERE n.json CONTAINS $prefix',
    ];
    for (const match of kinds) {
      for (;;) {
        const result = await driver.executeQuery(
          `MATCH ${match} WITH n LIMIT 5000 DETACH DELETE n RETURN count(*) AS n`,
          { prefix },
        );
        const n = result.records[0]?.get('n') as { toNumber(): number } | undefined;
        const count = n?.toNumber() ?? 0;
        deleted += count;
        if (count === 0) break;
      }
    }
  } finally {
    await driver.close();
  }
  return deleted;
}
