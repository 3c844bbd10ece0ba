// Neo4jStore: the GraphStore over neo4j-driver (schema setup, batched idempotent upsert, queries, console).
import neo4j, { Neo4jError } from 'neo4j-driver';
import type { ManagedTransaction } from 'neo4j-driver';
import type {
  CurationRecord,
  CurationRequestInput,
  CurationUndo,
  CypherResult,
  EntityDetail,
  EventSummary,
  ExtractionResult,
  GraphData,
  GraphStore,
  SearchHit,
  StoreStats,
  UpsertSummary,
} from '@shabaka/schema';
import {
  ArticleRef,
  EntityDetail as EntityDetailSchema,
  EventQuery,
  EventSummary as EventSummarySchema,
  NeighborOptions,
  OverviewOptions,
  addWrites,
  externalEntityIds,
  noWrites,
  parseInput,
  sameContent,
  unknownEntitiesError,
  withEvents,
  SearchHit as SearchHitSchema,
  SearchOptions,
  ShabakaError,
  StoreStats as StoreStatsSchema,
} from '@shabaka/schema';
import type { EntityType, Predicate } from '@shabaka/schema';
import { matchKey } from '@shabaka/text';
import type { Statement } from './cypher/statement.js';
import { inPool, roundRobin } from './pool.js';
import { awaitSearchRefresh, schemaStatements } from './cypher/schema-setup.js';
import { mergeArticles, mergeEntities, mergeEvents, mergeMentions } from './cypher/upsert.js';
import {
  exportEdgesStatement,
  exportNodesStatement,
  neighborsStatement,
  overviewStatement,
  shortestPathStatement,
} from './cypher/read-graph.js';
import {
  entityStatement,
  eventsStatement,
  evidenceSentencesStatement,
  knownDocumentsStatement,
  missingEntitiesStatement,
  searchStatement,
  statsStatement,
} from './cypher/read-entity.js';
import { luceneQuery } from './cypher/lucene.js';
import { runConsoleQuery } from './cypher-console.js';
import { Executor, runCounted, runIn } from './executor.js';
import { toGraphParts } from './graph-rows.js';
import { toUpsertRows } from './rows.js';
import type { ArticleRow, EntityRow, RelationRow, UpsertRows } from './rows.js';
import { withMergeFallback, writeRelationBatch } from './relation-writes.js';
import { writeSentenceBatch } from './sentence-writes.js';
import { retractArticle } from './cypher/retract.js';
import { assembleEvidence } from './evidence.js';
import { toShabakaError } from './driver-errors.js';
import { Neo4jCuration } from './curation-store.js';
import { curationSchemaStatements } from './cypher/curation.js';

export interface Neo4jStoreOptions {
  uri: string;
  user: string;
  password: string;
  /** Database name; the server default when omitted. */
  database?: string;
  /** Console transaction timeout (default 10 000 ms). */
  queryTimeoutMs?: number;
  /** Console row cap (default 1 000). */
  rowLimit?: number;
  /** Rows per UNWIND batch (default 5 000). */
  batchSize?: number;
  /** Relationship batches written at once, each in its own session (default 2; 1 = one after another). */
  writeConcurrency?: number;
}

const SCHEMA_RACE =
  /EquivalentSchemaRuleAlreadyExists|ConstraintAlreadyExists|IndexAlreadyExists|ConstraintWithNameAlreadyExists|IndexWithNameAlreadyExists/;

function chunks<T>(rows: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

/** `knownDocumentsStatement` rows → document id → stored content hash. */
function hashesOf(rows: readonly Record<string, unknown>[]): Map<string, string | null> {
  return new Map(rows.map((r) => [String(r.id), typeof r.contentHash === 'string' ? r.contentHash : null]));
}

/** One batch of nodes (and their links) written inside a transaction. */
type NodeWrite = (tx: ManagedTransaction) => Promise<UpsertSummary>;

/** Rows a result puts in the upsert statements: it is written in one transaction when this fits one batch. */
function rowCount(rows: UpsertRows): number {
  let n =
    rows.articles.length + rows.sentences.length + rows.entities.length + rows.mentions.length + rows.events.length;
  for (const list of rows.relations.values()) n += list.length;
  return n;
}

function positiveInt(value: number | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value <= 0) {
    throw new ShabakaError('INVALID_INPUT', `store-neo4j: ${name} must be a positive integer, got ${value}`);
  }
  return value;
}

