// Public API of @shabaka/__NAME__: a short list of named exports.
export {};
