// Writing one batch of relationships: CREATE the keys not stored yet, MERGE (and aggregate evidence into) the rest.
import type { ManagedTransaction } from 'neo4j-driver';
import { addWrites, noWrites } from '@shabaka/schema';
import type { Predicate, UpsertSummary } from '@shabaka/schema';
import { createRelations, existingRelationKeys, mergeRelations } from './cypher/upsert.js';
import { isUniquenessRace } from './driver-errors.js';
import { runCounted, runIn } from './executor.js';
import type { RelationRow } from './rows.js';

/** `optimistic`: sort rows by a lock-free existence check first; otherwise MERGE every row (the safe path). */
export type RelationMode = 'optimistic' | 'merge';

/**
 * Below this many rows one MERGE round trip beats check + CREATE + MERGE: the per-row saving (≈15 µs) only
 * pays for two extra round trips on bulk loads.
 */
export const OPTIMISTIC_MIN_ROWS = 1_000;

/**
 * Writes one batch of relationships of a predicate inside `tx`. Optimistic mode, on a bulk batch, creates new keys
 * with a plain CREATE (MERGE's locking seek is most of its cost on a bulk load) and merges only the stored ones.
 * @example await writeRelationBatch(tx, 'MET', rows, 'optimistic')
 */
export async function writeRelationBatch(
  tx: ManagedTransaction,
  predicate: Predicate,
  rows: readonly RelationRow[],
  mode: RelationMode,
): Promise<UpsertSummary> {
  if (mode === 'merge' || rows.length < OPTIMISTIC_MIN_ROWS) return runCounted(tx, mergeRelations(predicate, rows));
  const keys = rows.map((r) => r.key);
  const stored = new Set((await runIn(tx, existingRelationKeys(predicate, keys))).map((r) => String(r.key)));
  const fresh = rows.filter((r) => !stored.has(r.key));
  const known = rows.filter((r) => stored.has(r.key));
  const total = noWrites();
  if (fresh.length > 0) addWrites(total, await runCounted(tx, createRelations(predicate, fresh)));
  if (known.length > 0) addWrites(total, await runCounted(tx, mergeRelations(predicate, known)));
  return total;
}

/**
 * Runs `attempt` optimistically; if a concurrent writer took one of its new keys first (the uniqueness
 * constraint failed the transaction, so nothing of it was written), runs it again with every row merged.
 * @example await withMergeFallback((mode) => executor.transaction((tx) => writeRelationBatch(tx, p, rows, mode)))
 */
export async function withMergeFallback<T>(attempt: (mode: RelationMode) => Promise<T>): Promise<T> {
  try {
    return await attempt('optimistic');
  } catch (error) {
    if (!isUniquenessRace(error)) throw error;
    return attempt('merge');
  }
}
