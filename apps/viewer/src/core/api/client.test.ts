import { describe, expect, test } from '@jest/globals';
import { ApiError } from './api-error.js';
import { createApiClient } from './client.js';

function fakeFetch(answer: (url: string, init?: RequestInit) => { status: number; body: unknown }) {
  const calls: { url: string; init?: RequestInit }[] = [];
  const fetch = async (url: string | URL | Request, init?: RequestInit) => {
    calls.push({ url: String(url), ...(init ? { init } : {}) });
    const { status, body } = answer(String(url), init);
    return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
  };
  return { fetch: fetch as typeof globalThis.fetch, calls };
}

describe('createApiClient', () => {
  test('builds query strings and validates answers', async () => {
    const hit = { id: 'per_1', name: 'هاكان فيدان', nameEn: 'Hakan Fidan', type: 'PERSON', score: 3 };
    const { fetch, calls } = fakeFetch(() => ({ status: 200, body: { results: [hit] } }));
    const api = createApiClient({ fetch, token: 's3cret' });
    await expect(api.search('فيدان', { types: ['PERSON', 'LOCATION'], limit: 5 })).resolves.toEqual({ results: [hit] });
    expect(calls[0]?.url).toBe(`/api/search?q=${encodeURIComponent('فيدان')}&types=PERSON%2CLOCATION&limit=5`);
    expect(new Headers(calls[0]?.init?.headers).get('Authorization')).toBe('Bearer s3cret');
  });

  test('an answer of the wrong shape is a BAD_RESPONSE error, not a crash later', async () => {
    const { fetch } = fakeFetch(() => ({ status: 200, body: { results: [{ id: 1 }] } }));
    const error = await createApiClient({ fetch })
      .search('x')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe('BAD_RESPONSE');
  });

  test('server errors keep their message, hint and code; 501 is UNSUPPORTED', async () => {
    const { fetch } = fakeFetch(() => ({
      status: 501,
      body: { error: 'server: Cypher needs Neo4j', code: 'UNSUPPORTED', hint: 'start with --store neo4j://…' },
    }));
    const error = (await createApiClient({ fetch })
      .cypher('MATCH (n) RETURN n')
      .catch((e: unknown) => e)) as ApiError;
    expect(error.code).toBe('UNSUPPORTED');
    expect(error.message).toBe('server: Cypher needs Neo4j');
    expect(error.hint).toBe('start with --store neo4j://…');
    expect(error.serverCode).toBe('UNSUPPORTED');
  });

  test('POST bodies are JSON', async () => {
    const added = { nodes: [], edges: [] };
    const { fetch, calls } = fakeFetch(() => ({
      status: 200,
      body: {
        documents: 1,
        entities: 0,
        relations: 0,
        events: 0,
        documentIds: ['doc_1'],
        skipped: 0,
        issues: [],
        summary: { nodesCreated: 1, relationshipsCreated: 0, propertiesSet: 4 },
        added,
      },
    }));
    await createApiClient({ fetch }).ingest({ text: 'نص', title: 't' });
    expect(calls[0]?.init?.method).toBe('POST');
    expect(JSON.parse(String(calls[0]?.init?.body))).toEqual({ text: 'نص', title: 't' });
  });

  test('an unreachable server is a NETWORK error with a hint', async () => {
    const fetch = (async () => {
      throw new TypeError('fetch failed');
    }) as typeof globalThis.fetch;
    const error = (await createApiClient({ fetch })
      .health()
      .catch((e: unknown) => e)) as ApiError;
    expect(error.code).toBe('NETWORK');
    expect(error.hint).toMatch(/shabaka serve/);
  });
});
