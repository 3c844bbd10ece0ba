// A canonical dump of a SQLite graph file: every row of every data table, sorted, plus row and value counts,
// so two stores holding the same graph give byte-identical dumps whatever order things were written in.
import Database from 'better-sqlite3';

/** The tables that hold the graph (the FTS5 indexes are derived from `names`). */
const TABLES = [
  'articles',
  'sentences',
  'entities',
  'names',
  'mentions',
  'relations',
  'relation_evidence',
  'events',
  'event_participants',
] as const;

export interface GraphDump {
  /** One JSON line per row (table name first), sorted. */
  lines: string[];
  /** Rows per table (SQLite) or nodes/relationships per label (Neo4j). */
  counts: Record<string, number>;
  /** Non-null values over all rows: the "property count". */
  properties: number;
}

/**
 * Reads the whole graph of a SQLite store file, sorted, read-only.
 * @example const a = sqliteDump('clean.db'); const b = sqliteDump('resumed.db'); expect(b).toEqual(a)
 */
export function sqliteDump(path: string): GraphDump {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const lines: string[] = [];
    const counts: Record<string, number> = {};
    let properties = 0;
    for (const table of TABLES) {
      const rows = db.prepare(`SELECT * FROM ${table}`).all() as Record<string, unknown>[];
      counts[table] = rows.length;
      for (const row of rows) {
        properties += Object.values(row).filter((v) => v !== null).length;
        lines.push(JSON.stringify([table, row]));
      }
    }
    lines.sort();
    return { lines, counts, properties };
  } finally {
    db.close();
  }
}

/**
 * Documents in a store file that are committed (not `pending:`), or 0 before the file has its schema.
 * @example committedDocuments('g.db') // 12
 */
export function committedDocuments(path: string): number {
  let db: Database.Database | undefined;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true, timeout: 1000 });
    const row = db
      .prepare("SELECT count(*) AS n FROM articles WHERE content_hash IS NULL OR content_hash NOT LIKE 'pending:%'")
      .get() as { n: number };
    return row.n;
  } catch {
    return 0;
  } finally {
    db?.close();
  }
}
