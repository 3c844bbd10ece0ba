import { describe, expect, it } from '@jest/globals';
import type { ExtractionResult, GraphStore } from '@shabaka/schema';
import { ExtractionResult as Result } from '@shabaka/schema';
import { storeSink } from './sink.js';

describe('storeSink', () => {
  it('writes the batch with pending hashes, then commits the documents with their real hashes', async () => {
    const upserts: ExtractionResult[] = [];
    const store = {
      upsert: async (r: ExtractionResult) => {
        upserts.push(r);
        return { nodesCreated: 0, relationshipsCreated: 0, propertiesSet: 0 };
      },
      knownDocuments: async () => new Map([['d1', 'h1']]),
    } as unknown as GraphStore;
    const batch = Result.parse({
      documents: [{ id: 'd1', title: 'T', text: 'x', lang: 'en', contentHash: 'h1' }],
      sentences: [{ id: 'd1#0', docId: 'd1', index: 0, start: 0, end: 1, text: 'x' }],
    });
    const sink = storeSink(store);
    await sink.write(batch);
    expect(upserts).toHaveLength(2);
    expect(upserts[0]?.documents[0]?.contentHash).toBe('pending:h1');
    expect(upserts[0]?.sentences).toHaveLength(1);
    expect(upserts[1]).toEqual({ documents: batch.documents, sentences: [], entities: [], relations: [], events: [] });
    expect(await sink.knownDocuments?.(['d1'])).toEqual(new Map([['d1', 'h1']]));
  });
});
