import { describe, expect, it } from '@jest/globals';
import { parseContractLine, toContractLines } from './contract.js';
import { ExtractionResult } from './extraction.js';

const result = ExtractionResult.parse({
  documents: [{ id: 'd1', title: 'عنوان', text: 'التقى أحمد سامي في عمّان', lang: 'ar', source: 'test' }],
  entities: [
    { id: 'p1', type: 'PERSON', name: 'أحمد', nameEn: 'Ahmad', mentions: [{ doc: 'd1', start: 6, end: 10 }] },
    { id: 'p2', type: 'PERSON', name: 'سامي', nameEn: 'Sami' },
  ],
  relations: [
    {
      subject: 'p1',
      predicate: 'MET',
      object: 'p2',
      evidence: { doc: 'd1', sentence: 'التقى أحمد سامي في عمّان', start: 0, end: 5 },
      confidence: 0.8,
    },
  ],
});

describe('JSONL contract', () => {
  it('orders lines so every id is defined before it is referenced', () => {
    const kinds = toContractLines(result).map((l) => l.kind);
    expect(kinds).toEqual(['document', 'entity', 'entity', 'relation']);
  });

  it('round-trips every line through JSON and the schema', () => {
    for (const [i, line] of toContractLines(result).entries()) {
      expect(parseContractLine(JSON.stringify(line), i + 1)).toEqual(line);
    }
  });

  it('names the line and field of a bad line', () => {
    expect(() => parseContractLine('{"kind":"relation","subject":"p1"}', 7)).toThrow(/line 7: field predicate/);
    expect(() => parseContractLine('{oops', 3)).toThrow(/line 3: not JSON/);
  });
});
