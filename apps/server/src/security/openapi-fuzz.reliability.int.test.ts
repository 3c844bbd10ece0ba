// OpenAPI-driven fuzzing of the server over real HTTP on 127.0.0.1 (SQLite store), in the manner of schemathesis
// but seeded and bounded for the test suite: for every operation of the server's own /openapi.json, requests
// built from each parameter's schema mixed with hostile values, JSON bodies valid and not, odd content types,
// and methods the path does not have. Every answer must be documented for its operation, no 5XX but the ones
// the document names, every error the JSON error body, and a wrong method a 405 with `Allow`.
import { METHODS } from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import fc from 'fast-check';
import type { GraphStore } from '@shabaka/schema';
import { createSqliteStore } from '@shabaka/store-sqlite';
import { SETUP_MS, newsFixture, runPrefix } from '../graph.fixtures.js';
import { call } from '../http-client.fixtures.js';
import type { TestResponse } from '../http-client.fixtures.js';
import { ErrorBody } from '@shabaka/schema';
import { startServer } from '../server.js';

jest.setTimeout(120_000);
const RUNS_PER_OPERATION = 40;
const SEED = 19;

interface Schema {
  type?: string | string[];
  enum?: unknown[];
  items?: Schema;
  properties?: Record<string, Schema>;
  anyOf?: Schema[];
}
interface Parameter {
  name: string;
  in: 'query' | 'path';
  required: boolean;
  schema: Schema;
}
interface Operation {
  parameters: Parameter[];
  requestBody?: { content: Record<string, { schema: Schema }> };
  responses: Record<string, { content?: Record<string, unknown> }>;
}
type OpenApi = { paths: Record<string, Record<string, Operation>> };

const dir = mkdtempSync(join(tmpdir(), 'shabaka-fuzz-'));
const { result, ids } = newsFixture(runPrefix());
let store: GraphStore;
let server: { url: string; close(): Promise<void> };
let doc: OpenApi;

