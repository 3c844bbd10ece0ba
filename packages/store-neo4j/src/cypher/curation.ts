// Curation builders: the extraction log (`:ExtractionSlice` nodes, one per document and content), the curation
// records (`:Curation` nodes) and the deletes a rebuild starts with. None of these nodes is an `:Entity`, so the
// graph's reads never see them.
import type { Statement } from './statement.js';

/** Constraints and indexes for the log and the records (idempotent, like `schemaStatements`). */
export function curationSchemaStatements(): Statement[] {
  return [
    'CREATE CONSTRAINT curation_id IF NOT EXISTS FOR (c:Curation) REQUIRE c.id IS UNIQUE',
    'CREATE CONSTRAINT extraction_slice_key IF NOT EXISTS FOR (s:ExtractionSlice) REQUIRE s.key IS UNIQUE',
    'CREATE INDEX extraction_slice_doc IF NOT EXISTS FOR (s:ExtractionSlice) ON (s.docId)',
  ].map((cypher) => ({ cypher, params: {} }));
}

export type SliceRow = {
  key: string;
  docId: string;
  contentHash: string | null;
  json: string;
  entityIds: string[];
  seq: number;
};

/**
 * Logs slices; an edited document's slices under another content hash go first (the `pending:` marker of a
 * half-committed write is the same content).
 * @example logSlices([{ key: 'doc_1|ab', docId: 'doc_1', contentHash: 'h', json: '{…}', entityIds: ['per_a'], seq: 1 }])
 */
export function logSlices(rows: readonly SliceRow[]): Statement {
  return {
    cypher: `UNWIND $rows AS row
CALL (row) {
  WITH row WHERE row.contentHash IS NOT NULL
  MATCH (old:ExtractionSlice {docId: row.docId})
  WHERE old.contentHash IS NULL OR replace(old.contentHash, 'pending:', '') <> replace(row.contentHash, 'pending:', '')
  DELETE old
}
MERGE (s:ExtractionSlice {key: row.key})
ON CREATE SET s.docId = row.docId, s.contentHash = row.contentHash, s.json = row.json, s.entityIds = row.entityIds,
  s.seq = row.seq`,
    params: { rows },
  };
}

/**
 * The slices of every document naming one of `ids` or listed in `docs`, and the document-less slices naming
 * one, oldest first. Scans the log (curation is rare; upserts never run this).
 * @example slicesFor(['per_a'], [])
 */
export function slicesFor(ids: readonly string[], docs: readonly string[]): Statement {
  return {
    cypher: `OPTIONAL MATCH (n:ExtractionSlice) WHERE any(id IN n.entityIds WHERE id IN $ids)
WITH collect(DISTINCT n.docId) + $docs AS docIds
MATCH (s:ExtractionSlice)
WHERE (s.docId <> '' AND s.docId IN docIds) OR (s.docId = '' AND any(id IN s.entityIds WHERE id IN $ids))
RETURN s.docId AS docId, s.json AS json ORDER BY s.seq`,
    params: { ids: [...ids], docs: [...docs] },
  };
}

/** Every record, oldest first. */
export function curationRecordsStatement(): Statement {
  return { cypher: 'MATCH (c:Curation) RETURN c.json AS json ORDER BY c.at, c.id', params: {} };
}

/** @example saveCurationRecord('cur_1', '2025-01-01T00:00:00.000Z', '{…}') */
export function saveCurationRecord(id: string, at: string, json: string): Statement {
  return { cypher: 'MERGE (c:Curation {id: $id}) SET c.at = $at, c.json = $json', params: { id, at, json } };
}

/** What a new record needs to know of the entities and documents it names. */
export function curationTargets(ids: readonly string[]): Statement {
  return {
    cypher: `UNWIND $ids AS id
OPTIONAL MATCH (e:Entity {id: id})
OPTIONAL MATCH (a:Article {id: id})
OPTIONAL MATCH (s:ExtractionSlice {docId: id})
WITH id, e, a, count(s) AS slices
RETURN id, e.name AS name, e.nameEn AS nameEn, e.type AS type, e IS NOT NULL AS isEntity,
  a IS NOT NULL OR slices > 0 AS isDocument`,
    params: { ids: [...ids] },
  };
}

/** Removes entities with every relationship they have (the rebuild writes back what the log says). */
export function deleteEntities(ids: readonly string[]): Statement {
  return { cypher: 'MATCH (e:Entity) WHERE e.id IN $ids DETACH DELETE e', params: { ids: [...ids] } };
}

/** Removes retracted articles (their sentences and events went with `retractArticle`). */
export function deleteArticles(ids: readonly string[]): Statement {
  return { cypher: 'MATCH (a:Article) WHERE a.id IN $ids DETACH DELETE a', params: { ids: [...ids] } };
}
