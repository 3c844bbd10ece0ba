// Upsert builders: batched `UNWIND $rows … MERGE` statements, nodes first, then relationships.
import { modalityRankExpression } from '@shabaka/schema';
import type { EntityType, Predicate } from '@shabaka/schema';
import type { ArticleRow, EntityRow, EventRow, MentionRow, RelationRow, SentenceRow } from '../rows.js';
import type { Statement } from './statement.js';
import { entityLabel, validPredicate } from './statement.js';

/**
 * Articles: created once; their properties are rewritten only when the content hash changed
 * (or the node was a stub), so re-upserting sets nothing.
 * @example mergeArticles([{ id: 'doc_1', props: { title: 'T', url: null, source: null, publishedAt: null, lang: 'en' }, contentHash: null, kind: 'article' }])
 */
export function mergeArticles(rows: readonly ArticleRow[]): Statement {
  return {
    cypher: `${NO_REPLAN}UNWIND $rows AS row
MERGE (a:Article {id: row.id})
ON CREATE SET a += row.props, a.contentHash = row.contentHash, a.kind = row.kind
WITH a, row
WHERE a.title IS NULL OR a.contentHash <> row.contentHash
SET a += row.props, a.contentHash = row.contentHash, a.kind = row.kind`,
    params: { rows },
  };
}

/**
 * Upserts seek every node and relationship through a unique index whatever the statistics say, so a
 * cached plan never goes stale; without this, Neo4j re-plans each of the ~20 statement texts whenever a
 * bulk load moves the counts (seconds per re-plan on a busy machine).
 */
const NO_REPLAN = 'CYPHER replan=skip\n';

// Offsets travel as JS numbers (sent as floats); `toInteger` stores them as integers.

/**
 * The relationship keys stored on these sentences, for those that exist.
 * @example storedSentenceKeys(['doc_1#0'])
 */
export function storedSentenceKeys(ids: readonly string[]): Statement {
  return {
    cypher: `${NO_REPLAN}UNWIND $ids AS id
MATCH (s:Sentence {id: id})
RETURN id, coalesce(s.relationKeys, []) AS keys`,
    params: { ids: [...ids] },
  };
}

/**
 * Sentences and their `HAS_SENTENCE` link; a missing article becomes a stub the next article upsert fills.
 * `relationKeys` (the relationships a sentence evidences) only grow: they are how an edited article's
 * old relationships are found again (`retractArticle`). Rows carry only keys the sentence does not hold
 * yet (`writeSentenceBatch` filters them with `storedSentenceKeys`): filtering here, `NOT k IN s.relationKeys`
 * per key, was quadratic: 67 s to re-upsert the bench's 100k relationships, all on one sentence. A created sentence
 * holds exactly the row's keys, so they are appended only to a sentence that held something else.
 * @example mergeSentences([{ id: 'doc_1#0', articleId: 'doc_1', index: 0, text: 'Hi.', start: 0, relationKeys: [] }])
 */
export function mergeSentences(rows: readonly SentenceRow[]): Statement {
  return {
    cypher: `${NO_REPLAN}UNWIND $rows AS row
MERGE (s:Sentence {id: row.id})
ON CREATE SET s.articleId = row.articleId, s.index = toInteger(row.index), s.text = row.text, s.start = toInteger(row.start),
  s.relationKeys = row.relationKeys
WITH s, row, coalesce(s.relationKeys, []) AS held
FOREACH (_ IN CASE WHEN size(row.relationKeys) > 0 AND held <> row.relationKeys THEN [1] ELSE [] END |
  SET s.relationKeys = held + row.relationKeys)
MERGE (a:Article {id: row.articleId})
MERGE (a)-[:HAS_SENTENCE]->(s)`,
    params: { rows },
  };
}

/**
 * Entities of one type. Aliases and search keys grow by union; names are kept from the first
 * writer; linked ids (wikidata, iso, subtype) are filled when a later writer knows them.
 * @example mergeEntities('PERSON', rows)
 */
