// Retracting an edited article: what its old version contributed goes before the new version is written.
import { ALL_PREDICATES, validPredicate } from './statement.js';
import type { Statement } from './statement.js';

/** One unique-index seek per predicate: a relationship type cannot be a parameter, so each is its own branch. */
function relationshipByTaggedKey(): string {
  return ALL_PREDICATES.map(
    (p) => `    MATCH ()-[r:${validPredicate(p)} {key: pk[1]}]->() WHERE pk[0] = '${validPredicate(p)}' RETURN r`,
  ).join('\n    UNION\n');
}

/**
 * Removes what article `docId` contributed: its evidence on every relationship its sentences list (a
 * relationship left without evidence is deleted; weight, sentence ids and seen-dates are recomputed
 * from the evidence that remains), its events and its sentences with their mentions. Entities and the
 * article node stay (other articles may name them; the article is rewritten next). Idempotent.
 * @example retractArticle('doc_1')
 */
export function retractArticle(docId: string): Statement {
  return {
    cypher: `MATCH (a:Article {id: $docId})
CALL (a) {
  MATCH (a)-[:HAS_SENTENCE]->(s:Sentence)
  UNWIND coalesce(s.relationKeys, []) AS tagged
  WITH DISTINCT split(tagged, ' ') AS pk
  CALL (pk) {
${relationshipByTaggedKey()}
  }
  WITH DISTINCT r
  WITH r, [i IN range(0, size(r.evidenceKeys) - 1) WHERE NOT r.evidenceKeys[i] STARTS WITH $prefix] AS keep
  CALL (r, keep) {
    WITH r, keep WHERE size(keep) = 0
    DELETE r
  }
  CALL (r, keep) {
    WITH r, keep WHERE size(keep) > 0
    SET r.evidenceKeys = [i IN keep | r.evidenceKeys[i]],
      r.evidenceConfidence = [i IN keep | r.evidenceConfidence[i]],
      r.sentenceIds = [id IN r.sentenceIds WHERE NOT id STARTS WITH $prefix],
      r.weight = size(keep)
    WITH r
    OPTIONAL MATCH (other:Article)-[:HAS_SENTENCE]->(s:Sentence) WHERE s.id IN r.sentenceIds
    WITH r, min(left(other.publishedAt, 10)) AS first, max(left(other.publishedAt, 10)) AS last
    SET r.firstSeen = first, r.lastSeen = last
  }
}
CALL (a) {
  MATCH (a)-[:HAS_SENTENCE]->(:Sentence)-[:MENTIONS]->(ev:Event)
  WITH DISTINCT ev
  DETACH DELETE ev
}
CALL (a) {
  MATCH (a)-[:HAS_SENTENCE]->(s:Sentence)
  DETACH DELETE s
}`,
    params: { docId, prefix: `${docId}#` },
  };
}
