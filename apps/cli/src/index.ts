// Public API of @shabaka/cli: a short list of named exports.
export {};
