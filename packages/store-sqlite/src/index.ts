// Public API of @shabaka/store-sqlite: a short list of named exports.
export {};