export function mergeEntities(type: EntityType, rows: readonly EntityRow[]): Statement {
  const label = entityLabel(type);
  // A new node gets everything in one SET (each SET feeds the full-text indexes, which is the cost);
  // the second SET runs only for known nodes that learn a new alias or linked id, after taking the node's
  // write lock (`SET e._lock`), so a concurrent writer's new aliases are read, not overwritten.
  return {
    cypher: `${NO_REPLAN}UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
ON CREATE SET e:${label}, e += row.props, e.aliases = row.aliases, e.searchKeys = row.searchKeys,
  e.aliasText = row.aliasText, e.searchText = row.searchText
WITH e, row
WHERE any(a IN row.aliases WHERE NOT a IN e.aliases) OR any(k IN row.searchKeys WHERE NOT k IN e.searchKeys)
  OR (e.wikidata IS NULL AND row.props.wikidata IS NOT NULL)
  OR (e.iso IS NULL AND row.props.iso IS NOT NULL)
  OR (e.lat IS NULL AND row.props.lat IS NOT NULL)
  OR (e.subtype IS NULL AND row.props.subtype IS NOT NULL)
SET e._lock = true
WITH e, row,
  [a IN row.aliases WHERE NOT a IN e.aliases] AS newAliases,
  [k IN row.searchKeys WHERE NOT k IN e.searchKeys] AS newKeys
REMOVE e._lock
WITH e, row, e.aliases + newAliases AS aliases, e.searchKeys + newKeys AS keys
SET e.aliases = aliases,
  e.searchKeys = keys,
  e.aliasText = reduce(t = head(aliases), a IN tail(aliases) | t + ' | ' + a),
  e.searchText = reduce(t = head(keys), k IN tail(keys) | t + ' | ' + k),
  e.wikidata = coalesce(e.wikidata, row.props.wikidata),
  e.iso = coalesce(e.iso, row.props.iso),
  e.lat = coalesce(e.lat, row.props.lat),
  e.lon = coalesce(e.lon, row.props.lon),
  e.subtype = coalesce(e.subtype, row.props.subtype)`,
    params: { rows },
  };
}

/**
 * `(:Sentence)-[:MENTIONS {start, end}]->(:Entity)`, one per mention span (offsets inside the sentence).
 * @example mergeMentions([{ sentenceId: 'doc_1#0', entityId: 'per_1', start: 0, end: 5 }])
 */
export function mergeMentions(rows: readonly MentionRow[]): Statement {
  return {
    cypher: `${NO_REPLAN}UNWIND $rows AS row
MATCH (s:Sentence {id: row.sentenceId})
MATCH (e:Entity {id: row.entityId})
MERGE (s)-[m:MENTIONS {start: toInteger(row.start)}]->(e)
ON CREATE SET m.end = toInteger(row.end)`,
    params: { rows },
  };
}

/**
 * Events with their evidence sentence (`MENTIONS` carries the span), participants and location.
 * @example mergeEvents([{ id: 'ev_1', props: { type: 'MEETING', … }, participants: ['per_1'], location: null }])
 */
export function mergeEvents(rows: readonly EventRow[]): Statement {
  return {
    cypher: `${NO_REPLAN}UNWIND $rows AS row
MERGE (ev:Event {id: row.id})
ON CREATE SET ev += row.props,
  ev.evidenceStart = toInteger(row.props.evidenceStart), ev.evidenceEnd = toInteger(row.props.evidenceEnd)
WITH ev, row
MATCH (s:Sentence {id: row.props.sentenceId})
MERGE (s)-[m:MENTIONS {start: toInteger(row.props.evidenceStart)}]->(ev)
ON CREATE SET m.end = toInteger(row.props.evidenceEnd)
WITH ev, row
CALL (ev, row) {
  UNWIND row.participants AS pid
  MATCH (p:Entity {id: pid})
  MERGE (p)-[:PARTICIPATED_IN]->(ev)
}
CALL (ev, row) {
  WITH ev, row WHERE row.location IS NOT NULL
  MATCH (l:Entity {id: row.location})
  MERGE (ev)-[:OCCURRED_IN]->(l)
}`,
    params: { rows },
  };
}

/**
 * Everything a relationship created from a row holds besides its key and weight (`size(evidenceKeys)`, an
 * INTEGER: a JS number sent as a parameter would be stored as FLOAT). The MERGE path writes them as a map, the
 * CREATE path as columns named after them (its SET lists each; a builder test holds the two together).
 */
const NEW_RELATIONSHIP_PROPS: Record<string, (r: RelationRow) => unknown> = {
  role: (r) => r.role,
  roleEn: (r) => r.roleEn,
  modality: (r) => r.modality,
  evidenceKeys: (r) => r.evidence.map((ev) => ev.key),
  evidenceConfidence: (r) => r.evidence.map((ev) => ev.confidence),
  sentenceIds: (r) => r.sentenceIds,
  firstSeen: (r) => r.firstSeen,
  lastSeen: (r) => r.lastSeen,
};

/**
 * Relationships created blindly, without MERGE's locking seek: ≈1.4× its rate on a bulk load of new keys.
 * If one of the keys is stored already (or another writer creates it meanwhile), the key's uniqueness
 * constraint fails the transaction and the caller writes the rows again through `mergeRelations`.
 * Parameters are columns, one list per field: the driver then packs no map keys per row, which cut client
 * CPU by a third on 5,000-row batches.
 * @example createRelations('MET', [{ key: 'rel_1', subject: 'per_1', object: 'per_2', role: null, modality: 'asserted', evidence: [], sentenceIds: [], firstSeen: null, lastSeen: null }])
 */
