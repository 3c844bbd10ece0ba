// Graph-shaped reads over SQLite: neighbours (BFS over indexed adjacency), shortest path (bidirectional BFS),
// overview (top entities by weighted degree) and full export.
import type Database from 'better-sqlite3';
import type { EntityType, GraphData, GraphEdge, Predicate } from '@shabaka/schema';
import { ENTITY_COLUMNS, RELATION_COLUMNS, toEdge, toNode } from './rows.js';
import type { EntityRow, RelationRow } from './rows.js';

/** One relationship seen from one of its ends. */
export type Adjacent = RelationRow & { other: string; otherType: EntityType };

export type NeighborQuery = { depth: number; limit: number; predicates?: Predicate[]; types?: EntityType[] };

/** Upper bound on nodes a shortest-path search visits before giving up (keeps a query bounded on huge graphs). */
const PATH_VISIT_CAP = 250_000;

export class GraphReads {
  private readonly adjacent: Database.Statement<[string, string], Adjacent>;
  private readonly entityRows: Database.Statement<[string], EntityRow>;
  private readonly sentenceIds: Database.Statement<[string], { rel_key: string; sentence_id: string }>;
  private readonly exists: Database.Statement<[string], { id: string }>;
  private readonly top: Database.Statement<[number], EntityRow>;
  private readonly among: Database.Statement<[{ ids: string }], RelationRow>;

  constructor(private readonly db: Database.Database) {
    this.adjacent = db.prepare(
      `SELECT ${RELATION_COLUMNS}, r.object AS other, e.type AS otherType
         FROM relations r JOIN entities e ON e.id = r.object WHERE r.subject = ?
       UNION ALL
       SELECT ${RELATION_COLUMNS}, r.subject AS other, e.type AS otherType
         FROM relations r JOIN entities e ON e.id = r.subject WHERE r.object = ? AND r.subject <> r.object`,
    );
    this.entityRows = db.prepare(
      `SELECT ${ENTITY_COLUMNS} FROM json_each(?) j JOIN entities e ON e.id = j.value ORDER BY j.key`,
    );
    this.sentenceIds = db.prepare(
      `SELECT rel_key, sentence_id FROM relation_evidence WHERE rel_key IN (SELECT value FROM json_each(?))
       ORDER BY rel_key, sentence_id`,
    );
    this.exists = db.prepare(`SELECT id FROM entities WHERE id = ?`);
    this.top = db.prepare(`SELECT ${ENTITY_COLUMNS} FROM entities e ORDER BY e.degree DESC, e.id LIMIT ?`);
    this.among = db.prepare(
      `SELECT ${RELATION_COLUMNS} FROM relations r
       WHERE r.subject IN (SELECT value FROM json_each(@ids)) AND r.object IN (SELECT value FROM json_each(@ids))`,
    );
  }

  /** Relationships touching `id`, in both directions. */
  adjacentOf(id: string): Adjacent[] {
    return this.adjacent.all(id, id);
  }

  entitiesById(ids: readonly string[]): EntityRow[] {
    return this.entityRows.all(JSON.stringify(ids));
  }

  /** Graph answer from entity ids and relation rows, with each edge's sentence ids. */
  graphOf(ids: readonly string[], relations: readonly RelationRow[], more?: number): GraphData {
    const byKey = new Map<string, string[]>();
    for (const chunk of chunks(
      relations.map((r) => r.key),
      5000,
    )) {
      for (const row of this.sentenceIds.all(JSON.stringify(chunk))) {
        const list = byKey.get(row.rel_key) ?? [];
        list.push(row.sentence_id);
        byKey.set(row.rel_key, list);
      }
    }
    const edges: GraphEdge[] = relations.map((r) => toEdge(r, byKey.get(r.key) ?? []));
    return {
      nodes: this.entitiesById(ids).map(toNode),
      edges,
      ...(more !== undefined ? { more } : {}),
    };
  }

