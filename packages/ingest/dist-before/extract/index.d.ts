export { extract, EXTRACTOR_VERSION } from './extract.js';
export type { ExtractOptions } from './extract.js';
export type { TagFn } from './tagger.js';
//# sourceMappingURL=index.d.ts.map
