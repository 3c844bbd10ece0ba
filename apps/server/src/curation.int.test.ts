// /api/curation over real HTTP on 127.0.0.1, on SQLite and on the real Neo4j: record, list, survive re-ingest,
// undo, the duplicate queue with rejections, errors, the token, and the OpenAPI document.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  CurationListResponse,
  CurationRecord,
  DuplicatesResponse,
  ErrorBody,
  ExtractionResult,
  SearchResponse,
} from '@shabaka/schema';
import type { GraphStore } from '@shabaka/schema';
import { buildCurationWorld } from '@shabaka/store-contract';
import { createSqliteStore } from '@shabaka/store-sqlite';
import { SETUP_MS, runPrefix } from './graph.fixtures.js';
import { call } from './http-client.fixtures.js';
import { deleteRun, openNeo4j } from './neo4j.fixtures.js';
import { startServer } from './server.js';

const TOKEN = 'curation-token';

/** Two spellings of one man (Arabic script and English), to be proposed as duplicates. */
function twins(prefix: string, token: string): ExtractionResult {
  return ExtractionResult.parse({
    entities: [
      { id: `${prefix}per_umerov_ar`, type: 'PERSON', name: `رستم عمروف ${token}`, nameEn: `Rustem Umerov ${token}` },
      {
        id: `${prefix}per_umerov_en`,
        type: 'PERSON',
        name: `Rustem Umerov ${token}`,
        nameEn: `Rustem Umerov ${token}`,
      },
    ],
  });
}

