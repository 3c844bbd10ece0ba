// Public API of @shabaka/store-contract: a short list of named exports.
export {};
