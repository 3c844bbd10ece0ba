// Public API of @shabaka/text: a short list of named exports.
export {};
export const placeholder = (): number => 1;