export function createRelations(predicate: Predicate, rows: readonly RelationRow[]): Statement {
  const columns = Object.entries(NEW_RELATIONSHIP_PROPS).map(([name, value]) => [name, rows.map((r) => value(r))]);
  return {
    cypher: `${NO_REPLAN}UNWIND range(0, size($keys) - 1) AS i
MATCH (s:Entity {id: $subjects[i]})
MATCH (o:Entity {id: $objects[i]})
CREATE (s)-[r:${validPredicate(predicate)} {key: $keys[i]}]->(o)
SET r.weight = size($evidenceKeys[i]), r.role = $role[i], r.roleEn = $roleEn[i], r.modality = $modality[i], r.evidenceKeys = $evidenceKeys[i],
  r.evidenceConfidence = $evidenceConfidence[i], r.sentenceIds = $sentenceIds[i], r.firstSeen = $firstSeen[i],
  r.lastSeen = $lastSeen[i]`,
    params: {
      keys: rows.map((r) => r.key),
      subjects: rows.map((r) => r.subject),
      objects: rows.map((r) => r.object),
      ...Object.fromEntries(columns),
    },
  };
}

/**
 * Entity→entity relationships of one predicate, one per key. Weight, sentence ids and the
 * seen-dates grow only with evidence whose key (sentence id + span) is new, so re-upserting the
 * same evidence changes nothing.
 * @example mergeRelations('MET', [{ key: 'rel_1', subject: 'per_1', object: 'per_2', role: null, modality: 'asserted', evidence: [], sentenceIds: [], firstSeen: null, lastSeen: null }])
 */
export function mergeRelations(predicate: Predicate, rows: readonly RelationRow[]): Statement {
  const type = validPredicate(predicate);
  // New relationships are written whole by ON CREATE (their evidence is then not "fresh"); a known one takes
  // the role's other language only when it lacks it (a SET of an unchanged value still counts as a write, and
  // re-upserting must write nothing). The aggregation SET runs only for known relationships that receive new evidence. Two writers may bring
  // the same evidence at once: `SET r._lock` takes the relationship's write lock first, and "fresh" is
  // decided on what it holds once the other writer has committed (else both append it: weight 2 for one).
  // READ COMMITTED makes that second read see the committed list.
  return {
    cypher: `${NO_REPLAN}UNWIND $rows AS row
MATCH (s:Entity {id: row.subject})
MATCH (o:Entity {id: row.object})
MERGE (s)-[r:${type} {key: row.key}]->(o)
ON CREATE SET r += row.props, r.weight = size(row.props.evidenceKeys)
FOREACH (_ IN CASE WHEN (r.role IS NULL OR r.role = r.roleEn) AND row.props.role <> coalesce(r.role, '') THEN [1] ELSE [] END |
  SET r.role = row.props.role)
FOREACH (_ IN CASE WHEN r.roleEn IS NULL AND row.props.roleEn IS NOT NULL THEN [1] ELSE [] END | SET r.roleEn = row.props.roleEn)
WITH r, row WHERE any(ev IN row.evidence WHERE NOT ev.key IN r.evidenceKeys)
SET r._lock = true
WITH r, [ev IN row.evidence WHERE NOT ev.key IN r.evidenceKeys] AS fresh
REMOVE r._lock
WITH r, fresh WHERE size(fresh) > 0
WITH r, fresh,
  [d IN [ev IN fresh | ev.seen] WHERE d IS NOT NULL] AS seen,
  reduce(acc = [], ev IN fresh | CASE WHEN ev.sentenceId IN acc OR ev.sentenceId IN r.sentenceIds THEN acc ELSE acc + ev.sentenceId END) AS newSentences
SET r.weight = r.weight + size(fresh),
  r.evidenceKeys = r.evidenceKeys + [ev IN fresh | ev.key],
  r.evidenceConfidence = r.evidenceConfidence + [ev IN fresh | ev.confidence],
  r.sentenceIds = r.sentenceIds + newSentences,
  r.firstSeen = reduce(m = r.firstSeen, d IN seen | CASE WHEN m IS NULL OR d < m THEN d ELSE m END),
  r.lastSeen = reduce(m = r.lastSeen, d IN seen | CASE WHEN m IS NULL OR d > m THEN d ELSE m END),
  r.modality = reduce(m = r.modality, ev IN fresh |
    CASE WHEN ${modalityRankExpression('ev.modality')} < ${modalityRankExpression('m')} THEN ev.modality ELSE m END)`,
    params: {
      rows: rows.map((r) => ({
        key: r.key,
        subject: r.subject,
        object: r.object,
        evidence: r.evidence,
        props: Object.fromEntries(Object.entries(NEW_RELATIONSHIP_PROPS).map(([name, value]) => [name, value(r)])),
      })),
    },
  };
}