/**
 * The GraphStore over Neo4j. Prefer `createNeo4jStore`, which also runs `init()`.
 * Every method validates its options with the `@shabaka/schema` zod schemas and its answers too.
 * @example
 * const store = new Neo4jStore({ uri: 'neo4j://127.0.0.1:7687', user: 'neo4j', password: 'shabaka-local' });
 * await store.init();
 * const hits = await store.search('اردوغان', { types: ['PERSON'] });
 */
export class Neo4jStore implements GraphStore {
  readonly kind = 'neo4j' as const;
  private readonly executor: Executor;
  private readonly timeoutMs: number;
  private readonly rowLimit: number;
  private readonly batchSize: number;
  private readonly writeConcurrency: number;
  private readonly curation: Neo4jCuration;

  constructor(options: Neo4jStoreOptions) {
    if (!/^(neo4j|bolt)(\+s|\+ssc)?:\/\//.test(options.uri)) {
      throw new ShabakaError('INVALID_INPUT', `store-neo4j: unsupported URI ${JSON.stringify(options.uri)}`, {
        hint: 'use neo4j://host:7687, bolt://host:7687 or neo4j+s://… for Aura',
      });
    }
    this.timeoutMs = positiveInt(options.queryTimeoutMs, 10_000, 'queryTimeoutMs');
    this.rowLimit = positiveInt(options.rowLimit, 1_000, 'rowLimit');
    this.batchSize = positiveInt(options.batchSize, 5_000, 'batchSize');
    this.writeConcurrency = positiveInt(options.writeConcurrency, 2, 'writeConcurrency');
    const driver = neo4j.driver(options.uri, neo4j.auth.basic(options.user, options.password), {
      maxTransactionRetryTime: 15_000,
      userAgent: 'shabaka-store-neo4j',
    });
    this.executor = new Executor(driver, options.uri, options.database);
    this.curation = new Neo4jCuration(this.executor, {
      write: (result) => this.write(result),
      writeIn: (tx, result) => this.writeIn(tx, result),
    });
  }

  /** Checks connectivity, then creates constraints and indexes if missing and waits for them. */
  async init(): Promise<void> {
    try {
      await this.executor.driver.verifyConnectivity({ database: this.executor.database });
    } catch (error) {
      throw toShabakaError(error, { uri: this.executor.uri });
    }
    for (const s of [...schemaStatements(), ...curationSchemaStatements()]) {
      try {
        await this.executor.write(s);
      } catch (error) {
        // Two processes initialising at once race on IF NOT EXISTS; the loser's error is harmless.
        if (!(error instanceof Neo4jError && SCHEMA_RACE.test(error.code))) throw error;
      }
    }
    await this.executor.write({ cypher: 'CALL db.awaitIndexes(120)', params: {} });
  }

  /** Writes `result` through the analyst's decisions (see `Neo4jCuration`). */
  async upsert(result: ExtractionResult): Promise<UpsertSummary> {
    return this.curation.upsert(result);
  }

