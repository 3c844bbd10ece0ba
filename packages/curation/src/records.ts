// Turning a request into a curation record, and the part of the graph a record's replay touches.
import { CurationRequest, ShabakaError, parseInput, stableId } from '@shabaka/schema';
import type {
  CurationRecord,
  CurationRequestInput,
  EntityType,
  ExtractionResult,
  ExtractionSlice,
} from '@shabaka/schema';
import { matchKey } from '@shabaka/text';
import { applyCuration } from './replay.js';
import { joinSlices, sliceEntityIds } from './slices.js';

/** What the store knows of an entity a request names. */
export type EntityFacts = { id: string; name: string; nameEn: string; type: EntityType };

/** The store's answers a new record needs: the entities and documents it names, and the time. */
export type RecordContext = {
  entity: (id: string) => EntityFacts | null;
  documentExists: (id: string) => boolean;
  now: () => Date;
};

function mustExist(ctx: RecordContext, origin: string, id: string): EntityFacts {
  const facts = ctx.entity(id);
  if (!facts) {
    throw new ShabakaError('NOT_FOUND', `${origin}: no entity ${JSON.stringify(id)}`, {
      hint: 'find ids with `shabaka search TEXT` (a merged-away or deleted entity has no id any more)',
    });
  }
  return facts;
}

/**
 * A new record for `input` (validated here), checked against the store: targets must exist, a merge needs two
 * different entities, a rename something to change.
 * @example newRecord({ action: 'delete', id: 'per_x' }, ctx, 'store-sqlite: curate')
 */
export function newRecord(input: CurationRequestInput, ctx: RecordContext, origin: string): CurationRecord {
  const request = parseInput(CurationRequest, input, origin);
  const at = ctx.now().toISOString();
  const base = { by: request.by, why: request.why, at, undone: false, undoneAt: null, undoneBy: null };
  const make = (action: CurationRecord['action'], targets: string[], payload: CurationRecord['payload']) => ({
    ...base,
    id: stableId('cur', action, ...targets, JSON.stringify(payload), at, request.by),
    action,
    targets,
    payload,
  });
  switch (request.action) {
    case 'merge': {
      if (request.keep === request.other) {
        throw new ShabakaError('INVALID_INPUT', `${origin}: cannot merge ${request.keep} into itself`);
      }
      const keep = mustExist(ctx, origin, request.keep);
      mustExist(ctx, origin, request.other);
      // The kept entity's names travel with the record: a later article may name only the merged-away one.
      return make('merge', [keep.id, request.other], { name: keep.name, nameEn: keep.nameEn, type: keep.type });
    }
    case 'split': {
      const source = mustExist(ctx, origin, request.id);
      // Derived from the source id: deterministic (the same split twice is one entity) and traceable.
      const newId = stableId(`${source.id}-split`, matchKey(request.name));
      const payload = { name: request.name, newId, ...(request.nameEn ? { nameEn: request.nameEn } : {}) };
      return make('split', [source.id], payload);
    }
    case 'rename': {
      mustExist(ctx, origin, request.id);
      const { name, nameEn, type } = request;
      if (name === undefined && nameEn === undefined && type === undefined) {
        throw new ShabakaError('INVALID_INPUT', `${origin}: rename needs name, nameEn or type`);
      }
      const payload = { ...(name ? { name } : {}), ...(nameEn ? { nameEn } : {}), ...(type ? { type } : {}) };
      return make(name === undefined && nameEn === undefined ? 'retype' : 'rename', [request.id], payload);
    }
    case 'delete':
      return make('delete', [mustExist(ctx, origin, request.id).id], {});
    case 'retract':
      if (!ctx.documentExists(request.doc)) {
        throw new ShabakaError('NOT_FOUND', `${origin}: no document ${JSON.stringify(request.doc)}`);
      }
      return make('retract', [request.doc], {});
    case 'distinct':
      mustExist(ctx, origin, request.a);
      mustExist(ctx, origin, request.b);
      return make('distinct', [request.a, request.b].sort(), {});
  }
}

/** The entity ids a record's replay can change. */
export function recordEntityIds(record: CurationRecord): string[] {
  switch (record.action) {
    case 'merge':
      return record.targets;
    case 'split':
      return record.payload.newId ? [...record.targets, record.payload.newId] : record.targets;
    case 'rename':
    case 'retype':
    case 'delete':
      return record.targets;
    case 'retract':
    case 'distinct':
      return [];
  }
}

/**
 * The entities whose graph rows must be rebuilt when `seed` is added or undone: its own, and, transitively,
 * those of every active record sharing one (a merge of a merged entity, a rename of a kept one).
 * @example curationClosure(records, ['per_a']) // ['per_a', 'per_b'] after merge(per_a, per_b)
 */
export function curationClosure(records: readonly CurationRecord[], seed: Iterable<string>): Set<string> {
  const ids = new Set(seed);
  const linked = records.filter((r) => !r.undone).map(recordEntityIds);
  for (let grew = true; grew;) {
    grew = false;
    for (const group of linked) {
      if (!group.some((id) => ids.has(id)) || group.every((id) => ids.has(id))) continue;
      for (const id of group) ids.add(id);
      grew = true;
    }
  }
  return ids;
}

/** The documents a record retracts (their article rows leave the store). */
export function retractedDocuments(records: readonly CurationRecord[]): Set<string> {
  return new Set(records.filter((r) => !r.undone && r.action === 'retract').map((r) => r.targets[0]!));
}

/** A logged slice with the document it was logged under (`''` for document-less slices). */
export type LoggedSlice = { docId: string; slice: ExtractionSlice };

/**
 * What a rebuild for `seed` covers: the documents it retracts, and the entities it concerns (its own, those only
 * a retracted document named — they may lose their last support — and, transitively, those of related records).
 * `retractedSlices` are the logged slices of `seed`'s retracted documents.
 * @example rebuildScope(record, records, [])
 */
export function rebuildScope(
  seed: CurationRecord,
  records: readonly CurationRecord[],
  retractedSlices: readonly LoggedSlice[],
): { entities: string[]; docs: string[] } {
  const ids = new Set(recordEntityIds(seed));
  for (const { slice } of retractedSlices) for (const id of sliceEntityIds(slice)) ids.add(id);
  return { entities: [...curationClosure(records, ids)], docs: seedDocuments(seed) };
}

/** The documents a record retracts itself (their slices are read first, see `rebuildScope`). */
export function seedDocuments(seed: CurationRecord): string[] {
  return seed.action === 'retract' ? [seed.targets[0]!] : [];
}

/**
 * The writes of a rebuild over the logged slices of its scope: documents whose graph facts go first, retracted
 * articles to remove, and the result to write again (the slices replayed through the active records).
 * @example const { retract, removeArticles, result } = rebuildPlan(records, slices)
 */
export function rebuildPlan(
  records: readonly CurationRecord[],
  slices: readonly LoggedSlice[],
): { retract: string[]; removeArticles: string[]; result: ExtractionResult } {
  return {
    retract: [...new Set(slices.map((s) => s.docId).filter(Boolean))],
    removeArticles: [...retractedDocuments(records)],
    result: applyCuration(joinSlices(slices.map((s) => s.slice)), records),
  };
}
