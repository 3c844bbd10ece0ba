// Runs every query of docs/cypher.md through the read-only console against a real Neo4j holding the
// analyst fixture, and checks each answer, so the documented queries cannot rot.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import type { CypherResult } from '@shabaka/schema';
import { runSeed, runTokens, seededRandom } from '@shabaka/store-contract';
import { buildAnalystWorld } from './analyst.fixtures.js';
import { deleteByIdPrefix, openTestStore } from './connection.fixtures.js';
import { loadDocQueries } from './docs-queries.js';
import type { Neo4jStore } from './neo4j-store.js';

const tokens = runTokens(seededRandom(runSeed()));
const world = buildAnalystWorld(tokens);
const t = tokens.ar;
const queries = loadDocQueries();

type Row = Record<string, unknown>;
const objects = (r: CypherResult): Row[] =>
  r.rows.map((row) => Object.fromEntries(r.columns.map((c, i) => [c, row[i]])));
const nameOf = (id: string): string => {
  const e = world.results.flatMap((r) => r.entities).find((x) => x.id === id);
  if (!e) throw new Error(`fixtures: no entity ${id}`);
  return e.name;
};
const { ids } = world;

/** Per query: the run's values for its parameters (names get the run token) and what it must answer. */
const cases: Record<number, { params: (doc: Row) => Row; check: (rows: Row[], result: CypherResult) => void }> = {
  1: {
    params: (d) => ({ name: `${d.name} ${t}` }),
    check: (rows) => {
      expect(rows).toEqual([
        {
          name: nameOf(ids.trump),
          nameEn: expect.any(String),
          how: 'MET',
          times: 2,
          firstSeen: '2025-05-12',
          lastSeen: '2025-06-20',
        },
      ]);
    },
  },
  2: {
    params: (d) => ({ name: `${d.name} ${t}` }),
    check: (rows) => {
      expect(rows).toEqual([
        {
          role: 'رئيس',
          at: nameOf(ids.turkey),
          atEn: expect.any(String),
          firstSeen: '2025-05-12',
          lastSeen: '2025-05-12',
          times: 1,
        },
      ]);
    },
  },
  3: {
    params: (d) => ({ name: `${d.name} ${t}` }),
    check: (rows) => {
      expect(rows.map((r) => [r.person, r.link, r.modality]).sort()).toEqual(
        [
          [nameOf(ids.erdogan), 'LEADS', 'asserted'],
          [nameOf(ids.trump), 'SUPPORTS', 'negated'],
        ].sort(),
      );
    },
  },
  4: {
    params: (d) => ({ ...d, place: `${d.place} ${t}` }),
    check: (rows) => {
      expect(rows).toEqual([
        { date: '2025-05-12', dateText: 'يوم الاثنين', participants: [nameOf(ids.trump), nameOf(ids.erdogan)].sort() },
      ]);
    },
  },
  5: {
    params: (d) => ({ from: `${d.from} ${t}`, to: `${d.to} ${t}` }),
    check: (rows, result) => {
      expect(rows.map((r) => [r.names, r.links])).toEqual([
        [
          [nameOf(ids.erdogan), nameOf(ids.trump), nameOf(ids.putin)],
          ['MET', 'SPOKE_WITH'],
        ],
      ]);
      expect(result.graph.nodes.map((n) => n.id).sort()).toEqual([ids.erdogan, ids.trump, ids.putin].sort());
      expect(result.graph.edges).toHaveLength(2);
    },
  },
  6: {
    // Global by nature (other runs share the database): check the shape and the order.
    params: (d) => d,
    check: (rows) => {
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.length).toBeLessThanOrEqual(20);
      const degrees = rows.map((r) => r.degree as number);
      expect(degrees.every((n) => Number.isInteger(n) && n > 0)).toBe(true);
      expect(degrees).toEqual([...degrees].sort((a, b) => b - a));
    },
  },
  7: {
    params: (d) => d,
    check: (rows) => {
      expect(rows.every((r) => (r.count as number) > 2 && (r.participants as unknown[]).length === r.count)).toBe(true);
      expect(rows).toContainEqual({
        type: 'NEGOTIATION',
        date: world.extra.date,
        place: nameOf(ids.ankara),
        participants: [nameOf(ids.erdogan), nameOf(ids.trump), nameOf(ids.putin)].sort(),
        count: 3,
      });
    },
  },
  8: {
    params: (d) => ({ from: `${d.from} ${t}`, to: `${d.to} ${t}` }),
    check: (rows) => {
      expect(rows.map((r) => [r.relation, r.published])).toEqual([
        ['MET', world.dates.docAr],
        ['MET', world.dates.docEn],
      ]);
      expect(String(rows[0]?.sentence)).toContain('التقى');
      expect(String(rows[1]?.sentence)).toContain(' met ');
    },
  },
  9: {
    params: (d) => ({ query: `${d.query} AND ${t}` }),
    check: (rows) => {
      expect(rows[0]?.id).toBe(ids.erdogan);
    },
  },
  10: {
    params: (d) => ({ name: `${d.name} ${t}` }),
    check: (rows) => {
      const names = rows.map((r) => r.name);
      expect(names).toEqual(expect.arrayContaining([nameOf(ids.trump), nameOf(ids.ankara), nameOf(ids.putin)]));
      expect(names).not.toContain(nameOf(ids.erdogan));
    },
  },
  11: {
    params: (d) => ({ name: `${d.name} ${t}` }),
    check: (rows) => {
      expect(rows.map((r) => r.published)).toEqual([world.extra.date, world.dates.docEn, world.dates.docAr]);
    },
  },
  12: {
    params: (d) => ({ name: `${d.name} ${t}` }),
    check: (rows) => {
      expect(rows.map((r) => [r.date, r.type])).toEqual([
        [world.dates.docAr, 'MEETING'],
        [world.dates.docEn, 'CALL'],
        [world.extra.date, 'NEGOTIATION'],
      ]);
      expect(rows[2]?.others).toEqual([nameOf(ids.erdogan), nameOf(ids.putin)].sort());
      expect(rows[2]?.place).toBe(nameOf(ids.ankara));
    },
  },
  13: {
    params: (d) => ({ name: `${d.name} ${t}` }),
    check: (rows) => {
      expect(rows).toEqual([
        { subject: nameOf(ids.trump), relation: 'SUPPORTS', object: nameOf(ids.akp), modality: 'negated', times: 1 },
      ]);
    },
  },
};

