// Public API of @shabaka/ingest: a short list of named exports.
export {};