  /** The writes of `rows`: node batches first, then relationship batches (round-robin over predicates). */
  private plan(rows: UpsertRows): {
    nodeWrites: NodeWrite[];
    relationBatches: (readonly [Predicate, RelationRow[]])[];
  } {
    const byType = new Map<EntityType, EntityRow[]>();
    // Push, not spread: copying the list per entity made 100k entities cost 18 s of client CPU.
    for (const e of rows.entities) {
      const list = byType.get(e.props.type);
      if (list) list.push(e);
      else byType.set(e.props.type, [e]);
    }
    const statement =
      (s: Statement): NodeWrite =>
      (tx) =>
        runCounted(tx, s);
    const nodeWrites: NodeWrite[] = [
      ...chunks(rows.articles, this.batchSize).map((c) => statement(mergeArticles(c))),
      ...chunks(rows.sentences, this.batchSize).map((c) => (tx: ManagedTransaction) => writeSentenceBatch(tx, c)),
      ...[...byType].flatMap(([type, list]) =>
        chunks(list, this.batchSize).map((c) => statement(mergeEntities(type, c))),
      ),
      ...chunks(rows.mentions, this.batchSize).map((c) => statement(mergeMentions(c))),
      ...chunks(rows.events, this.batchSize).map((c) => statement(mergeEvents(c))),
    ];
    const relationBatches = roundRobin(
      [...rows.relations].map(([p, list]) => chunks(list, this.batchSize).map((c) => [p, c] as const)),
    );
    return { nodeWrites, relationBatches };
  }

  /** Writes every row of `result` inside `tx` (curation's rebuild, which also deletes in the same transaction). */
  private async writeIn(tx: ManagedTransaction, result: ExtractionResult): Promise<UpsertSummary> {
    const { nodeWrites, relationBatches } = this.plan(toUpsertRows(result));
    const sum = noWrites();
    for (const write of nodeWrites) addWrites(sum, await write(tx));
    for (const [p, c] of relationBatches) addWrites(sum, await writeRelationBatch(tx, p, c, 'merge'));
    return sum;
  }

  /**
   * A result of at most `batchSize` rows is written in one transaction: all of it or nothing. A bigger one is
   * written in batches, each its own transaction (ingest's two-phase commit makes a half-written run resume).
   */
  private async write(result: ExtractionResult): Promise<UpsertSummary> {
    const rows = await this.rowsOfKnownEntities(result);
    const { nodeWrites, relationBatches } = this.plan(rows);
    const total =
      rowCount(rows) <= this.batchSize
        ? await withMergeFallback((mode) =>
            this.executor.transaction(async (tx) => {
              const sum = await this.retractEdited(tx, rows.articles);
              for (const write of nodeWrites) addWrites(sum, await write(tx));
              for (const [p, c] of relationBatches) addWrites(sum, await writeRelationBatch(tx, p, c, mode));
              return sum;
            }),
          )
        : await this.upsertInBatches(rows.articles, nodeWrites, relationBatches);
    if (rows.entities.length > 0) await this.executor.write(awaitSearchRefresh());
    return total;
  }

  private async upsertInBatches(
    articles: readonly ArticleRow[],
    nodeWrites: readonly NodeWrite[],
    relationBatches: readonly (readonly [Predicate, RelationRow[]])[],
  ): Promise<UpsertSummary> {
    const total = await this.executor.transaction((tx) => this.retractEdited(tx, articles));
    for (const write of nodeWrites) addWrites(total, await this.executor.transaction(write));
    // Relationship batches hold disjoint keys, so two sessions overlap one's commit with the other's work
    // (12k → 18k rel/s on 2 idle cores); two batches locking the same hub entity can deadlock, and
    // executeWrite retries the loser.
    await inPool(relationBatches, this.writeConcurrency, async ([p, c]) => {
      const sum = await withMergeFallback((mode) =>
        this.executor.transaction((tx) => writeRelationBatch(tx, p, c, mode)),
      );
      addWrites(total, sum);
    });
    return total;
  }

  /**
   * The rows of `result`, once every entity it refers to without defining is known to be stored: relationships
   * to entities that exist nowhere would silently not be written (MATCH finds no endpoint), so they are refused.
   */
  private async rowsOfKnownEntities(result: ExtractionResult): Promise<UpsertRows> {
    const ids = externalEntityIds(result);
    if (ids.length === 0) return toUpsertRows(result);
    const check = await this.executor.readAlongside(missingEntitiesStatement(ids), () => toUpsertRows(result));
    const missing = new Set(check.rows.map((r) => String(r['id'])));
    if (missing.size > 0) throw unknownEntitiesError('store-neo4j', result, missing);
    return check.local;
  }

