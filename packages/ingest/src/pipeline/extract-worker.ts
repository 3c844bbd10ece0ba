// Worker thread body: extracts one document per message (imports extract from the built package).
import { parentPort } from 'node:worker_threads';
import { ShabakaError, type Document } from '@shabaka/schema';
import { extract } from './extract-function.js';
import type { ExtractOptions } from './extract-function.js';

export interface WorkerTask {
  id: number;
  document: Document;
  options: ExtractOptions;
}

parentPort?.on('message', (task: WorkerTask) => {
  try {
    parentPort?.postMessage({ id: task.id, result: extract(task.document, task.options) });
  } catch (cause) {
    const error = cause as Error;
    // The code crosses too, so the pool can tell a model that cannot load (fatal) from one bad document.
    const code = cause instanceof ShabakaError ? cause.code : undefined;
    parentPort?.postMessage({ id: task.id, error: { message: error.message, name: error.name, code } });
  }
});
