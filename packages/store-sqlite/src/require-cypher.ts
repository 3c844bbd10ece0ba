// requireCypher: narrows a GraphStore to one that speaks Cypher, or says clearly that Cypher needs Neo4j.
import { ShabakaError } from '@shabaka/schema';
import type { GraphStore } from '@shabaka/schema';

export type CypherStore = GraphStore & Required<Pick<GraphStore, 'cypher'>>;

/**
 * Returns the store if it runs Cypher; otherwise throws UNSUPPORTED with a hint to use Neo4j.
 * @example const result = await requireCypher(store).cypher('MATCH (n) RETURN n LIMIT 5');
 */
export function requireCypher(store: GraphStore): CypherStore {
  if (typeof store.cypher !== 'function') {
    throw new ShabakaError('UNSUPPORTED', `Cypher needs Neo4j: the ${store.kind} store cannot run Cypher queries`, {
      hint: 'open a Neo4j store, e.g. --store neo4j://127.0.0.1:7687',
    });
  }
  return store as CypherStore;
}
