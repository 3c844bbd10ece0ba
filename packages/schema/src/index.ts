// Public API of @shabaka/schema: zod schemas, the types inferred from them, ids and the GraphStore interface.

// Vocabulary
export { EntityType, Lang, MentionSource, TaggedMention } from './entity-type.js';
export {
  EntitySubtype,
  EventType,
  MODALITIES,
  modalityRankExpression,
  Modality,
  Predicate,
  SYMMETRIC_PREDICATES,
  storedModality,
  strongerModality,
} from './vocabulary.js';

// Documents and extraction results
export { Document, Sentence } from './document.js';
export type { DocumentInput } from './document.js';
export { Entity, Event, Evidence, ExtractionResult, MentionRef, Relation } from './extraction.js';
export type { EntityInput, EventInput, ExtractionResultInput, RelationInput } from './extraction.js';

// Deterministic ids
export {
  documentId,
  entityId,
  orientRelation,
  relationKey,
  relationKeyOf,
  sentenceId,
  sha256Hex,
  stableId,
} from './ids.js';

// Extraction JSONL contract
export { ContractLine, JSONL_CONTRACT_VERSION, parseContractLine, toContractLines } from './contract.js';

// Graph wire format
export { Attributes, GraphData, GraphEdge, GraphNode, NodeKind } from './graph-data.js';
export { EVENT_EDGE_TYPES, EVENT_TYPE_NAMES, eventGraph, withEvents } from './event-graph.js';

// Stores
export {
  ArticleRef,
  CypherRequest,
  CypherResult,
  EntityDetail,
  EventQuery,
  EventSummary,
  EvidenceView,
  NeighborOptions,
  NeighborView,
  OverviewOptions,
  RoleView,
  SearchHit,
  SearchOptions,
  StoreStats,
  UpsertSummary,
  addWrites,
  noWrites,
} from './store.js';
export type { GraphStore } from './store.js';

// HTTP API (server routes and the viewer's client): every export of api.ts is public
export * from './api.js';

// Curation
export {
  CurationAction,
  CurationListResponse,
  CurationParams,
  CurationPayload,
  CurationRecord,
  CurationRequest,
  CurationUndo,
  CurationUndoQuery,
  DuplicateCandidate,
  DuplicateQuery,
  DuplicatesResponse,
  ExtractionSlice,
} from './curation.js';
export type { CurationRequestInput } from './curation.js';

// Errors
export { ErrorCode, ShabakaError } from './errors.js';
export { parseInput } from './parse-input.js';

// Deterministic randomness
export { seededRandom } from './seeded-random.js';
export { PENDING_PREFIX, sameContent } from './content-hash.js';
export { externalEntityIds, unknownEntitiesError } from './references.js';
