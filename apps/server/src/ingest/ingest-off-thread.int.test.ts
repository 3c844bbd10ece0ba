// POST /api/ingest extracts on a worker thread: a long article being ingested must not stall other requests.
import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { readContent } from '@shabaka/ingest';
import type { GraphStore } from '@shabaka/schema';
import { createSqliteStore } from '@shabaka/store-sqlite';
import { startServer } from '../server.js';

// The bundled sample page, six times over (≈110k characters): its extraction takes seconds.
const sample = readFileSync(new URL('../../../../examples/asharq-page.txt', import.meta.url), 'utf8');
const longArticle = Array.from({ length: 6 }, () => sample).join('\n\n');

describe('ingest off the request thread', () => {
  let store: GraphStore;
  let server: { url: string; close(): Promise<void> };
  beforeAll(async () => {
    store = await createSqliteStore({ path: ':memory:' });
    server = await startServer({ store, port: 0 });
  });
  afterAll(async () => {
    await server.close();
    await store.close();
  });

  test('health answers while a long article is being extracted, and the article is stored', async () => {
    const order: string[] = [];
    const ingest = fetch(`${server.url}/api/ingest`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain; charset=utf-8' },
      body: longArticle,
    }).then(async (res) => {
      order.push('ingest');
      return { status: res.status, body: (await res.json()) as { documents: number; entities: number } };
    });
    // Give the server time to receive the article and start extracting it.
    await sleep(500);
    const health = await fetch(`${server.url}/api/health`);
    order.push('health');
    expect(health.status).toBe(200);
    const done = await ingest;
    expect(done.status).toBe(200);
    // Pasted text is read as `shabaka ingest` reads the file: the repeated page splits into its articles
    // (the six copies of each are one document).
    const read = new Set<string>();
    for await (const r of readContent(longArticle, 'pasted text')) if (r.ok) read.add(r.document.id);
    expect(read.size).toBeGreaterThan(1);
    expect(done.body.documents).toBe(read.size);
    expect(done.body.entities).toBeGreaterThan(20);
    expect(order).toEqual(['health', 'ingest']);
  }, 120_000);
});
