// The HTTP route suite: every route over real HTTP on 127.0.0.1, against whatever GraphStore `open` returns.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
// Answers are parsed with the API schemas of @shabaka/schema, the ones the viewer's client validates with.
import * as api from '@shabaka/schema';
import type { GraphStore } from '@shabaka/schema';
import { call, multipart } from './http-client.fixtures.js';
import { SETUP_MS, newsFixture, runPrefix } from './graph.fixtures.js';
import type { ExtractFn } from './ingest/extract-fn.js';
import { startServer } from './server.js';

export interface SuiteOptions {
  /** The extractor the ingest route uses; undefined = the real `extract` of @shabaka/ingest. */
  extract?: ExtractFn;
  /** Arabic text whose extraction yields an entity found by searching `expectSearch`. */
  ingestText: string;
  expectSearch: string;
}

/**
 * Registers the route suite for one store.
 * @example describeServerRoutes('sqlite', () => createSqliteStore({ path }), { ingestText, expectSearch })
 */
export function describeServerRoutes(name: string, open: () => Promise<GraphStore>, suite: SuiteOptions): void {
  describe(`server over ${name}`, () => {
    const prefix = runPrefix();
    const { result, ids } = newsFixture(prefix);
    let store: GraphStore;
    let url: string;
    let close: () => Promise<void>;
    let securedUrl: string;
    let closeSecured: () => Promise<void>;

    beforeAll(async () => {
      store = await open();
      await store.upsert(result);
      const extract = suite.extract ? { extract: suite.extract } : {};
      ({ url, close } = await startServer({ store, port: 0, viewerDir: '/nonexistent-viewer', ...extract }));
      ({ url: securedUrl, close: closeSecured } = await startServer({
        store,
        port: 0,
        token: 'correct-horse-battery',
        viewerDir: '/nonexistent-viewer',
      }));
    }, SETUP_MS);
    afterAll(async () => {
      await close?.();
      await closeSecured?.();
      await store?.close();
    });

    describe('read routes', () => {
      it('binds 127.0.0.1 and answers health with the store kind', async () => {
        expect(new URL(url).hostname).toBe('127.0.0.1');
        const res = await call(url, '/api/health');
        expect(res.status).toBe(200);
        expect(api.HealthResponse.parse(res.json())).toMatchObject({
          ok: true,
          store: store.kind,
          cypher: typeof store.cypher === 'function',
        });
      });

      it('returns an overview whose nodes carry a score and a PageRank', async () => {
        const res = await call(url, '/api/overview?limit=5000');
        expect(res.status).toBe(200);
        const graph = api.GraphData.parse(res.json());
        const fidan = graph.nodes.find((n) => n.id === ids.fidan);
        expect(fidan).toBeDefined();
        expect(fidan?.score).toBeGreaterThan(0);
        expect(typeof fidan?.attributes?.pagerank).toBe('number');
      });

      it('finds an entity by its Arabic and English names', async () => {
        const ar = await call(url, `/api/search?q=${encodeURIComponent(`فيدان${prefix}`)}&limit=5`);
        expect(ar.status).toBe(200);
        expect(api.SearchResponse.parse(ar.json()).results.map((r) => r.id)).toContain(ids.fidan);
        const en = await call(url, `/api/search?q=${encodeURIComponent(`Umerov ${prefix}`)}&types=PERSON`);
        expect(api.SearchResponse.parse(en.json()).results[0]).toMatchObject({ id: ids.umerov, type: 'PERSON' });
      });

      it('returns the entity card with evidence sentences', async () => {
        const res = await call(url, `/api/entities/${ids.fidan}`);
        expect(res.status).toBe(200);
        const body = api.EntityDetail.parse(res.json());
        expect(body.entity).toMatchObject({ id: ids.fidan, nameEn: `Hakan Fidan ${prefix}` });
        expect(Array.isArray(body.roles)).toBe(true);
        expect(body.neighbors.map((n) => n.id)).toContain(ids.umerov);
        // Each neighbour says how the text tells the relation, so a client can set plans and denials apart.
        expect(body.neighbors.find((n) => n.id === ids.umerov)?.modality).toBe('asserted');
        expect(body.evidence.length).toBeGreaterThan(0);
        expect(body.evidence[0]?.doc.id).toBe(ids.doc);
      });

      it('expands neighbours with a predicate filter', async () => {
        const res = await call(url, `/api/entities/${ids.fidan}/neighbors?predicates=MET&depth=1`);
        expect(res.status).toBe(200);
        const graph = api.GraphData.parse(res.json());
        const nodeIds = graph.nodes.map((n) => n.id);
        expect(nodeIds).toContain(ids.umerov);
        expect(nodeIds).not.toContain(ids.turkey);
        expect(graph.edges.every((e) => e.type === 'MET')).toBe(true);
        expect(typeof graph.more).toBe('number');
      });

      it('finds the shortest path Erdogan → Umerov through Turkey and Fidan', async () => {
        const res = await call(url, `/api/path?from=${ids.erdogan}&to=${ids.umerov}`);
        expect(res.status).toBe(200);
        const graph = api.GraphData.parse(res.json());
        expect(graph.nodes.map((n) => n.id).sort()).toEqual([ids.erdogan, ids.fidan, ids.turkey, ids.umerov].sort());
      });

      it('answers 404 when there is no path', async () => {
        const res = await call(url, `/api/path?from=${ids.erdogan}&to=per_${prefix}_nobody`);
        expect(res.status).toBe(404);
        expect(api.ErrorBody.parse(res.json()).error).toMatch(/no path/);
      });

      it('lists events by participant', async () => {
        const res = await call(url, `/api/events?participant=${ids.fidan}&from=2025-01-01&to=2025-12-31`);
        expect(res.status).toBe(200);
        const { events } = api.EventsResponse.parse(res.json());
        expect(events.map((e) => e.id)).toContain(ids.event);
      });

      it('computes communities that put the fixture into the graph', async () => {
        const res = await call(url, '/api/communities');
        expect(res.status).toBe(200);
        const body = api.CommunitiesResponse.parse(res.json());
        expect(typeof body.communities[ids.fidan]).toBe('number');
        // A leaf always joins its only neighbour's community: Erdogan (LEADS Turkey), Ankara (visited by Umerov).
        expect(body.communities[ids.erdogan]).toBe(body.communities[ids.turkey]);
        expect(body.communities[ids.ankara]).toBe(body.communities[ids.umerov]);
        expect(body.count).toBeGreaterThan(0);
      });

      it('exports GEXF and contract JSONL holding the fixture', async () => {
        const gexf = await call(url, '/api/export?format=gexf');
        expect(gexf.status).toBe(200);
        expect(gexf.headers['content-type']).toMatch(/gexf/);
        expect(gexf.body).toContain(`id="${ids.fidan}"`);
        const jsonl = await call(url, '/api/export?format=jsonl');
        expect(jsonl.status).toBe(200);
        const lines = jsonl.body
          .trim()
          .split('\n')
          .map((line, i) => api.parseContractLine(line, i + 1));
        expect(lines.some((l) => l.kind === 'entity' && l.id === ids.fidan)).toBe(true);
        expect(lines.some((l) => l.kind === 'relation' && l.predicate === 'MET')).toBe(true);
      });

      it('serves an OpenAPI document listing every route', async () => {
        const res = await call(url, '/openapi.json');
        expect(res.status).toBe(200);
        const paths = Object.keys(res.json().paths);
        for (const path of [
          '/api/overview',
          '/api/entities/{id}/neighbors',
          '/api/cypher',
          '/api/ingest',
          '/api/export',
        ]) {
          expect(paths).toContain(path);
        }
      });
    });

    describe('bad input', () => {
      it.each([
        ['/api/overview?limit=0', 'limit'],
        ['/api/overview?limit=abc', 'limit'],
        ['/api/search?q=', 'q'],
        [`/api/entities/${'x'}/neighbors?depth=9`, 'depth'],
        [`/api/entities/${'x'}/neighbors?predicates=LOVES`, 'predicates'],
        ['/api/path?from=a', 'to'],
        ['/api/events?types=PARTY', 'types'],
        ['/api/events?from=yesterday', 'from'],
        ['/api/export?format=pdf', 'format'],
      ])('%s → 400 naming %s', async (path, field) => {
        const res = await call(url, path);
        expect(res.status).toBe(400);
        const body = api.ErrorBody.parse(res.json());
        expect(body.code).toBe('INVALID_INPUT');
        expect(body.issues?.map((i) => i.path.split('.')[0])).toContain(field);
      });

      it('answers 404 JSON for an unknown entity and route', async () => {
        const entity = await call(url, `/api/entities/per_${prefix}_nobody`);
        expect(entity.status).toBe(404);
        expect(entity.json()).toMatchObject({ code: 'NOT_FOUND' });
        const route = await call(url, '/api/nope');
        expect(route.status).toBe(404);
        expect(route.json()).toMatchObject({ code: 'ROUTE_NOT_FOUND' });
      });

      it('rejects malformed JSON with 400', async () => {
        const res = await call(url, '/api/ingest', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{"text": ',
        });
        expect(res.status).toBe(400);
        expect(res.json().code).toBe('INVALID_INPUT');
      });

      it('answers 413 JSON for a JSON body over 2 MB', async () => {
        const res = await call(url, '/api/ingest', { method: 'POST', json: { text: 'ا'.repeat(1_500_000) } });
        expect(res.status).toBe(413);
        expect(res.json()).toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
      });

      it('answers 413 JSON for an upload over 20 MB', async () => {
        const { body, contentType } = multipart({}, [
          { name: 'big.txt', content: Buffer.alloc(21 * 1024 * 1024, 0x61) },
        ]);
        const res = await call(url, '/api/ingest', { method: 'POST', headers: { 'content-type': contentType }, body });
        expect(res.status).toBe(413);
        expect(res.json()).toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
      });

      it('serves a helpful page when the viewer is not built', async () => {
        const res = await call(url, '/graph/some-view');
        expect(res.status).toBe(404);
        expect(res.headers['content-type']).toMatch(/text\/html/);
        expect(res.body).toMatch(/viewer is not built/);
      });
    });

    describe('security', () => {
      it('answers 401 without the token and 200 with it', async () => {
        const none = await call(securedUrl, '/api/search?q=x');
        expect(none.status).toBe(401);
        expect(none.json()).toMatchObject({ code: 'UNAUTHORIZED' });
        const wrong = await call(securedUrl, '/api/health', { headers: { authorization: 'Bearer correct-horse' } });
        expect(wrong.status).toBe(401);
        const ingest = await call(securedUrl, '/api/ingest', { method: 'POST', json: { text: 'نص' } });
        expect(ingest.status).toBe(401);
        const right = await call(securedUrl, '/api/health', {
          headers: { authorization: 'Bearer correct-horse-battery' },
        });
        expect(right.status).toBe(200);
      });

      it('sends CORS headers for its own origin only', async () => {
        const own = await call(url, '/api/health', { headers: { origin: url } });
        expect(own.headers['access-control-allow-origin']).toBe(url);
        const ownPreflight = await call(url, '/api/ingest', {
          method: 'OPTIONS',
          headers: { origin: url, 'access-control-request-method': 'POST' },
        });
        expect(ownPreflight.status).toBe(204);
        expect(ownPreflight.headers['access-control-allow-methods']).toMatch(/POST/);
        expect(ownPreflight.headers['access-control-allow-headers']).toMatch(/Authorization/);
        const foreign = await call(url, '/api/health', { headers: { origin: 'http://evil.example' } });
        expect(foreign.headers['access-control-allow-origin']).toBeUndefined();
        const preflight = await call(url, '/api/ingest', {
          method: 'OPTIONS',
          headers: { origin: 'http://evil.example', 'access-control-request-method': 'POST' },
        });
        expect(preflight.status).toBe(403);
        expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
        const write = await call(url, '/api/ingest', {
          method: 'POST',
          headers: { origin: 'http://evil.example' },
          json: { text: 'نص' },
        });
        expect(write.status).toBe(403);
      });

      it('refuses a foreign Host header while bound to loopback (DNS rebinding)', async () => {
        const res = await call(url, '/api/health', { headers: { host: 'evil.example' } });
        expect(res.status).toBe(403);
        expect(res.json().code).toBe('FORBIDDEN_ORIGIN');
      });
    });

    describe('ingest', () => {
      // The first extract() loads the NER model (about 2 s alone, much more on a busy 2-core machine).
      const MODEL_LOAD_MS = 60_000;

      it(
        'ingests pasted Arabic text, answers with what was added, and search then finds it',
        async () => {
          const res = await call(url, '/api/ingest', {
            method: 'POST',
            json: { text: suite.ingestText, lang: 'ar', title: 'خبر', source: 'test' },
          });
          expect(res.status).toBe(200);
          const body = api.IngestResponse.parse(res.json());
          expect(body.documents).toBe(1);
          expect(body.entities).toBeGreaterThan(0);
          expect(body.added.nodes.length).toBe(body.entities);
          const search = await call(url, `/api/search?q=${encodeURIComponent(suite.expectSearch)}`);
          const found = search.json().results.map((r: { id: string }) => r.id);
          expect(found.some((id: string) => body.added.nodes.some((n: { id: string }) => n.id === id))).toBe(true);
        },
        MODEL_LOAD_MS,
      );

      it(
        'ingests uploaded files and skips an article it already holds',
        async () => {
          // Pasting is idempotent, so this holds whether or not the test above ran first.
          await call(url, '/api/ingest', { method: 'POST', json: { text: suite.ingestText } });
          const fresh = `Officials from ${prefix} met in Geneva on Monday to discuss the ceasefire.`;
          const { body, contentType } = multipart({ lang: 'auto' }, [
            { name: 'again.txt', content: suite.ingestText },
            { name: 'fresh.txt', content: fresh },
          ]);
          const res = await call(url, '/api/ingest', {
            method: 'POST',
            headers: { 'content-type': contentType },
            body,
          });
          expect(res.status).toBe(200);
          expect(res.json()).toMatchObject({ documents: 1, skipped: 1, issues: [] });
        },
        MODEL_LOAD_MS,
      );

      it(
        'never fetches the links of an uploaded feed (SSRF)',
        async () => {
          let hits = 0;
          const target = createServer((_req, res) => {
            hits++;
            res.end('<html><body><p>internal secret</p></body></html>');
          });
          await new Promise<void>((resolve) => target.listen(0, '127.0.0.1', resolve));
          const { port } = target.address() as AddressInfo;
          const feed = `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>
          <item><title>x</title><link>http://127.0.0.1:${port}/admin</link></item></channel></rss>`;
          try {
            const { body, contentType } = multipart({}, [{ name: 'feed.xml', content: feed }]);
            const res = await call(url, '/api/ingest', {
              method: 'POST',
              headers: { 'content-type': contentType },
              body,
            });
            expect(res.status).toBe(400);
            expect(res.json().issues[0].message).toMatch(/FETCH_FAILED/);
            expect(hits).toBe(0);
          } finally {
            await new Promise((resolve) => target.close(resolve));
          }
        },
        MODEL_LOAD_MS,
      );

      it(
        'rejects an upload that is not UTF-8',
        async () => {
          const { body, contentType } = multipart({}, [{ name: 'bad.txt', content: Buffer.from([0xc3, 0x28, 0xff]) }]);
          const res = await call(url, '/api/ingest', {
            method: 'POST',
            headers: { 'content-type': contentType },
            body,
          });
          expect(res.status).toBe(400);
          expect(res.json()).toMatchObject({ code: 'READ_FAILED' });
        },
        MODEL_LOAD_MS,
      );
    });
  });
}
