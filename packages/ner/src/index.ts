// Public API of @shabaka/ner: a short list of named exports.
export {};
