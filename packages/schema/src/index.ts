// Public API of @shabaka/schema: a short list of named exports.
export {};
