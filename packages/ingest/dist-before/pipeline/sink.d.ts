import type { ExtractionResult, GraphStore } from '@shabaka/schema';
export interface IngestSink {
  write(result: ExtractionResult): Promise<void>;
  /** Stored document ids with their content hash; lets re-runs skip unchanged documents. */
  knownDocuments?(ids: readonly string[]): Promise<Map<string, string | null>>;
}
/**
 * Adapts a GraphStore to a sink. Each batch is written in two upserts: everything, with each
 * document's content hash replaced by `pending:<hash>`, then the documents alone with their real
 * hashes. A document only counts as stored (and is skipped by the next run) after the second, so a
 * run killed at any point — even inside a store that spreads one upsert over several transactions —
 * resumes correctly.
 * @example const sink = storeSink(await createSqliteStore({ path: 'g.db' }));
 */
export declare function storeSink(store: GraphStore): IngestSink;
//# sourceMappingURL=sink.d.ts.map
