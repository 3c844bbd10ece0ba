// Curation: an analyst's decisions about the graph (merge, split, rename, retype, delete, retract, keep
// apart), as requests from the CLI/HTTP and as the records a store keeps beside the extracted graph.
import { z } from 'zod';
import { EntityType } from './entity-type.js';
import { Document, Sentence } from './document.js';
import { Entity, Event, Relation } from './extraction.js';

const Id = z.string().trim().min(1).max(500);
const Name = z.string().trim().min(1).max(500);
/** Who decided and why; every request may carry them. */
const Authorship = {
  by: z.string().trim().min(1).max(200).default('analyst'),
  why: z.string().trim().max(2000).default(''),
};

export const CurationAction = z.enum(['merge', 'split', 'rename', 'retype', 'delete', 'retract', 'distinct']);
export type CurationAction = z.infer<typeof CurationAction>;

/**
 * One decision asked for. `merge` moves everything of `other` onto `keep`; `split` gives the mentions written
 * `name` their own entity; `rename` sets names and/or the type (a type alone is recorded as `retype`);
 * `delete` removes an entity; `retract` takes a document's facts out; `distinct` records that two entities
 * are not the same thing (a rejected duplicate), without changing the graph.
 * @example CurationRequest.parse({ action: 'merge', keep: 'per_a', other: 'per_b', by: 'lina' })
 */
export const CurationRequest = z.discriminatedUnion('action', [
  z.object({ action: z.literal('merge'), keep: Id, other: Id, ...Authorship }),
  z.object({ action: z.literal('split'), id: Id, name: Name, nameEn: Name.optional(), ...Authorship }),
  z.object({
    action: z.literal('rename'),
    id: Id,
    name: Name.optional(),
    nameEn: Name.optional(),
    type: EntityType.optional(),
    ...Authorship,
  }),
  z.object({ action: z.literal('delete'), id: Id, ...Authorship }),
  z.object({ action: z.literal('retract'), doc: Id, ...Authorship }),
  z.object({ action: z.literal('distinct'), a: Id, b: Id, ...Authorship }),
]);
export type CurationRequest = z.output<typeof CurationRequest>;
export type CurationRequestInput = z.input<typeof CurationRequest>;

/** What a record needs beyond its targets: new names/type, the split-off entity's id and names. */
export const CurationPayload = z.object({
  name: z.string().optional(),
  nameEn: z.string().optional(),
  type: EntityType.optional(),
  /** The entity a split creates. */
  newId: z.string().optional(),
});
export type CurationPayload = z.infer<typeof CurationPayload>;

/**
 * A stored decision. `targets`: merge [keep, other]; split/rename/retype/delete [entity]; retract [document];
 * distinct [a, b]. `undone` records are kept (the history shows them) but no longer shape the graph.
 */
export const CurationRecord = z.object({
  id: z.string().min(1),
  action: CurationAction,
  targets: z.array(z.string().min(1)).min(1),
  payload: CurationPayload,
  by: z.string(),
  at: z.string(),
  why: z.string(),
  undone: z.boolean(),
  undoneAt: z.string().nullable().default(null),
  undoneBy: z.string().nullable().default(null),
});
export type CurationRecord = z.infer<typeof CurationRecord>;

/** The undo of a record, with who asked. */
export const CurationUndo = z.object({ by: Authorship.by });
export type CurationUndo = z.output<typeof CurationUndo>;

/**
 * What extraction said about one document, kept verbatim in the store so curation can be replayed over it.
 * `doc` is null for facts that cite no document (entities defined without mentions).
 */
export const ExtractionSlice = z.object({
  doc: z.string().nullable(),
  documents: z.array(Document),
  sentences: z.array(Sentence),
  entities: z.array(Entity),
  relations: z.array(Relation),
  events: z.array(Event),
});
export type ExtractionSlice = z.infer<typeof ExtractionSlice>;

/** A pair the duplicate queue proposes, with why. */
export const DuplicateCandidate = z.object({
  a: z.object({ id: z.string(), name: z.string(), nameEn: z.string(), type: EntityType }),
  b: z.object({ id: z.string(), name: z.string(), nameEn: z.string(), type: EntityType }),
  score: z.number(),
  reasons: z.array(z.string()),
});
export type DuplicateCandidate = z.infer<typeof DuplicateCandidate>;

export const DuplicateQuery = z.object({ limit: z.coerce.number().int().min(1).max(500).default(50) });
export type DuplicateQuery = z.input<typeof DuplicateQuery>;

// HTTP API (`/api/curation…`)

/** Path parameters of `DELETE /api/curation/{id}` (undo). */
export const CurationParams = z.object({ id: Id });
/** `DELETE /api/curation/{id}?by=…`. */
export const CurationUndoQuery = z.object({ by: Authorship.by.optional() });
/** `GET /api/curation`. */
export const CurationListResponse = z.object({ records: z.array(CurationRecord) });
export type CurationListResponse = z.infer<typeof CurationListResponse>;
/** `GET /api/curation/duplicates`. */
export const DuplicatesResponse = z.object({ candidates: z.array(DuplicateCandidate) });
export type DuplicatesResponse = z.infer<typeof DuplicatesResponse>;