  /**
   * Breadth-first neighbourhood: level 1 by decreasing edge weight, then level 2, …; the first `limit`
   * neighbours are returned and `more` counts the rest. Edges are those traversed between returned nodes.
   * @example reads.neighbors('per_x', { depth: 2, limit: 100 })
   */
  neighbors(id: string, q: NeighborQuery): GraphData {
    if (!this.exists.get(id)) return { nodes: [], edges: [] };
    const predicates = q.predicates?.length ? new Set<string>(q.predicates) : null;
    const types = q.types?.length ? new Set<string>(q.types) : null;
    const order: string[] = [];
    const seen = new Set([id]);
    const traversed = new Map<string, RelationRow>();
    let frontier = [id];
    for (let level = 1; level <= q.depth && frontier.length; level++) {
      const best = new Map<string, number>();
      for (const from of frontier) {
        for (const a of this.adjacentOf(from)) {
          if (predicates && !predicates.has(a.predicate)) continue;
          if (types && a.other !== id && !types.has(a.otherType)) continue;
          traversed.set(a.key, a);
          if (seen.has(a.other)) continue;
          best.set(a.other, Math.max(best.get(a.other) ?? 0, a.weight));
        }
      }
      const next = [...best.entries()].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).map(([n]) => n);
      for (const n of next) seen.add(n);
      order.push(...next);
      frontier = next;
    }
    const kept = order.slice(0, q.limit);
    const inAnswer = new Set([id, ...kept]);
    const edges = [...traversed.values()].filter((r) => inAnswer.has(r.subject) && inAnswer.has(r.object));
    return this.graphOf([id, ...kept], edges, order.length - kept.length);
  }

  /**
   * Shortest undirected path by bidirectional BFS, at most `maxDepth` edges; null when none.
   * @example reads.shortestPath('per_a', 'per_b', 6)?.nodes.map((n) => n.id)
   */
  shortestPath(from: string, to: string, maxDepth: number): GraphData | null {
    if (!this.exists.get(from) || !this.exists.get(to)) return null;
    if (from === to) return this.graphOf([from], []);
    type Step = { prev: string | null; rel: RelationRow | null; depth: number };
    type Side = { parents: Map<string, Step>; frontier: string[] };
    const start = (id: string): Side => ({
      parents: new Map([[id, { prev: null, rel: null, depth: 0 }]]),
      frontier: [id],
    });
    const sides: [Side, Side] = [start(from), start(to)];
    let meet: { id: string; length: number } | null = null;
    let visited = 2;
    // Each round grows the smaller side by one whole level; finishing the level keeps the shortest meeting point.
    for (let round = 0; round < maxDepth && meet === null; round++) {
      const which = sides[0].frontier.length <= sides[1].frontier.length ? 0 : 1;
      const side = sides[which];
      const other = sides[1 - which]!.parents;
      const next: string[] = [];
      for (const node of side.frontier) {
        const depth = (side.parents.get(node)?.depth ?? 0) + 1;
        for (const a of this.adjacentOf(node)) {
          if (side.parents.has(a.other)) continue;
          side.parents.set(a.other, { prev: node, rel: a, depth });
          visited++;
          const there = other.get(a.other);
          if (there && (meet === null || depth + there.depth < meet.length)) {
            meet = { id: a.other, length: depth + there.depth };
          }
          next.push(a.other);
        }
      }
      if (meet === null && (!next.length || visited > PATH_VISIT_CAP)) return null;
      side.frontier = next;
    }
    if (meet === null || meet.length > maxDepth) return null;
    const walk = (parents: Map<string, Step>, from: string): { ids: string[]; rels: RelationRow[] } => {
      const ids: string[] = [];
      const rels: RelationRow[] = [];
      for (let at: string | null = from; at !== null;) {
        ids.push(at);
        const step: Step | undefined = parents.get(at);
        if (step?.rel) rels.push(step.rel);
        at = step?.prev ?? null;
      }
      return { ids, rels };
    };
    const head = walk(sides[0].parents, meet.id);
    const tail = walk(sides[1].parents, meet.id);
    return this.graphOf([...head.ids.reverse(), ...tail.ids.slice(1)], [...head.rels.reverse(), ...tail.rels]);
  }

  /**
   * The `limit` entities of highest weighted degree and the relationships among them.
   * @example reads.overview(200)
   */
  overview(limit: number): GraphData {
    const ids = this.top.all(limit).map((r) => r.id);
    return this.graphOf(ids, this.among.all({ ids: JSON.stringify(ids) }));
  }

  /** Every entity and relationship (export to GEXF/GraphML/CSV). */
  exportGraph(): GraphData {
    const nodes = this.db.prepare<[], EntityRow>(`SELECT ${ENTITY_COLUMNS} FROM entities e ORDER BY e.id`).all();
    const relations = this.db
      .prepare<[], RelationRow & { sentence_ids: string }>(
        `SELECT ${RELATION_COLUMNS},
           (SELECT json_group_array(sentence_id) FROM relation_evidence WHERE rel_key = r.key) AS sentence_ids
         FROM relations r JOIN entities s ON s.id = r.subject JOIN entities o ON o.id = r.object ORDER BY r.key`,
      )
      .all();
    return {
      nodes: nodes.map(toNode),
      edges: relations.map((r) => toEdge(r, JSON.parse(r.sentence_ids) as string[])),
    };
  }
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
