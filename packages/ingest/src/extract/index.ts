// Public API of the extraction stage: extract() and its options.
export { extract, EXTRACTOR_VERSION } from './extract.js';
export type { ExtractOptions } from './extract.js';
export type { TagFn } from './tagger.js';
