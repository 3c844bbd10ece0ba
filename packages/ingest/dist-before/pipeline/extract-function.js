// The extraction function the pipeline runs (in workers or in-process): extract() from ../extract.
export { extract } from '../extract/index.js';
//# sourceMappingURL=extract-function.js.map
