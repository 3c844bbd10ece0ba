// Map projections shared by the read builders, so every query returns nodes and edges in one shape.

/** Entity node → `{id, name, nameEn, type, subtype, lat, lon}` (the JS side turns it into a GraphNode). */
export function entityMap(v: string, extra = ''): string {
  return `${v} {.id, .name, .nameEn, .type, .subtype, .lat, .lon${extra ? `, ${extra}` : ''}}`;
}

/** Entity relationship → edge map (evidence sentence ids in `attributes`); `a`/`b` are its endpoints. */
export function edgeMap(r: string, a: string, b: string): string {
  return `{id: ${r}.key, source: ${a}.id, target: ${b}.id, type: type(${r}), weight: ${r}.weight, role: ${r}.role, roleEn: ${r}.roleEn, modality: ${r}.modality, firstSeen: ${r}.firstSeen, lastSeen: ${r}.lastSeen, attributes: {sentenceIds: ${r}.sentenceIds}}`;
}

/** Article node → `ArticleRef` map. */
export function articleMap(v: string): string {
  return `{id: ${v}.id, title: coalesce(${v}.title, ''), source: ${v}.source, date: ${v}.publishedAt, url: ${v}.url}`;
}

/**
 * Edges (of the given relationship types) among a list of kept nodes, as a `CALL` subquery
 * yielding `edges`.
 */
export function edgesAmong(keep: string, types: string): string {
  return `CALL (${keep}) {
  UNWIND ${keep} AS a
  MATCH (a)-[r:${types}]->(b:Entity)
  WHERE b IN ${keep}
  RETURN collect(${edgeMap('r', 'a', 'b')}) AS edges
}`;
}