beforeAll(async () => {
  store = await createSqliteStore({ path: join(dir, 'graph.db') });
  await store.upsert(result);
  // A built viewer, as in production: its static wildcard answers GETs the API routes do not.
  const viewerDir = join(dir, 'viewer');
  mkdirSync(viewerDir);
  writeFileSync(join(viewerDir, 'index.html'), '<!doctype html><title>viewer</title>');
  server = await startServer({ store, port: 0, viewerDir, extract: () => result });
  doc = (await call(server.url, '/openapi.json')).json() as OpenApi;
}, SETUP_MS);
afterAll(async () => {
  await server?.close();
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

const HOSTILE = [
  '',
  ' ',
  'abc',
  '-1',
  '0',
  '1e309',
  'NaN',
  'x'.repeat(3000),
  '%00',
  '\u0000',
  'فيدان',
  '../..',
  '{"$gt":""}',
];
const hostile = fc.constantFrom(...HOSTILE);

/** A value for a schema: mostly one it accepts, often one it should refuse. */
function valueOf(schema: Schema): fc.Arbitrary<unknown> {
  if (schema.anyOf?.length) return fc.oneof(...schema.anyOf.map(valueOf));
  if (schema.enum) return fc.oneof(fc.constantFrom(...schema.enum), hostile);
  const type = [schema.type ?? 'string'].flat()[0];
  if (type === 'integer' || type === 'number') return fc.oneof(fc.integer({ min: -5, max: 600 }), hostile);
  if (type === 'boolean') return fc.oneof(fc.boolean(), hostile);
  if (type === 'array')
    return fc.oneof(
      fc.array(valueOf(schema.items ?? {}), { maxLength: 4 }),
      hostile.map((v) => [v]),
    );
  if (type === 'object') return bodyOf(schema);
  return fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom(...Object.values(ids)), hostile);
}

function bodyOf(schema: Schema): fc.Arbitrary<unknown> {
  const props = Object.entries(schema.properties ?? {});
  return fc.record(Object.fromEntries(props.map(([k, s]) => [k, valueOf(s)])), { requiredKeys: [] });
}

/** Query values travel as text; arrays comma-separated (form style without explode). */
const asQuery = (v: unknown): string => (Array.isArray(v) ? v.map(String).join(',') : String(v));

interface Request {
  path: string;
  method: string;
  headers: Record<string, string>;
  body?: string;
}

function requestsFor(path: string, method: string, op: Operation): fc.Arbitrary<Request> {
  const params = op.parameters ?? [];
  const pathParams = fc.record(
    Object.fromEntries(params.filter((p) => p.in === 'path').map((p) => [p.name, valueOf(p.schema)])),
  );
  const query = fc.record(
    Object.fromEntries(params.filter((p) => p.in === 'query').map((p) => [p.name, valueOf(p.schema)])),
    { requiredKeys: [] },
  );
  const jsonSchema = op.requestBody?.content['application/json']?.schema;
  const body: fc.Arbitrary<{ type?: string; body?: string }> = jsonSchema
    ? fc.oneof(
        bodyOf(jsonSchema).map((b) => ({ type: 'application/json', body: JSON.stringify(b) })),
        fc.jsonValue().map((b) => ({ type: 'application/json', body: JSON.stringify(b) })),
        fc.record({
          type: fc.constantFrom(
            'application/json',
            'text/plain',
            'multipart/form-data',
            'multipart/form-data; boundary=zz',
            'application/x-www-form-urlencoded',
            'application/xml',
          ),
          body: fc.oneof(fc.string({ maxLength: 200 }), hostile),
        }),
      )
    : fc.constant({});
  return fc.record({ pathParams, query, body }).map(({ pathParams: pp, query: q, body: b }) => {
    const concrete = path.replace(/\{(\w+)\}/g, (_, name: string) =>
      encodeURIComponent(asQuery((pp as Record<string, unknown>)[name]) || 'x'),
    );
    const search = new URLSearchParams(
      Object.entries(q as Record<string, unknown>).map(([k, v]): [string, string] => [k, asQuery(v)]),
    ).toString();
    return {
      path: search ? `${concrete}?${search}` : concrete,
      method: method.toUpperCase(),
      headers: b.type ? { 'content-type': b.type } : ({} as Record<string, string>),
      ...(b.body !== undefined ? { body: b.body } : {}),
    };
  });
}

/** The documented response for a status: its own entry, else its range (4XX), else undefined. */
function documented(op: Operation, status: number): { content?: Record<string, unknown> } | undefined {
  return op.responses[String(status)] ?? op.responses[`${String(status)[0]}XX`];
}

function checkAnswer(op: Operation, req: Request, res: TestResponse): void {
  const where = `${req.method} ${req.path.slice(0, 200)} (${req.headers['content-type'] ?? 'no body'})`;
  const entry = documented(op, res.status);
  expect({ where, status: res.status, documented: entry !== undefined }).toEqual({
    where,
    status: res.status,
    documented: true,
  });
  if (res.status >= 500)
    expect({ where, status: res.status, explicit: String(res.status) in op.responses }).toEqual({
      where,
      status: res.status,
      explicit: true,
    });
  if (res.status >= 400) expect(ErrorBody.safeParse(res.json()).success).toBe(true);
  else {
    const type = String(res.headers['content-type'] ?? '').split(';')[0] ?? '';
    expect(Object.keys(entry?.content ?? {})).toContain(type);
  }
}

describe('OpenAPI-driven fuzzing', () => {
  it('answers every generated request of every operation as its document says', async () => {
    const ops = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, op]) => ({ path, method, op })),
    );
    expect(ops.length).toBeGreaterThanOrEqual(12);
    for (const { path, method, op } of ops) {
      await fc.assert(
        fc.asyncProperty(requestsFor(path, method, op), async (req) => {
          const res = await call(server.url, req.path, {
            method: req.method,
            headers: req.headers,
            ...(req.body !== undefined ? { body: req.body } : {}),
          });
          checkAnswer(op, req, res);
        }),
        { numRuns: RUNS_PER_OPERATION, seed: SEED, endOnFailure: true },
      );
    }
  });

  it('answers a method a documented path lacks with 405 and the methods it has in Allow', async () => {
    const paths = Object.keys(doc.paths);
    const methods = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'TRACE', 'QUERY'].filter((m) => METHODS.includes(m));
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...paths), fc.constantFrom(...methods), async (path, method) => {
        fc.pre(!(method.toLowerCase() in (doc.paths[path] ?? {})));
        const concrete = path.replace('{id}', encodeURIComponent(ids.fidan));
        const res = await call(server.url, concrete, { method });
        expect({ path, method, status: res.status }).toEqual({ path, method, status: 405 });
        const allow = String(res.headers.allow ?? '').split(', ');
        for (const m of Object.keys(doc.paths[path] ?? {})) expect(allow).toContain(m.toUpperCase());
        expect(ErrorBody.parse(res.json()).code).toBe('METHOD_NOT_ALLOWED');
      }),
      { numRuns: 40, seed: SEED },
    );
  });
});
