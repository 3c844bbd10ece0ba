// The SQLite schema of the graph: articles, sentences, entities and their names (+ FTS5), mentions,
// relations keyed by relationKey with their evidence, events and participants. Idempotent DDL.

export const SCHEMA_VERSION = 1;

export const SCHEMA_SQL = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
  id TEXT PRIMARY KEY, title TEXT NOT NULL, url TEXT, source TEXT, published_at TEXT,
  lang TEXT NOT NULL, kind TEXT NOT NULL, content_hash TEXT
);
CREATE TABLE IF NOT EXISTS sentences (
  id TEXT PRIMARY KEY, doc_id TEXT NOT NULL, idx INTEGER, start INTEGER, end INTEGER, text TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS sentences_doc ON sentences (doc_id, idx);
CREATE TABLE IF NOT EXISTS entities (
  id TEXT PRIMARY KEY, type TEXT NOT NULL, subtype TEXT, name TEXT NOT NULL, name_en TEXT NOT NULL,
  wikidata TEXT, iso TEXT, degree REAL NOT NULL DEFAULT 0, lat REAL, lon REAL
);
CREATE INDEX IF NOT EXISTS entities_degree ON entities (degree DESC, id);
CREATE INDEX IF NOT EXISTS entities_type ON entities (type);
CREATE TABLE IF NOT EXISTS names (
  entity_id TEXT NOT NULL, kind TEXT NOT NULL, text TEXT NOT NULL, key TEXT NOT NULL,
  UNIQUE (entity_id, kind, text)
);
CREATE INDEX IF NOT EXISTS names_key ON names (key);
CREATE VIRTUAL TABLE IF NOT EXISTS names_fts USING fts5 (key, content = 'names', content_rowid = 'rowid');
CREATE VIRTUAL TABLE IF NOT EXISTS names_trigram USING fts5 (
  key, content = 'names', content_rowid = 'rowid', tokenize = 'trigram'
);
CREATE TABLE IF NOT EXISTS mentions (
  entity_id TEXT NOT NULL, doc_id TEXT NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL,
  PRIMARY KEY (entity_id, doc_id, start, end)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS mentions_doc ON mentions (doc_id);
CREATE TABLE IF NOT EXISTS relations (
  key TEXT PRIMARY KEY, subject TEXT NOT NULL, predicate TEXT NOT NULL, object TEXT NOT NULL, role TEXT,
  role_en TEXT, modality TEXT NOT NULL, weight INTEGER NOT NULL DEFAULT 0, first_seen TEXT, last_seen TEXT,
  confidence REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS relations_subject ON relations (subject, predicate);
CREATE INDEX IF NOT EXISTS relations_object ON relations (object, predicate);
CREATE TABLE IF NOT EXISTS relation_evidence (
  rel_key TEXT NOT NULL, doc_id TEXT NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL,
  sentence_id TEXT NOT NULL, span_start INTEGER NOT NULL, span_end INTEGER NOT NULL,
  extractor TEXT NOT NULL, confidence REAL NOT NULL,
  PRIMARY KEY (rel_key, doc_id, start, end)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS relation_evidence_doc ON relation_evidence (doc_id);
CREATE TABLE IF NOT EXISTS events (
  id TEXT PRIMARY KEY, type TEXT NOT NULL, date TEXT, date_text TEXT, modality TEXT NOT NULL,
  location TEXT, confidence REAL NOT NULL, doc_id TEXT NOT NULL, sentence_id TEXT NOT NULL,
  span_start INTEGER NOT NULL, span_end INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS events_date ON events (date);
CREATE INDEX IF NOT EXISTS events_location ON events (location, date);
CREATE TABLE IF NOT EXISTS event_participants (
  event_id TEXT NOT NULL, entity_id TEXT NOT NULL, PRIMARY KEY (event_id, entity_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS event_participants_entity ON event_participants (entity_id);
`;

/**
 * Columns added after a table's first release: `CREATE TABLE IF NOT EXISTS` leaves an older file's table as it
 * was, so they are added when missing (coordinates of places, #19).
 */
export const ADDED_COLUMNS: readonly { table: string; column: string; type: string }[] = [
  { table: 'entities', column: 'lat', type: 'REAL' },
  { table: 'entities', column: 'lon', type: 'REAL' },
];
