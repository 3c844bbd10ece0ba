import { describe, expect, test } from '@jest/globals';
import type { EntityDetail, GraphData } from '@shabaka/schema';
import { ApiError } from '../api/api-error.js';
import type { ApiClient } from '../api/client.js';
import { createSession } from './session.js';

const node = (id: string, score = 1) => ({ id, label: `ع${id}`, labelEn: `E${id}`, kind: 'PERSON' as const, score });
const edge = (id: string, source: string, target: string) => ({ id, source, target, type: 'MET', weight: 1 });

const OVERVIEW: GraphData = { nodes: [node('a', 5), node('b', 2)], edges: [edge('ab', 'a', 'b')] };
const NEIGHBOURS: Record<string, GraphData> = {
  a: { nodes: [node('a'), node('c'), node('d')], edges: [edge('ac', 'a', 'c'), edge('ad', 'a', 'd')], more: 4 },
  z: { nodes: [node('z'), node('a')], edges: [edge('za', 'z', 'a')] },
};
const detail = (id: string): EntityDetail => ({
  entity: { id, type: 'PERSON', name: `ع${id}`, nameEn: `E${id}`, aliases: [], mentionCount: 1 },
  roles: [],
  neighbors: [],
  evidence: [],
  articles: [],
});

/** A fake API over fixed answers; only what the session calls is implemented. */
function fakeApi(overrides: Partial<ApiClient> = {}): ApiClient {
  const api: Partial<ApiClient> = {
    health: async () => ({ ok: true, store: 'sqlite', cypher: false, version: 't' }),
    overview: async () => OVERVIEW,
    events: async () => ({ events: [] }),
    communities: async () => ({ communities: { a: 0, b: 1 }, count: 2, modularity: 0.1 }),
    entity: async (id: string) => detail(id),
    neighbors: async (id: string) => NEIGHBOURS[id] ?? { nodes: [], edges: [] },
    path: async () => ({ nodes: [node('a'), node('b')], edges: [edge('ab', 'a', 'b')] }),
    ingest: async () => ({
      documents: 1,
      entities: 2,
      relations: 1,
      events: 0,
      documentIds: ['doc_1'],
      skipped: 0,
      issues: [],
      summary: { nodesCreated: 3, relationshipsCreated: 1, propertiesSet: 12 },
      added: { nodes: [node('n1'), node('n2'), node('a')], edges: [edge('n1n2', 'n1', 'n2')] },
    }),
    cypher: async () => {
      throw new ApiError('UNSUPPORTED', 'server: Cypher needs Neo4j', { status: 501, hint: 'use neo4j://' });
    },
    ...overrides,
  };
  return api as ApiClient;
}

const started = async (search = '', api = fakeApi()) => {
  const urls: string[] = [];
  const session = createSession({ api, initialSearch: search, autoLayout: false, onUrl: (u) => urls.push(u) });
  await session.start();
  return { session, urls };
};

describe('session', () => {
  test('start loads health and the overview into the graph', async () => {
    const { session } = await started();
    const state = session.store.get();
    expect(state.overview).toEqual({ type: 'ready', value: 2 });
    expect(state.health.type).toBe('ready');
    expect(session.graph.nodes().sort()).toEqual(['a', 'b']);
  });

  test('an unreachable server ends in the error state with the message', async () => {
    const api = fakeApi({
      health: async () => {
        throw new ApiError('NETWORK', 'viewer: cannot reach the server', { hint: 'is it running?' });
      },
    });
    const { session } = await started('', api);
    expect(session.store.get().overview).toEqual({
      type: 'error',
      message: 'viewer: cannot reach the server',
      hint: 'is it running?',
    });
  });

  test('select loads the card and writes the selection into the URL', async () => {
    const { session, urls } = await started();
    await session.select('a');
    expect(session.store.get().detail).toEqual({ type: 'ready', value: detail('a') });
    expect(urls.at(-1)).toBe('?sel=a');
  });

  test('selecting an entity outside the graph brings it in with its neighbours', async () => {
    const { session } = await started();
    await session.select('z');
    expect(session.graph.hasNode('z')).toBe(true);
    expect(session.graph.hasEdge('za')).toBe(true);
  });

  test('expand adds the neighbours and the "+N more" count; collapse removes them', async () => {
    const { session } = await started();
    await expect(session.expand('a')).resolves.toBe(2);
    expect(session.store.get().expanded).toEqual({ a: 4 });
    expect(session.graph.getNodeAttribute('c', 'expandedBy')).toBe('a');
    session.collapse('a');
    expect(session.graph.hasNode('c')).toBe(false);
    expect(session.graph.hasNode('b')).toBe(true);
    expect(session.store.get().expanded).toEqual({});
  });

  test('a path is kept as node and edge ids, and its ends go into the URL', async () => {
    const { session, urls } = await started();
    await session.showPath('a', 'b');
    expect(session.store.get().path).toEqual({ type: 'ready', value: { nodes: ['a', 'b'], edges: ['ab'] } });
    expect(urls.at(-1)).toBe('?path=a%2Cb');
    session.clearPath();
    expect(session.store.get().path).toEqual({ type: 'idle' });
  });

  test('ingest draws the new nodes and says how many were new', async () => {
    const { session } = await started();
    await session.ingest('نص المقال');
    expect(session.graph.hasNode('n1')).toBe(true);
    expect(session.store.get().notice).toBe('2 new nodes drawn');
  });

  test('a Cypher failure keeps the server message and hint for the console', async () => {
    const { session } = await started();
    await session.runCypher('MATCH (n) RETURN n');
    expect(session.store.get().cypher).toEqual({
      type: 'error',
      message: 'server: Cypher needs Neo4j',
      hint: 'use neo4j://',
    });
  });

  test('community colouring fetches the communities once', async () => {
    let calls = 0;
    const api = fakeApi({
      communities: async () => {
        calls++;
        return { communities: { a: 0, b: 1 }, count: 2, modularity: 0.1 };
      },
    });
    const { session } = await started('', api);
    session.setColorBy('community');
    await new Promise((resolve) => setTimeout(resolve, 0));
    session.setColorBy('type');
    session.setColorBy('community');
    expect(calls).toBe(1);
    expect(session.store.get().communities.get('b')).toBe(1);
  });

  test('a shared URL restores the view: selection, labels and path', async () => {
    const { session } = await started('?sel=a&labels=en&path=a,b');
    await new Promise((resolve) => setTimeout(resolve, 0));
    const { view, detail: card, path } = session.store.get();
    expect(view.labels).toBe('en');
    expect(card.type).toBe('ready');
    expect(path.type).toBe('ready');
  });
});
