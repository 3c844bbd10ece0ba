// Read builders about entities, events and the store itself: search, entity detail, evidence
// sentences, events, stats and known documents.
import type { Statement } from './statement.js';
import { ALL_PREDICATES, predicateAlternation } from './statement.js';
import { FULLTEXT_INDEXES } from './schema-setup.js';
import { articleMap, entityMap } from './projections.js';

/**
 * Full-text search over both name indexes; an exact match of the normalised key ranks first and a
 * key prefix next, so `اردوغان` finds `أردوغان` even where the analyzer would not.
 * @example searchStatement('(erdogan^4 OR erdogan*)', 'erdogan', { limit: 10 })
 */
export function searchStatement(
  lucene: string,
  key: string,
  options: { limit: number; types?: readonly string[] | undefined },
): Statement {
  return {
    cypher: `CALL () {
  CALL db.index.fulltext.queryNodes('${FULLTEXT_INDEXES.arabic}', $lucene, {limit: $candidates}) YIELD node, score RETURN node, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('${FULLTEXT_INDEXES['standard-no-stop-words']}', $lucene, {limit: $candidates}) YIELD node, score RETURN node, score
}
WITH node, max(score) AS score
WHERE $types IS NULL OR node.type IN $types
WITH node, score
  + CASE WHEN $key IN node.searchKeys THEN 100.0 ELSE 0.0 END
  + CASE WHEN any(k IN node.searchKeys WHERE k STARTS WITH $key) THEN 10.0 ELSE 0.0 END AS score
RETURN node.id AS id, node.name AS name, node.nameEn AS nameEn, node.type AS type, score
ORDER BY score DESC, id
LIMIT $limit`,
    params: {
      lucene,
      key,
      // Best Lucene hits per index before the type filter and the key boosts re-rank them.
      candidates: Math.max(500, options.limit * 20),
      limit: options.limit,
      types: options.types && options.types.length > 0 ? [...options.types] : null,
    },
  };
}

/**
 * One entity with its mention count, roles over time, strongest neighbours, evidence pointers
 * (resolved to sentences by `evidenceSentencesStatement`) and articles.
 * @example entityStatement('per_1', { neighbors: 50, evidence: 100, articles: 50 })
 */
export function entityStatement(
  id: string,
  limits: { neighbors: number; evidence: number; articles: number },
): Statement {
  const types = predicateAlternation();
  return {
    cypher: `MATCH (e:Entity {id: $id})
RETURN e {.id, .type, .subtype, .name, .nameEn, .aliases, .wikidata, .iso, .lat, .lon} AS entity,
  COUNT { (:Sentence)-[:MENTIONS]->(e) } AS mentionCount,
  COLLECT {
    MATCH (e)-[r:HOLDS_ROLE]->(o:Entity)
    RETURN {role: r.role, roleEn: r.roleEn, org: o {.id, .name, .nameEn}, firstSeen: r.firstSeen, lastSeen: r.lastSeen, weight: r.weight} AS role
    ORDER BY role.firstSeen, role.role
  } AS roles,
  COLLECT {
    MATCH (e)-[r:${types}]-(n:Entity)
    RETURN {id: n.id, name: n.name, nameEn: n.nameEn, type: n.type, predicate: type(r),
      direction: CASE WHEN startNode(r) = e THEN 'out' ELSE 'in' END, weight: r.weight, modality: r.modality} AS neighbor
    ORDER BY neighbor.weight DESC, neighbor.id
    LIMIT $neighborLimit
  } AS neighbors,
  COLLECT {
    MATCH (e)-[r:${types}]-(:Entity)
    UNWIND range(0, size(r.evidenceKeys) - 1) AS i
    RETURN {key: r.evidenceKeys[i], confidence: r.evidenceConfidence[i], predicate: type(r)} AS evidence
    LIMIT $evidenceLimit
  } AS relationEvidence,
  COLLECT {
    MATCH (e)-[:PARTICIPATED_IN]->(ev:Event)<-[m:MENTIONS]-(s:Sentence)
    RETURN {sentenceId: s.id, start: m.start, end: m.end, confidence: ev.confidence, predicate: ev.type} AS evidence
    LIMIT $evidenceLimit
  } AS eventEvidence,
  COLLECT {
    MATCH (a:Article)-[:HAS_SENTENCE]->(:Sentence)-[:MENTIONS]->(e)
    WITH DISTINCT a
    RETURN ${articleMap('a')} AS article
    ORDER BY article.date DESC, article.id
    LIMIT $articleLimit
  } AS articles`,
    params: { id, neighborLimit: limits.neighbors, evidenceLimit: limits.evidence, articleLimit: limits.articles },
  };
}

/**
 * Sentence text and article for each sentence id (evidence resolution).
 * @example evidenceSentencesStatement(['doc_1#0'])
 */