function describeCurationApi(
  name: string,
  open: () => Promise<GraphStore>,
  cleanup: (prefix: string) => Promise<void>,
) {
  describe(`/api/curation over ${name}`, () => {
    const prefix = `${runPrefix()}_`;
    const token = prefix.slice(1, 9);
    const w = buildCurationWorld(prefix, token);
    let store: GraphStore;
    let url: string;
    let close: () => Promise<void>;
    let secured: string;
    let closeSecured: () => Promise<void>;

    const searchIds = async (q: string) =>
      SearchResponse.parse((await call(url, `/api/search?q=${encodeURIComponent(q)}&limit=100`)).json())
        .results.map((h) => h.id)
        .filter((id) => id.startsWith(prefix));

    beforeAll(async () => {
      store = await open();
      for (const r of [...w.before, twins(prefix, token)]) await store.upsert(r);
      ({ url, close } = await startServer({ store, port: 0, viewerDir: '/nonexistent-viewer' }));
      ({ url: secured, close: closeSecured } = await startServer({
        store,
        port: 0,
        token: TOKEN,
        viewerDir: '/nonexistent-viewer',
      }));
    }, SETUP_MS);
    afterAll(async () => {
      await close?.();
      await closeSecured?.();
      await store?.close();
      await cleanup(prefix);
    });

    it('records a merge, lists it, keeps it through re-ingest and undoes it', async () => {
      const res = await call(url, '/api/curation', {
        method: 'POST',
        json: { action: 'merge', keep: w.ids.ahmad, other: w.ids.abuAli, by: 'lina', why: 'same man' },
      });
      expect(res.status).toBe(200);
      const record = CurationRecord.parse(res.json());
      expect(record).toMatchObject({ action: 'merge', by: 'lina', why: 'same man', undone: false });
      expect(await searchIds(w.names.abuAli)).toEqual([w.ids.ahmad]);

      for (const r of [...w.before, w.later]) await store.upsert(r);
      expect(await searchIds(w.names.abuAli)).toEqual([w.ids.ahmad]);
      expect((await call(url, `/api/entities/${encodeURIComponent(w.ids.abuAli)}`)).status).toBe(404);

      const list = CurationListResponse.parse((await call(url, '/api/curation')).json());
      expect(list.records.map((r) => r.id)).toContain(record.id);

      const undo = await call(url, `/api/curation/${encodeURIComponent(record.id)}?by=omar`, { method: 'DELETE' });
      expect(undo.status).toBe(200);
      expect(CurationRecord.parse(undo.json())).toMatchObject({ id: record.id, undone: true, undoneBy: 'omar' });
      expect(await searchIds(w.names.abuAli)).toEqual([w.ids.abuAli]);
    });

    it('proposes duplicates across scripts and never again once rejected', async () => {
      const pair = [`${prefix}per_umerov_ar`, `${prefix}per_umerov_en`];
      const mine = async () =>
        DuplicatesResponse.parse((await call(url, '/api/curation/duplicates?limit=500')).json()).candidates.filter(
          (c) => c.a.id.startsWith(prefix) && c.b.id.startsWith(prefix),
        );
      const before = await mine();
      const proposed = before.find((c) => [c.a.id, c.b.id].sort().join() === pair.join());
      expect(proposed?.reasons[0]).toMatch(/^names 1\.00/);
      const reject = await call(url, '/api/curation', {
        method: 'POST',
        json: { action: 'distinct', a: pair[1], b: pair[0] },
      });
      expect(CurationRecord.parse(reject.json())).toMatchObject({ action: 'distinct', targets: pair });
      const after = await mine();
      expect(after.some((c) => [c.a.id, c.b.id].sort().join() === pair.join())).toBe(false);
      // A rejection changes no fact: both are still there.
      for (const id of pair) expect((await call(url, `/api/entities/${encodeURIComponent(id)}`)).status).toBe(200);
    });

    it('answers 404 for unknown targets and decisions, 400 for a bad request', async () => {
      const unknown = await call(url, '/api/curation', {
        method: 'POST',
        json: { action: 'delete', id: `${prefix}nobody` },
      });
      expect(unknown.status).toBe(404);
      expect(ErrorBody.parse(unknown.json()).code).toBe('NOT_FOUND');
      const noRecord = await call(url, `/api/curation/${prefix}cur_none`, { method: 'DELETE' });
      expect(noRecord.status).toBe(404);
      const bad = await call(url, '/api/curation', { method: 'POST', json: { action: 'explode', id: w.ids.ahmad } });
      expect(bad.status).toBe(400);
      expect(ErrorBody.parse(bad.json())).toMatchObject({ code: 'INVALID_INPUT' });
      const noTarget = await call(url, '/api/curation', {
        method: 'POST',
        json: { action: 'merge', keep: w.ids.ahmad },
      });
      expect(noTarget.status).toBe(400);
      expect(noTarget.json().error).toContain('other');
    });

    it('is guarded by the server token like every write', async () => {
      const body = { action: 'delete', id: w.ids.karim };
      expect((await call(secured, '/api/curation', { method: 'POST', json: body })).status).toBe(401);
      expect((await call(secured, '/api/curation')).status).toBe(401);
      expect((await call(secured, '/api/curation/x', { method: 'DELETE' })).status).toBe(401);
      const wrong = await call(secured, '/api/curation', {
        method: 'POST',
        json: body,
        headers: { authorization: 'Bearer nope' },
      });
      expect(wrong.status).toBe(401);
      expect(await store.entity(w.ids.karim)).not.toBeNull();
      const ok = await call(secured, '/api/curation', {
        method: 'POST',
        json: body,
        headers: { authorization: `Bearer ${TOKEN}` },
      });
      expect(ok.status).toBe(200);
      expect(await store.entity(w.ids.karim)).toBeNull();
    });

    it('is in the OpenAPI document', async () => {
      const doc = (await call(url, '/openapi.json')).json() as { paths: Record<string, Record<string, unknown>> };
      expect(Object.keys(doc.paths['/api/curation'] ?? {}).sort()).toEqual(['get', 'post']);
      expect(Object.keys(doc.paths['/api/curation/{id}'] ?? {})).toEqual(['delete']);
      expect(Object.keys(doc.paths['/api/curation/duplicates'] ?? {})).toEqual(['get']);
    });
  });
}

describeCurationApi(
  'sqlite',
  () => createSqliteStore({ path: join(mkdtempSync(join(tmpdir(), 'shabaka-curation-api-')), 'g.db') }),
  async () => {},
);
describeCurationApi('neo4j', openNeo4j, deleteRun);
