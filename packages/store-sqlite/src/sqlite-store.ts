// SqliteStore: the embedded GraphStore over better-sqlite3 (WAL, prepared statements, one transaction per
// upsert). Queries validate their options with the schemas of @shabaka/schema.
import Database from 'better-sqlite3';
import {
  EventQuery,
  NeighborOptions,
  OverviewOptions,
  SearchOptions,
  ShabakaError,
  parseInput,
  withEvents,
} from '@shabaka/schema';
import type {
  CurationRecord,
  CurationRequestInput,
  CurationUndo,
  EntityDetail,
  EventSummary,
  ExtractionResult,
  GraphData,
  GraphStore,
  SearchHit,
  StoreStats,
  UpsertSummary,
} from '@shabaka/schema';
import { ArticleRetraction } from './article-retraction.js';
import { CURATION_SQL } from './curation-sql.js';
import { SqliteCuration } from './curation-store.js';
import { DetailReads } from './detail-reads.js';
import { GraphReads } from './graph-reads.js';
import { ADDED_COLUMNS, SCHEMA_SQL, SCHEMA_VERSION } from './schema-sql.js';
import { SearchReads } from './search-reads.js';
import { UpsertWriter } from './upsert-writer.js';

export type SqliteStoreOptions = {
  /** Database file; `:memory:` for a throwaway store. */
  path: string;
  /** How long a writer waits for another process's write lock, in ms. Default 60 000: a writer replays the curation log in its transaction, so two ingests on a loaded machine can hold the lock for seconds. */
  busyTimeoutMs?: number;
};

/** Default maximum path length for `shortestPath`. */
const DEFAULT_MAX_DEPTH = 6;

export class SqliteStore implements GraphStore {
  readonly kind = 'sqlite' as const;
  private db: Database.Database | null = null;
  private parts: {
    writer: SqliteCuration;
    graph: GraphReads;
    detail: DetailReads;
    search: SearchReads;
  } | null = null;

  constructor(private readonly options: SqliteStoreOptions) {}

  async init(): Promise<void> {
    if (this.db) return;
    let db: Database.Database;
    try {
      db = new Database(this.options.path);
    } catch (cause) {
      throw new ShabakaError('STORE_UNAVAILABLE', `store-sqlite: cannot open ${this.options.path}`, {
        hint: 'check that the folder exists and is writable',
        cause,
      });
    }
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma(`busy_timeout = ${this.options.busyTimeoutMs ?? 60_000}`);
    // A 64 MiB page cache keeps the relation and name indexes of a 100k-entity graph in memory.
    db.pragma('cache_size = -65536');
    db.pragma('temp_store = MEMORY');
    db.exec(SCHEMA_SQL);
    // Stores written before roles had English labels gain the column; their edges keep a null label.
    if (!db.prepare(`SELECT 1 FROM pragma_table_info('relations') WHERE name = 'role_en'`).get())
      db.exec(`ALTER TABLE relations ADD COLUMN role_en TEXT`);
    db.exec(CURATION_SQL);
    for (const { table, column, type } of ADDED_COLUMNS) {
      const columns = db.prepare<[], { name: string }>(`SELECT name FROM pragma_table_info('${table}')`).all();
      if (!columns.some((c) => c.name === column)) db.exec(`ALTER TABLE ${table} ADD COLUMN ${column} ${type}`);
    }
    db.prepare(`INSERT OR IGNORE INTO meta (key, value) VALUES ('schemaVersion', ?)`).run(String(SCHEMA_VERSION));
    const graph = new GraphReads(db);
    const retraction = new ArticleRetraction(db);
    this.db = db;
    this.parts = {
      writer: new SqliteCuration(db, new UpsertWriter(db), (doc) => retraction.retract(doc)),
      graph,
      detail: new DetailReads(db, graph),
      search: new SearchReads(db),
    };
  }

  private get p(): NonNullable<SqliteStore['parts']> {
    if (!this.parts) {
      throw new ShabakaError('STORE_UNAVAILABLE', 'store-sqlite: the store is not open', {
        hint: 'use createSqliteStore() (it calls init) and do not use a store after close()',
      });
    }
    return this.parts;
  }

  async upsert(result: ExtractionResult): Promise<UpsertSummary> {
    return this.p.writer.upsert(result);
  }

  async knownDocuments(ids: readonly string[]): Promise<Map<string, string | null>> {
    return this.p.search.knownDocuments(ids);
  }

  async overview(options?: OverviewOptions): Promise<GraphData> {
    const { limit, events } = parseInput(OverviewOptions, options, 'store-sqlite: overview options');
    const data = this.p.graph.overview(limit);
    if (!events) return data;
    return withEvents(data, this.p.detail.events({ touching: data.nodes.map((n) => n.id), limit: events }));
  }

  async search(query: string, options?: SearchOptions): Promise<SearchHit[]> {
    return this.p.search.search(query, parseInput(SearchOptions, options, 'store-sqlite: search options'));
  }

  async neighbors(id: string, options?: NeighborOptions): Promise<GraphData> {
    return this.p.graph.neighbors(id, parseInput(NeighborOptions, options, 'store-sqlite: neighbors options'));
  }

  async entity(id: string): Promise<EntityDetail | null> {
    return this.p.detail.entity(id);
  }

  async shortestPath(from: string, to: string, options?: { maxDepth?: number }): Promise<GraphData | null> {
    const maxDepth = options?.maxDepth ?? DEFAULT_MAX_DEPTH;
    if (!Number.isInteger(maxDepth) || maxDepth < 1 || maxDepth > 15) {
      throw new ShabakaError('INVALID_INPUT', `store-sqlite: maxDepth must be an integer 1..15, got ${maxDepth}`);
    }
    return this.p.graph.shortestPath(from, to, maxDepth);
  }

  async events(query?: EventQuery): Promise<EventSummary[]> {
    return this.p.detail.events(parseInput(EventQuery, query, 'store-sqlite: events options'));
  }

  async stats(): Promise<StoreStats> {
    return this.p.search.stats();
  }

  async exportGraph(): Promise<GraphData> {
    return this.p.graph.exportGraph();
  }

  async curate(request: CurationRequestInput): Promise<CurationRecord> {
    return this.p.writer.curate(request);
  }

  async curationRecords(): Promise<CurationRecord[]> {
    return this.p.writer.records();
  }

  async undoCuration(id: string, undo?: Partial<CurationUndo>): Promise<CurationRecord> {
    return this.p.writer.undo(id, undo?.by ?? 'analyst');
  }

  async close(): Promise<void> {
    this.parts = null;
    this.db?.close();
    this.db = null;
  }
}

/**
 * Opens (creating if needed) a SQLite graph store and initialises its schema.
 * @example
 * const store = await createSqliteStore({ path: './shabaka.db' });
 * await store.upsert(extract('التقى أردوغان ترامب في أنقرة'));
 * const hits = await store.search('اردوغان');
 */
export async function createSqliteStore(options: SqliteStoreOptions): Promise<GraphStore> {
  const store = new SqliteStore(options);
  await store.init();
  return store;
}
