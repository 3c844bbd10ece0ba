// An in-memory IngestSink for tests: keeps every written batch and the stored documents' hashes.
import type { ExtractionResult } from '@shabaka/schema';
import type { IngestSink } from './sink.js';

export interface MemorySink extends IngestSink {
  batches: ExtractionResult[];
  hashes: Map<string, string | null>;
}

export function memorySink(): MemorySink {
  const batches: ExtractionResult[] = [];
  const hashes = new Map<string, string | null>();
  return {
    batches,
    hashes,
    async write(result) {
      batches.push(result);
      for (const d of result.documents) hashes.set(d.id, d.contentHash ?? null);
    },
    async knownDocuments(ids) {
      return new Map(ids.filter((id) => hashes.has(id)).map((id) => [id, hashes.get(id) ?? null]));
    },
  };
}