  /** Articles stored under another content hash were edited: their old facts go before the new ones land. */
  private async retractEdited(tx: ManagedTransaction, articles: readonly ArticleRow[]): Promise<UpsertSummary> {
    const total = noWrites();
    const hashed = articles.filter((a) => a.contentHash !== null);
    if (hashed.length === 0) return total;
    const stored = hashesOf(await runIn(tx, knownDocumentsStatement(hashed.map((a) => a.id))));
    for (const a of hashed) {
      const old = stored.get(a.id) ?? null;
      if (old !== null && !sameContent(old, a.contentHash!))
        addWrites(total, await runCounted(tx, retractArticle(a.id)));
    }
    return total;
  }

  async knownDocuments(ids: readonly string[]): Promise<Map<string, string | null>> {
    if (ids.length === 0) return new Map();
    return hashesOf(await this.executor.read((tx) => runIn(tx, knownDocumentsStatement(ids))));
  }

  async overview(options: OverviewOptions = {}): Promise<GraphData> {
    const { limit, events } = parseInput(OverviewOptions, options, 'store-neo4j: overview options');
    const [row] = await this.executor.read((tx) => runIn(tx, overviewStatement(limit)));
    const data = toGraphParts(row?.nodes, row?.edges);
    if (!events) return data;
    const touching = data.nodes.map((n) => n.id);
    const found = await this.eventSummaries({
      from: null,
      to: null,
      place: null,
      participant: null,
      types: null,
      touching,
      limit: events,
    });
    return withEvents(data, found);
  }

  async search(query: string, options: SearchOptions = {}): Promise<SearchHit[]> {
    const opts = parseInput(SearchOptions, options, 'store-neo4j: search options');
    const lucene = luceneQuery(query);
    if (lucene === null) return [];
    const rows = await this.executor.read((tx) => runIn(tx, searchStatement(lucene, matchKey(query), opts)));
    return SearchHitSchema.array().parse(rows);
  }

  async neighbors(id: string, options: NeighborOptions = {}): Promise<GraphData> {
    const opts = parseInput(NeighborOptions, options, 'store-neo4j: neighbors options');
    const [row] = await this.executor.read((tx) => runIn(tx, neighborsStatement(id, opts)));
    if (!row) return { nodes: [], edges: [], more: 0 };
    const parts = toGraphParts([row.center, ...(Array.isArray(row.nodes) ? row.nodes : [])], row.edges);
    return { ...parts, more: Number(row.more ?? 0) };
  }

  async entity(id: string): Promise<EntityDetail | null> {
    return this.executor.read(async (tx) => {
      const [row] = await runIn(tx, entityStatement(id, { neighbors: 100, evidence: 200, articles: 100 }));
      if (!row) return null;
      const { evidence, sentenceIds } = assembleEvidence(row.relationEvidence, row.eventEvidence);
      const sentences = await runIn(tx, evidenceSentencesStatement(sentenceIds));
      const entity = row.entity as Record<string, unknown>;
      const detail = evidence(sentences);
      const articles = ArticleRef.array().parse(row.articles);
      const seen = new Set(articles.map((a) => a.id));
      for (const e of detail) if (!seen.has(e.doc.id) && seen.add(e.doc.id)) articles.push(e.doc);
      return EntityDetailSchema.parse({
        entity: Object.fromEntries(
          Object.entries({ ...entity, mentionCount: row.mentionCount }).filter(([, v]) => v !== null),
        ),
        roles: row.roles,
        neighbors: row.neighbors,
        evidence: detail,
        articles,
      });
    });
  }

