// Public API of @shabaka/store-neo4j: a short list of named exports.

// Store
export { createNeo4jStore, Neo4jStore } from './neo4j-store.js';
export type { Neo4jStoreOptions } from './neo4j-store.js';

// Console
export { assertReadOnly } from './console-guard.js';
