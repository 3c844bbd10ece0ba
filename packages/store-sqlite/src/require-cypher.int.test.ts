// Integration tests for requireCypher (on a real in-memory SQLite store): SQLite says clearly that Cypher needs Neo4j.
import { describe, expect, test } from '@jest/globals';
import { ShabakaError } from '@shabaka/schema';
import type { GraphStore } from '@shabaka/schema';
import { createSqliteStore } from './sqlite-store.js';
import { requireCypher } from './require-cypher.js';

describe('requireCypher', () => {
  test('throws UNSUPPORTED naming Neo4j for the SQLite store', async () => {
    const store = await createSqliteStore({ path: ':memory:' });
    try {
      expect(() => requireCypher(store)).toThrow(ShabakaError);
      expect(() => requireCypher(store)).toThrow(/Cypher needs Neo4j/);
    } finally {
      await store.close();
    }
  });

  test('returns a store that has cypher', () => {
    // Only the two members requireCypher looks at matter here.
    const neo4jLike = {
      kind: 'neo4j',
      cypher: async () => ({ columns: [], rows: [], graph: { nodes: [], edges: [] }, truncated: false }),
    } as unknown as GraphStore;
    expect(requireCypher(neo4jLike)).toBe(neo4jLike);
  });
});
