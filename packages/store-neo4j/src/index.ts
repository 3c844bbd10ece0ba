// Public API of @shabaka/store-neo4j: a short list of named exports.
export {};
