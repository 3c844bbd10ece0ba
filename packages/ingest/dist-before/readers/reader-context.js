export {};
//# sourceMappingURL=reader-context.js.map
