// Writing one batch of relationships: bulk batches are CREATEd blindly, and written again through MERGE
// (which aggregates evidence into stored relationships) when one of their keys turns out to be stored.
import type { ManagedTransaction } from 'neo4j-driver';
import type { Predicate, UpsertSummary } from '@shabaka/schema';
import { createRelations, mergeRelations } from './cypher/upsert.js';
import { isKeyTaken } from './driver-errors.js';
import { runCounted } from './executor.js';
import type { RelationRow } from './rows.js';

/** `create`: CREATE bulk batches without looking for their keys first; `merge`: MERGE every row (the safe path). */
export type RelationMode = 'create' | 'merge';

/**
 * Batches of at least this many rows try CREATE first. Below it one MERGE round trip is kept: a small batch
 * saves little, and a failed CREATE (a key already stored) would cost a second round trip.
 */
export const CREATE_MIN_ROWS = 1_000;

/**
 * Writes one batch of relationships of a predicate inside `tx`. In `create` mode a bulk batch is created with
 * a plain CREATE, which fails the transaction (uniqueness constraint) if any of its keys is stored:
 * `withMergeFallback` then runs it again in `merge` mode.
 * @example await writeRelationBatch(tx, 'MET', rows, 'create')
 */
export async function writeRelationBatch(
  tx: ManagedTransaction,
  predicate: Predicate,
  rows: readonly RelationRow[],
  mode: RelationMode,
): Promise<UpsertSummary> {
  const create = mode === 'create' && rows.length >= CREATE_MIN_ROWS;
  return runCounted(tx, create ? createRelations(predicate, rows) : mergeRelations(predicate, rows));
}

/**
 * Runs `attempt` with blind CREATEs; if one of its keys was stored already (by an earlier upsert, or by a
 * concurrent writer), the uniqueness constraint failed the transaction, so nothing of it was written, and it
 * runs again with every row merged.
 * @example await withMergeFallback((mode) => executor.transaction((tx) => writeRelationBatch(tx, p, rows, mode)))
 */
export async function withMergeFallback<T>(attempt: (mode: RelationMode) => Promise<T>): Promise<T> {
  try {
    return await attempt('create');
  } catch (error) {
    if (!isKeyTaken(error)) throw error;
    return attempt('merge');
  }
}
