export { extract } from '../extract/index.js';
export type { ExtractOptions } from '../extract/index.js';
//# sourceMappingURL=extract-function.d.ts.map
