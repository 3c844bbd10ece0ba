import { describe, expect, it } from '@jest/globals';
import { ExtractionResult } from '@shabaka/schema';
import { mergeResults } from './merge-results.js';

const result = (doc: string, alias: string) =>
  ExtractionResult.parse({
    documents: [{ id: doc, title: doc, text: 'x', lang: 'en' }],
    entities: [
      {
        id: 'per_1',
        type: 'PERSON',
        name: 'Fidan',
        nameEn: 'Hakan Fidan',
        aliases: [alias],
        mentions: [{ doc, start: 0, end: 1 }],
      },
    ],
  });

describe('mergeResults', () => {
  it('keeps one entity per id with every alias and mention', () => {
    const merged = mergeResults([result('d1', 'فيدان'), result('d2', 'Fidan'), result('d3', 'فيدان')]);
    expect(merged.documents.map((d) => d.id)).toEqual(['d1', 'd2', 'd3']);
    expect(merged.entities).toHaveLength(1);
    expect(merged.entities[0]?.aliases).toEqual(['فيدان', 'Fidan']);
    expect(merged.entities[0]?.mentions.map((m) => m.doc)).toEqual(['d1', 'd2', 'd3']);
  });

  it('does not change its inputs', () => {
    const a = result('d1', 'a');
    mergeResults([a, result('d2', 'b')]);
    expect(a.entities[0]?.aliases).toEqual(['a']);
  });
});
