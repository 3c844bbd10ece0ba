// Worker thread body: extracts one document per message (imports extract from the built package).
import { parentPort } from 'node:worker_threads';
import { extract } from './extract-function.js';
parentPort?.on('message', (task) => {
  try {
    parentPort?.postMessage({ id: task.id, result: extract(task.document, task.options) });
  } catch (cause) {
    const error = cause;
    parentPort?.postMessage({ id: task.id, error: { message: error.message, name: error.name } });
  }
});
//# sourceMappingURL=extract-worker.js.map