describe('docs/cypher.md queries against Neo4j', () => {
  let store: Neo4jStore;

  beforeAll(async () => {
    store = await openTestStore();
    for (const result of world.results) await store.upsert(result);
  }, 120_000);

  afterAll(async () => {
    await store?.close();
    await deleteByIdPrefix(tokens.prefix);
  }, 60_000);

  test('the page documents a dozen queries, each with a tested expectation', () => {
    expect(queries.length).toBeGreaterThanOrEqual(12);
    expect(queries.map((q) => q.number).sort((a, b) => a - b)).toEqual(
      Object.keys(cases)
        .map(Number)
        .sort((a, b) => a - b),
    );
  });

  test.each(queries.map((q) => [`${q.number}. ${q.title}`, q] as const))('%s', async (_title, query) => {
    const c = cases[query.number];
    if (!c) throw new Error(`docs/cypher.md query ${query.number} has no expectation in this test`);
    const params = c.params(query.params);
    // The run's parameters replace the documented ones key for key: the page lists every parameter.
    expect(Object.keys(params).sort()).toEqual(Object.keys(query.params).sort());
    for (const key of Object.keys(query.params)) expect(query.cypher).toContain(`$${key}`);
    const result = await store.cypher(query.cypher, params);
    expect(result.truncated).toBe(false);
    c.check(objects(result), result);
  });
});
