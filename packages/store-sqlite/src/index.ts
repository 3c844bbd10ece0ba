// Public API of @shabaka/store-sqlite: the embedded GraphStore and its Cypher guard.

// Store
export { createSqliteStore, SqliteStore } from './sqlite-store.js';
export type { SqliteStoreOptions } from './sqlite-store.js';

// Cypher is Neo4j-only
export { requireCypher } from './require-cypher.js';
export type { CypherStore } from './require-cypher.js';

// Search normalisation (shared with anything that must match the store's keys)
export { searchKey, searchTokens } from './search-key.js';
