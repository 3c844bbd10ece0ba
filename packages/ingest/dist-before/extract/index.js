// Public API of the extraction stage: extract() and its options.
export { extract, EXTRACTOR_VERSION } from './extract.js';
//# sourceMappingURL=index.js.map
