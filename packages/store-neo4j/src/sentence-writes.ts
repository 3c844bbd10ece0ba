// Writing one batch of sentences: the relationship keys they evidence are compared with the stored ones here,
// in linear time, so that only new keys reach the (append-only) `relationKeys` lists.
import type { ManagedTransaction } from 'neo4j-driver';
import type { UpsertSummary } from '@shabaka/schema';
import { mergeSentences, storedSentenceKeys } from './cypher/upsert.js';
import { runCounted, runIn } from './executor.js';
import type { SentenceRow } from './rows.js';

/**
 * Merges `rows` inside `tx`, each with only the relationship keys its sentence does not hold yet. Two writers
 * adding the same key to one sentence at once may both append it; `retractArticle` reads the keys DISTINCT.
 * @example await writeSentenceBatch(tx, [{ id: 'doc_1#0', articleId: 'doc_1', index: 0, text: 'Hi.', start: 0, relationKeys: ['MET rel_1'] }])
 */
export async function writeSentenceBatch(tx: ManagedTransaction, rows: readonly SentenceRow[]): Promise<UpsertSummary> {
  const ids = rows.filter((r) => r.relationKeys.length > 0).map((r) => r.id);
  if (ids.length === 0) return runCounted(tx, mergeSentences(rows));
  const held = new Map<string, Set<string>>();
  for (const r of await runIn(tx, storedSentenceKeys(ids))) held.set(String(r['id']), new Set(r['keys'] as string[]));
  const fresh = rows.map((row) => {
    const keys = held.get(row.id);
    return keys ? { ...row, relationKeys: row.relationKeys.filter((k) => !keys.has(k)) } : row;
  });
  return runCounted(tx, mergeSentences(fresh));
}
