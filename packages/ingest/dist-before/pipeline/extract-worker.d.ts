import type { Document } from '@shabaka/schema';
import type { ExtractOptions } from './extract-function.js';
export interface WorkerTask {
  id: number;
  document: Document;
  options: ExtractOptions;
}
//# sourceMappingURL=extract-worker.d.ts.map
