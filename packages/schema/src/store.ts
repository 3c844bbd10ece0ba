// The GraphStore interface (one contract, two implementations: SQLite and Neo4j) and the shapes of
// its queries and answers. Options are zod schemas because they arrive from HTTP and CLI flags.
import { z } from 'zod';
import { EntityType } from './entity-type.js';
import type { CurationRecord, CurationRequestInput, CurationUndo } from './curation.js';
import type { ExtractionResult } from './extraction.js';
import { Entity } from './extraction.js';
import { GraphData } from './graph-data.js';
import { EventType, Modality, Predicate } from './vocabulary.js';

const csv = <T extends z.ZodType>(item: T) =>
  z.preprocess((v) => (typeof v === 'string' ? v.split(',').filter(Boolean) : v), z.array(item));

export const OverviewOptions = z.object({
  limit: z.coerce.number().int().min(1).max(5000).default(200),
  /** At most this many events touching the returned entities, drawn as event nodes (none when absent). */
  events: z.coerce.number().int().min(0).max(5000).optional(),
});
export type OverviewOptions = z.input<typeof OverviewOptions>;

export const SearchOptions = z.object({
  types: csv(EntityType).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(10),
});
export type SearchOptions = z.input<typeof SearchOptions>;

export const NeighborOptions = z.object({
  depth: z.coerce.number().int().min(1).max(3).default(1),
  predicates: csv(Predicate).optional(),
  types: csv(EntityType).optional(),
  limit: z.coerce.number().int().min(1).max(5000).default(100),
});
export type NeighborOptions = z.input<typeof NeighborOptions>;

export const EventQuery = z.object({
  from: z.string().optional(),
  to: z.string().optional(),
  /** Location entity id. */
  place: z.string().optional(),
  /** Participant entity id. */
  participant: z.string().optional(),
  types: csv(EventType).optional(),
  limit: z.coerce.number().int().min(1).max(5000).default(200),
});
export type EventQuery = z.input<typeof EventQuery>;

export const SearchHit = z.object({
  id: z.string(),
  name: z.string(),
  nameEn: z.string(),
  type: EntityType,
  score: z.number(),
});
export type SearchHit = z.infer<typeof SearchHit>;

export const ArticleRef = z.object({
  id: z.string(),
  title: z.string(),
  source: z.string().nullable(),
  date: z.string().nullable(),
  url: z.string().nullable(),
});
export type ArticleRef = z.infer<typeof ArticleRef>;

/** One evidence sentence; `start`/`end` are offsets inside `sentence` (for highlighting). */
export const EvidenceView = z.object({
  sentence: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  predicate: z.string().nullable(),
  confidence: z.number(),
  doc: ArticleRef,
});
export type EvidenceView = z.infer<typeof EvidenceView>;

export const RoleView = z.object({
  role: z.string(),
  /** English label of the role, when known. */
  roleEn: z.string().nullable().optional(),
  /** The organisation or country the role is held in, when known. */
  org: z.object({ id: z.string(), name: z.string(), nameEn: z.string() }).nullable(),
  firstSeen: z.string().nullable(),
  lastSeen: z.string().nullable(),
  weight: z.number(),
});
export type RoleView = z.infer<typeof RoleView>;

export const NeighborView = z.object({
  id: z.string(),
  name: z.string(),
  nameEn: z.string(),
  type: EntityType,
  predicate: Predicate,
  direction: z.enum(['out', 'in']),
  weight: z.number(),
  /** How the text tells the relation (the strongest over its evidence); absent from stores that predate it. */
  modality: Modality.optional(),
});
export type NeighborView = z.infer<typeof NeighborView>;

export const EntityDetail = z.object({
  entity: Entity.omit({ mentions: true }).extend({ mentionCount: z.number().int() }),
  roles: z.array(RoleView),
  neighbors: z.array(NeighborView),
  evidence: z.array(EvidenceView),
  articles: z.array(ArticleRef),
});
export type EntityDetail = z.infer<typeof EntityDetail>;

