// Read builders that answer with a graph: overview, neighbours, shortest path, export.
import type { Statement } from './statement.js';
import { predicateAlternation } from './statement.js';
import { edgeMap, edgesAmong, entityMap } from './projections.js';

/** Longest path `shortestPath` will look for; DESIGN.md asks for `[*..6]`. */
export const DEFAULT_PATH_DEPTH = 6;
const MAX_PATH_DEPTH = 10;

function boundedInt(value: number, min: number, max: number): number {
  // Variable-length bounds cannot be parameters; they enter the text only as clamped integers.
  return Math.max(min, Math.min(max, Math.trunc(Number.isFinite(value) ? value : min)));
}

/**
 * The `limit` best-connected entities and the relationships among them.
 * @example overviewStatement(200)
 */
export function overviewStatement(limit: number): Statement {
  const types = predicateAlternation();
  return {
    cypher: `MATCH (e:Entity)
WITH e, COUNT { (e)-[:${types}]-() } AS degree
ORDER BY degree DESC, e.id
LIMIT $limit
WITH collect(e) AS keep, collect(${entityMap('e', 'score: degree')}) AS nodes
${edgesAmong('keep', types)}
RETURN nodes, edges`,
    params: { limit },
  };
}

/**
 * Entities within `depth` hops of `id` over the chosen predicates, nearest and strongest first,
 * capped at `limit` (the rest counted in `more`), with the relationships among them.
 * @example neighborsStatement('per_1', { depth: 1, limit: 100 })
 */
export function neighborsStatement(
  id: string,
  options: { depth: number; limit: number; predicates?: readonly string[]; types?: readonly string[] },
): Statement {
  const types = predicateAlternation(options.predicates);
  const depth = boundedInt(options.depth, 1, 3);
  return {
    cypher: `MATCH (c:Entity {id: $id})
OPTIONAL MATCH p = (c)-[:${types}*1..${depth}]-(n:Entity)
WHERE n <> c AND ($types IS NULL OR n.type IN $types)
WITH c, n, min(length(p)) AS dist, sum(reduce(w = 0, r IN relationships(p) | w + r.weight)) AS strength
ORDER BY dist, strength DESC, n.id
WITH c, collect(n) AS found
WITH c, found[0..$limit] AS picked, size(found) AS total
WITH c, picked, total, picked + c AS keep
${edgesAmong('keep', types)}
RETURN ${entityMap('c')} AS center, [n IN picked | ${entityMap('n')}] AS nodes, edges, total - size(picked) AS more`,
    params: { id, limit: options.limit, types: options.types && options.types.length > 0 ? [...options.types] : null },
  };
}

/**
 * The shortest entity-relationship path between two entities, up to `maxDepth` hops.
 * @example shortestPathStatement('per_1', 'per_2', 6)
 */
export function shortestPathStatement(from: string, to: string, maxDepth = DEFAULT_PATH_DEPTH): Statement {
  const depth = boundedInt(maxDepth, 1, MAX_PATH_DEPTH);
  return {
    cypher: `MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = shortestPath((a)-[:${predicateAlternation()}*..${depth}]-(b))
RETURN [n IN nodes(p) | ${entityMap('n')}] AS nodes,
  [r IN relationships(p) | ${edgeMap('r', 'startNode(r)', 'endNode(r)')}] AS edges`,
    params: { from, to },
  };
}

/**
 * Every entity (export part one).
 * @example exportNodesStatement()
 */
export function exportNodesStatement(): Statement {
  return {
    cypher: `MATCH (e:Entity)
RETURN ${entityMap('e', `score: COUNT { (e)-[:${predicateAlternation()}]-() }`)} AS node
ORDER BY e.id`,
    params: {},
  };
}

/**
 * Every entity→entity relationship (export part two).
 * @example exportEdgesStatement()
 */
export function exportEdgesStatement(): Statement {
  return {
    cypher: `MATCH (a:Entity)-[r:${predicateAlternation()}]->(b:Entity)
RETURN ${edgeMap('r', 'a', 'b')} AS edge
ORDER BY r.key`,
    params: {},
  };
}
