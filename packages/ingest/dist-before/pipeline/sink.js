// Where ingest() writes: a GraphStore, or a developer's own sink ({ write(result) }).
import { PENDING_PREFIX, sha256Hex } from '@shabaka/schema';
/**
 * Adapts a GraphStore to a sink. Each batch is written in two upserts: everything, with each
 * document's content hash replaced by `pending:<hash>`, then the documents alone with their real
 * hashes. A document only counts as stored (and is skipped by the next run) after the second, so a
 * run killed at any point — even inside a store that spreads one upsert over several transactions —
 * resumes correctly.
 * @example const sink = storeSink(await createSqliteStore({ path: 'g.db' }));
 */
export function storeSink(store) {
  return {
    write: async (result) => {
      const committed = result.documents.map((d) => ({
        ...d,
        contentHash: d.contentHash ?? sha256Hex(d.text),
      }));
      const pending = committed.map((d) => ({ ...d, contentHash: `${PENDING_PREFIX}${d.contentHash}` }));
      await store.upsert({ ...result, documents: pending });
      await store.upsert({ documents: committed, sentences: [], entities: [], relations: [], events: [] });
    },
    knownDocuments: (ids) => store.knownDocuments(ids),
  };
}
//# sourceMappingURL=sink.js.map