  async shortestPath(from: string, to: string, options: { maxDepth?: number } = {}): Promise<GraphData | null> {
    if (from === to) {
      const [row] = await this.executor.read((tx) => runIn(tx, neighborsStatement(from, { depth: 1, limit: 1 })));
      return row ? toGraphParts([row.center], []) : null;
    }
    const [row] = await this.executor.read((tx) => runIn(tx, shortestPathStatement(from, to, options.maxDepth)));
    return row ? toGraphParts(row.nodes, row.edges) : null;
  }

  async events(query: EventQuery = {}): Promise<EventSummary[]> {
    const q = parseInput(EventQuery, query, 'store-neo4j: events options');
    return this.eventSummaries({
      from: q.from ?? null,
      to: q.to ?? null,
      place: q.place ?? null,
      participant: q.participant ?? null,
      types: q.types ?? null,
      limit: q.limit,
    });
  }

  private async eventSummaries(filter: Parameters<typeof eventsStatement>[0]): Promise<EventSummary[]> {
    const rows = await this.executor.read((tx) => runIn(tx, eventsStatement(filter)));
    return rows
      .filter((r) => r.sentence !== null && r.article !== null)
      .map((r) => {
        const ev = r.event as Record<string, unknown>;
        return EventSummarySchema.parse({
          id: ev.id,
          type: ev.type,
          date: ev.date ?? null,
          dateText: ev.dateText ?? null,
          modality: ev.modality ?? 'asserted',
          location: r.location,
          participants: r.participants,
          evidence: {
            sentence: r.sentence,
            start: ev.evidenceStart,
            end: ev.evidenceEnd,
            predicate: ev.type,
            confidence: ev.confidence ?? 1,
            doc: r.article,
          },
        });
      });
  }

  async stats(): Promise<StoreStats> {
    const [row] = await this.executor.read((tx) => runIn(tx, statsStatement()));
    return StoreStatsSchema.parse(row);
  }

  async exportGraph(): Promise<GraphData> {
    return this.executor.read(async (tx) => {
      const nodes = await runIn(tx, exportNodesStatement());
      const edges = await runIn(tx, exportEdgesStatement());
      // Read committed: an entity another writer deletes while this reads comes back without properties, and a
      // relationship with a deleted endpoint without its ids; both are gone, so they are left out.
      const present = (m: unknown, ...keys: string[]) =>
        !!m && keys.every((k) => (m as Record<string, unknown>)[k] != null);
      return toGraphParts(
        nodes.map((r) => r.node).filter((n) => present(n, 'id', 'name', 'type')),
        edges.map((r) => r.edge).filter((e) => present(e, 'id', 'source', 'target')),
      );
    });
  }

  /**
   * Read-only Cypher for the analyst console (see `runConsoleQuery`).
   * @example await store.cypher('MATCH (p:Person) RETURN p LIMIT 10')
   */
  async cypher(query: string, params: Record<string, unknown> = {}): Promise<CypherResult> {
    return runConsoleQuery(this.executor, query, params, { timeoutMs: this.timeoutMs, rowLimit: this.rowLimit });
  }

  async curate(request: CurationRequestInput): Promise<CurationRecord> {
    return this.curation.curate(request);
  }

  async curationRecords(): Promise<CurationRecord[]> {
    return this.curation.records();
  }

  async undoCuration(id: string, undo?: Partial<CurationUndo>): Promise<CurationRecord> {
    return this.curation.undo(id, undo?.by ?? 'analyst');
  }

  async close(): Promise<void> {
    await this.executor.driver.close();
  }
}

/**
 * Opens a Neo4j-backed GraphStore and makes sure its constraints and indexes exist.
 * @example const store = await createNeo4jStore({ uri: 'neo4j://127.0.0.1:7687', user: 'neo4j', password: 'shabaka-local' })
 */
export async function createNeo4jStore(options: Neo4jStoreOptions): Promise<Neo4jStore> {
  const store = new Neo4jStore(options);
  try {
    await store.init();
  } catch (error) {
    await store.close();
    throw error;
  }
  return store;
}