export const EventSummary = z.object({
  id: z.string(),
  type: EventType,
  date: z.string().nullable(),
  dateText: z.string().nullable(),
  modality: Modality,
  location: z
    .object({
      id: z.string(),
      name: z.string(),
      nameEn: z.string(),
      lat: z.number().nullable(),
      lon: z.number().nullable(),
    })
    .nullable(),
  participants: z.array(z.object({ id: z.string(), name: z.string(), nameEn: z.string(), type: EntityType })),
  evidence: EvidenceView,
});
export type EventSummary = z.infer<typeof EventSummary>;

export const StoreStats = z.object({
  documents: z.number().int(),
  entities: z.number().int(),
  relations: z.number().int(),
  events: z.number().int(),
  sentences: z.number().int(),
  byType: z.record(z.string(), z.number().int()),
  byPredicate: z.record(z.string(), z.number().int()),
});
export type StoreStats = z.infer<typeof StoreStats>;

/** What one upsert changed; re-upserting the same result reports zero created. */
export const UpsertSummary = z.object({
  nodesCreated: z.number().int(),
  relationshipsCreated: z.number().int(),
  propertiesSet: z.number().int(),
});
export type UpsertSummary = z.infer<typeof UpsertSummary>;

/** No writes yet: the summary that write counters are added to. */
export function noWrites(): UpsertSummary {
  return { nodesCreated: 0, relationshipsCreated: 0, propertiesSet: 0 };
}

/**
 * Adds `more` to `total` in place and returns `total`.
 * @example addWrites(total, await store.upsert(result))
 */
export function addWrites(total: UpsertSummary, more: UpsertSummary): UpsertSummary {
  total.nodesCreated += more.nodesCreated;
  total.relationshipsCreated += more.relationshipsCreated;
  total.propertiesSet += more.propertiesSet;
  return total;
}

export const CypherRequest = z.object({
  query: z.string().min(1).max(20_000),
  params: z.record(z.string(), z.unknown()).default({}),
});
export type CypherRequest = z.input<typeof CypherRequest>;

export const CypherResult = z.object({
  columns: z.array(z.string()),
  rows: z.array(z.array(z.unknown())),
  graph: GraphData,
  truncated: z.boolean(),
});
export type CypherResult = z.infer<typeof CypherResult>;

/**
 * A graph store. Implementations: `SqliteStore` (embedded default) and `Neo4jStore`.
 * Every write is idempotent; every query validates its options with the schemas above.
 */
export interface GraphStore {
  readonly kind: 'sqlite' | 'neo4j';
  /** Creates constraints/indexes/tables if missing. Idempotent. */
  init(): Promise<void>;
  upsert(result: ExtractionResult): Promise<UpsertSummary>;
  /** Which of these document ids are stored, with their content hash. */
  knownDocuments(ids: readonly string[]): Promise<Map<string, string | null>>;
  overview(options?: OverviewOptions): Promise<GraphData>;
  search(query: string, options?: SearchOptions): Promise<SearchHit[]>;
  neighbors(id: string, options?: NeighborOptions): Promise<GraphData>;
  entity(id: string): Promise<EntityDetail | null>;
  shortestPath(from: string, to: string, options?: { maxDepth?: number }): Promise<GraphData | null>;
  events(query?: EventQuery): Promise<EventSummary[]>;
  stats(): Promise<StoreStats>;
  /** Every entity and entity→entity relationship, for export (GEXF, GraphML, CSV). */
  exportGraph(): Promise<GraphData>;
  /** Read-only Cypher for the analyst console; only stores that speak Cypher have it. */
  cypher?(query: string, params?: Record<string, unknown>): Promise<CypherResult>;
  /**
   * Stores an analyst's decision and applies it, in one transaction; later upserts pass through it. Targets
   * must exist (`NOT_FOUND` otherwise).
   */
  curate(request: CurationRequestInput): Promise<CurationRecord>;
  /** Every decision, undone ones too, oldest first. */
  curationRecords(): Promise<CurationRecord[]>;
  /** Marks a decision undone and returns the graph to what the remaining decisions make of the extraction. */
  undoCuration(id: string, undo?: Partial<CurationUndo>): Promise<CurationRecord>;
  close(): Promise<void>;
}
