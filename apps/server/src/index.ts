// Public API of @shabaka/server: a short list of named exports.
export {};
