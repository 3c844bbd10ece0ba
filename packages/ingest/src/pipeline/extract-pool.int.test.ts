// The threaded pool with a stand-in worker script (same message protocol as extract-worker.ts):
// results come back, workers are recycled after N documents, and a crash fails only its documents.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { Document, ShabakaError } from '@shabaka/schema';
import { createExtractPool, isSetupError } from './extract-pool.js';

const WORKER = `
import { parentPort, threadId } from 'node:worker_threads';
parentPort.on('message', ({ id, document }) => {
  if (document.title === 'crash') process.exit(3);
  if (document.title === 'throw') return parentPort.postMessage({ id, error: { message: 'bad document' } });
  if (document.title === 'model') return parentPort.postMessage({ id, error: { message: 'no model', code: 'MODEL_MISSING' } });
  parentPort.postMessage({ id, result: { documents: [document], sentences: [], entities: [], relations: [],
    events: [{ id: 'thread-' + threadId }] } });
});`;

function workerFile(): string {
  const path = join(mkdtempSync(join(tmpdir(), 'shabaka-pool-')), 'worker.mjs');
  writeFileSync(path, WORKER);
  return path;
}
const doc = (title: string, i = 0) => Document.parse({ id: `doc_${title}_${i}`, title, text: 'x', lang: 'en' });
const threadOf = (r: { events: { id: string }[] }) => r.events[0]?.id;

describe('createExtractPool with worker threads', () => {
  it('returns results and replaces a worker after recycleAfter documents', async () => {
    const pool = createExtractPool(1, { workerFile: workerFile(), recycleAfter: 3 });
    const results = [];
    for (let i = 0; i < 7; i++) results.push(await pool.run(doc('ok', i), {}));
    await pool.close();
    expect(results.map((r) => r.documents[0]?.id)).toEqual([0, 1, 2, 3, 4, 5, 6].map((i) => `doc_ok_${i}`));
    const threads = results.map(threadOf);
    expect(new Set(threads).size).toBe(3);
    expect(threads[0]).toBe(threads[2]);
    expect(threads[3]).not.toBe(threads[2]);
  });

  it('fails only the documents of a crashed worker and goes on with a new one', async () => {
    const pool = createExtractPool(1, { workerFile: workerFile() });
    await expect(pool.run(doc('throw'), {})).rejects.toThrow('extract: bad document');
    await expect(pool.run(doc('crash'), {})).rejects.toThrow('extraction worker exited');
    await new Promise((r) => setTimeout(r, 50));
    expect((await pool.run(doc('ok'), {})).documents).toHaveLength(1);
    expect(pool.broken).toBe(false);
    await pool.close();
  });

  it('keeps the code of a typed error thrown in the worker, so a model that cannot load is recognised', async () => {
    const pool = createExtractPool(1, { workerFile: workerFile() });
    const error = await pool.run(doc('model'), {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ShabakaError);
    expect(error).toMatchObject({ code: 'MODEL_MISSING', message: 'no model' });
    expect(isSetupError(error)).toBe(true);
    expect(isSetupError(await pool.run(doc('throw'), {}).catch((e: unknown) => e))).toBe(false);
    await pool.close();
  });

  it('gives up after repeated crashes with a hint', async () => {
    const pool = createExtractPool(1, { workerFile: workerFile() });
    for (let i = 0; i < 4; i++) {
      await pool.run(doc('crash', i), {}).catch(() => undefined);
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(pool.broken).toBe(true);
    await expect(pool.run(doc('ok'), {})).rejects.toThrow(/crashed 4 times.*--workers 0/);
    await pool.close();
  });
});