export function evidenceSentencesStatement(sentenceIds: readonly string[]): Statement {
  return {
    cypher: `UNWIND $ids AS sid
MATCH (s:Sentence {id: sid})
OPTIONAL MATCH (a:Article {id: s.articleId})
RETURN s.id AS id, s.text AS text, CASE WHEN a IS NULL THEN null ELSE ${articleMap('a')} END AS article`,
    params: { ids: [...new Set(sentenceIds)] },
  };
}

/**
 * Events filtered by ISO date range (inclusive, prefix-aware: `to: '2025-05'` keeps all of May),
 * place, participant and type; chronological.
 * @example eventsStatement({ from: '2025-01-01', to: null, place: null, participant: 'per_1', types: null, limit: 200 })
 */
export function eventsStatement(q: {
  from: string | null;
  to: string | null;
  place: string | null;
  participant: string | null;
  types: readonly string[] | null;
  /** Only events with a participant or place among these entity ids (the overview's events). */
  touching?: readonly string[] | null;
  limit: number;
}): Statement {
  // From the entities through the id index when the events of given entities are asked for (the overview's),
  // else every event: a membership test of each event against thousands of ids would scan them all.
  const start = q.touching
    ? `UNWIND $touching AS touched
MATCH (:Entity {id: touched})-[:PARTICIPATED_IN|OCCURRED_IN]-(ev:Event)
WITH DISTINCT ev`
    : 'MATCH (ev:Event)';
  return {
    cypher: `${start}
WHERE ($types IS NULL OR ev.type IN $types)
  AND ($from IS NULL OR ev.date >= $from)
  AND ($toExclusive IS NULL OR ev.date < $toExclusive)
  AND ($place IS NULL OR EXISTS { (ev)-[:OCCURRED_IN]->(:Entity {id: $place}) })
  AND ($participant IS NULL OR EXISTS { (:Entity {id: $participant})-[:PARTICIPATED_IN]->(ev) })
WITH ev
ORDER BY ev.date IS NULL, ev.date, ev.id
LIMIT $limit
OPTIONAL MATCH (ev)-[:OCCURRED_IN]->(loc:Entity)
OPTIONAL MATCH (s:Sentence {id: ev.sentenceId})
OPTIONAL MATCH (a:Article {id: s.articleId})
RETURN ev {.id, .type, .date, .dateText, .modality, .confidence, .evidenceStart, .evidenceEnd} AS event,
  CASE WHEN loc IS NULL THEN null ELSE loc {.id, .name, .nameEn, .lat, .lon} END AS location,
  COLLECT { MATCH (p:Entity)-[:PARTICIPATED_IN]->(ev) RETURN ${entityMap('p')} AS p ORDER BY p.id } AS participants,
  s.text AS sentence,
  CASE WHEN a IS NULL THEN null ELSE ${articleMap('a')} END AS article`,
    params: {
      from: q.from,
      // '\uffff' sorts after every date character, so '2025-05' includes '2025-05-31'.
      toExclusive: q.to === null ? null : `${q.to}\uffff`,
      place: q.place,
      participant: q.participant,
      types: q.types && q.types.length > 0 ? [...q.types] : null,
      touching: q.touching ? [...q.touching] : null,
      limit: q.limit,
    },
  };
}

/**
 * Node and relationship counts, per entity type and per predicate (all from Neo4j's count store).
 * @example statsStatement()
 */
export function statsStatement(): Statement {
  const byPredicate = ALL_PREDICATES.map((p) => `${p}: COUNT { ()-[:${p}]->() }`).join(', ');
  return {
    cypher: `RETURN COUNT { (:Article) } AS documents,
  COUNT { (:Entity) } AS entities,
  COUNT { ()-[:${predicateAlternation()}]->() } AS relations,
  COUNT { (:Event) } AS events,
  COUNT { (:Sentence) } AS sentences,
  {PERSON: COUNT { (:Person) }, ORGANIZATION: COUNT { (:Organization) }, LOCATION: COUNT { (:Location) }} AS byType,
  {${byPredicate}} AS byPredicate`,
    params: {},
  };
}

/**
 * Which of these article ids are stored (stubs excluded), with their content hash.
 * @example knownDocumentsStatement(['doc_1'])
 */
export function knownDocumentsStatement(ids: readonly string[]): Statement {
  return {
    cypher: `MATCH (a:Article)
WHERE a.id IN $ids AND a.title IS NOT NULL
RETURN a.id AS id, a.contentHash AS contentHash`,
    params: { ids: [...ids] },
  };
}

/**
 * Which of these entity ids are not stored (an upsert referring to them is refused before it writes).
 * @example missingEntitiesStatement(['per_1', 'loc_2'])
 */
export function missingEntitiesStatement(ids: readonly string[]): Statement {
  return {
    cypher: `UNWIND $ids AS id
OPTIONAL MATCH (e:Entity {id: id})
WITH id, e WHERE e IS NULL
RETURN id`,
    params: { ids: [...ids] },
  };
}
