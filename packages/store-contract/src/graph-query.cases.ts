// Contract cases for graph reads: neighbours (depth, filters, limit), shortest path, overview and export.
import { describe, expect, test } from '@jest/globals';
import { GraphData } from '@shabaka/schema';
import { danglingEdges, edgesBetween, nodeIds } from './contract-context.js';
import type { ContractContext } from './contract-context.js';

export function graphQueryCases(ctx: ContractContext): void {
  describe('neighbors', () => {
    // Depth 1 = every entity one relationship away, either direction, plus the centre; no dangling edges.
    test('depth 1 returns the centre and its direct neighbours in both directions', async () => {
      const { ids } = ctx.world;
      const graph = await ctx.store.neighbors(ids.erdogan);
      expect(GraphData.safeParse(graph).success).toBe(true);
      expect(nodeIds(graph)).toContain(ids.erdogan);
      expect(nodeIds(graph, ids.erdogan).sort()).toEqual([ids.trump, ids.turkey, ids.akp].sort());
      expect(danglingEdges(graph)).toEqual([]);
      expect(graph.nodes.find((n) => n.id === ids.turkey)?.kind).toBe('LOCATION');
      expect(graph.nodes.find((n) => n.id === ids.akp)?.kind).toBe('ORGANIZATION');
      const role = edgesBetween(graph, ids.erdogan, ids.turkey, 'HOLDS_ROLE');
      expect(role).toHaveLength(1);
      expect(role[0]).toMatchObject({ source: ids.erdogan, target: ids.turkey, role: 'رئيس' });
    });

    test('depth 2 adds the neighbours of neighbours', async () => {
      const { ids } = ctx.world;
      const graph = await ctx.store.neighbors(ids.erdogan, { depth: 2 });
      const found = nodeIds(graph, ids.erdogan);
      expect(found).toEqual(expect.arrayContaining([ids.trump, ids.turkey, ids.akp, ids.putin, ids.ankara]));
      expect(found).not.toContain(ids.islandA);
      expect(found).not.toContain(ids.lonely);
      expect(danglingEdges(graph)).toEqual([]);
      expect(edgesBetween(graph, ids.trump, ids.putin, 'SPOKE_WITH')).toHaveLength(1);
    });

    test('a predicate filter keeps only relationships of those predicates', async () => {
      const { ids } = ctx.world;
      const graph = await ctx.store.neighbors(ids.erdogan, { predicates: ['MET'] });
      expect(nodeIds(graph, ids.erdogan)).toEqual([ids.trump]);
      expect(graph.edges.map((e) => e.type)).toEqual(['MET']);
    });

    test('a type filter keeps only neighbours of those entity types', async () => {
      const { ids } = ctx.world;
      const graph = await ctx.store.neighbors(ids.erdogan, { types: ['LOCATION'] });
      expect(nodeIds(graph, ids.erdogan)).toEqual([ids.turkey]);
    });

    // The viewer shows "+N more": `limit` caps the neighbours returned and `more` counts the rest.
    test('limit caps the neighbours and `more` counts those left out', async () => {
      const { ids } = ctx.world;
      const capped = await ctx.store.neighbors(ids.un, { limit: 5 });
      expect(nodeIds(capped, ids.un)).toHaveLength(5);
      expect(capped.more).toBe(ids.countries.length - 5);
      expect(danglingEdges(capped)).toEqual([]);
      const all = await ctx.store.neighbors(ids.un, { limit: 100 });
      expect(nodeIds(all, ids.un).sort()).toEqual([...ids.countries].sort());
      expect(all.more ?? 0).toBe(0);
    });

    // Options arrive from HTTP and CLI flags: out-of-range values must be refused, not clamped silently.
    test('out-of-range options are rejected', async () => {
      const { ids } = ctx.world;
      await expect(ctx.store.neighbors(ids.erdogan, { depth: 9 })).rejects.toThrow();
      await expect(ctx.store.neighbors(ids.erdogan, { limit: 0 })).rejects.toThrow();
      await expect(ctx.store.search('x', { limit: 1000 })).rejects.toThrow();
      await expect(ctx.store.overview({ limit: -1 })).rejects.toThrow();
    });

    test('an unknown id has no neighbours', async () => {
      const graph = await ctx.store.neighbors(`${ctx.tokens.prefix}nobody`);
      expect(graph.nodes).toEqual([]);
      expect(graph.edges).toEqual([]);
    });
  });

  describe('shortestPath', () => {
    test('returns the nodes of the shortest path in order and the edges joining them', async () => {
      const { ids } = ctx.world;
      const path = await ctx.store.shortestPath(ids.erdogan, ids.putin);
      expect(path?.nodes.map((n) => n.id)).toEqual([ids.erdogan, ids.trump, ids.putin]);
      expect(path?.edges).toHaveLength(2);
      expect(path && edgesBetween(path, ids.erdogan, ids.trump)).toHaveLength(1);
      expect(path && edgesBetween(path, ids.trump, ids.putin)).toHaveLength(1);
    });

    test('a path from an entity to itself is that one node', async () => {
      const { ids } = ctx.world;
      const path = await ctx.store.shortestPath(ids.trump, ids.trump);
      expect(path?.nodes.map((n) => n.id)).toEqual([ids.trump]);
      expect(path?.edges).toEqual([]);
    });

    test('is null when the entities are not connected, unknown, or farther than maxDepth', async () => {
      const { ids } = ctx.world;
      expect(await ctx.store.shortestPath(ids.erdogan, ids.islandA)).toBeNull();
      expect(await ctx.store.shortestPath(ids.erdogan, ids.lonely)).toBeNull();
      expect(await ctx.store.shortestPath(ids.erdogan, `${ctx.tokens.prefix}nobody`)).toBeNull();
      expect(await ctx.store.shortestPath(ids.erdogan, ids.putin, { maxDepth: 1 })).toBeNull();
    });
  });

  describe('overview and export', () => {
    test('overview returns at most `limit` entities by decreasing score, with only edges among them', async () => {
      const graph = await ctx.store.overview({ limit: 10 });
      expect(GraphData.safeParse(graph).success).toBe(true);
      expect(graph.nodes.length).toBeGreaterThan(0);
      expect(graph.nodes.length).toBeLessThanOrEqual(10);
      expect(danglingEdges(graph)).toEqual([]);
      const scores = graph.nodes.map((n) => n.score ?? 0);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    });

    test('overview with `events` adds at most that many event nodes, joined only to the entities it returned', async () => {
      // Enough entities to hold this run's event participants whatever the other cases stored before.
      const plain = await ctx.store.overview({ limit: 5000 });
      expect(plain.nodes.filter((n) => n.kind === 'EVENT')).toEqual([]);
      const graph = await ctx.store.overview({ limit: 5000, events: 2 });
      expect(GraphData.safeParse(graph).success).toBe(true);
      expect(danglingEdges(graph)).toEqual([]);
      // Entities of this answer (other writers may change the top entities between two calls on a shared store).
      const entities = new Set(graph.nodes.filter((n) => n.kind !== 'EVENT').map((n) => n.id));
      expect(entities.size).toBeGreaterThan(0);
      expect(entities.size).toBeLessThanOrEqual(5000);
      const events = graph.nodes.filter((n) => n.kind === 'EVENT');
      expect(events.length).toBeGreaterThan(0);
      expect(events.length).toBeLessThanOrEqual(2);
      for (const event of events) {
        const edges = graph.edges.filter((e) => e.source === event.id || e.target === event.id);
        // An event is returned because it touches a returned entity, so it is never drawn alone.
        expect(edges.length).toBeGreaterThan(0);
        for (const edge of edges) {
          expect(edge.type).toBe(edge.target === event.id ? 'PARTICIPATED_IN' : 'OCCURRED_IN');
          expect(entities.has(edge.target === event.id ? edge.source : edge.target)).toBe(true);
        }
      }
    }, 120_000);

    test('overview events carry the meeting of the world: its participants and its place', async () => {
      const { ids } = ctx.world;
      const graph = await ctx.store.overview({ limit: 5000, events: 5000 });
      const meeting = graph.nodes.find((n) => n.id === ids.meeting);
      expect(meeting).toMatchObject({ kind: 'EVENT', attributes: { eventType: 'MEETING', location: ids.ankara } });
      const ends = graph.edges
        .filter((e) => e.source === ids.meeting || e.target === ids.meeting)
        .map((e) => `${e.type}:${e.source === ids.meeting ? e.target : e.source}`)
        .sort();
      expect(ends).toEqual(
        [`PARTICIPATED_IN:${ids.erdogan}`, `PARTICIPATED_IN:${ids.trump}`, `OCCURRED_IN:${ids.ankara}`].sort(),
      );
    }, 120_000);

    test('exportGraph holds every entity once and each relationship once with its weight', async () => {
      const { ids } = ctx.world;
      const graph = await ctx.store.exportGraph();
      const mine = graph.nodes.filter((n) => n.id.startsWith(ctx.tokens.prefix)).map((n) => n.id);
      const expected = [...new Set(ctx.world.results.flatMap((r) => r.entities.map((e) => e.id)))];
      expect(mine).toEqual(expect.arrayContaining(expected));
      expect(new Set(mine).size).toBe(mine.length);
      const met = edgesBetween(graph, ids.erdogan, ids.trump, 'MET');
      expect(met).toHaveLength(1);
      expect(met[0]?.weight).toBe(2);
    }, 120_000);
  });
}
