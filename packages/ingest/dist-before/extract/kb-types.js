export {};
//# sourceMappingURL=kb-types.js.map
