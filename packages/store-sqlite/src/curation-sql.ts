// The SQLite tables beside the graph that curation needs: the extraction log (one slice of extracted facts per
// document, verbatim) with the entities each slice names, and the curation records. Idempotent DDL.

export const CURATION_SQL = `
CREATE TABLE IF NOT EXISTS extraction_slices (
  seq INTEGER PRIMARY KEY AUTOINCREMENT, doc_id TEXT NOT NULL, digest TEXT NOT NULL, content_hash TEXT,
  json TEXT NOT NULL, UNIQUE (doc_id, digest)
);
CREATE TABLE IF NOT EXISTS extraction_slice_entities (
  entity_id TEXT NOT NULL, seq INTEGER NOT NULL, PRIMARY KEY (entity_id, seq)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS extraction_slice_entities_seq ON extraction_slice_entities (seq);
CREATE TABLE IF NOT EXISTS curation (
  seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, undone INTEGER NOT NULL DEFAULT 0,
  json TEXT NOT NULL
);
`;
