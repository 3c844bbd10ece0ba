// Unit tests of ExtractionResult → upsert rows: grouping, orientation, evidence keys and offsets.
import { describe, expect, test } from '@jest/globals';
import { ExtractionResult, relationKey } from '@shabaka/schema';
import { toUpsertRows } from './rows.js';

const text = 'Erdogan met Trump in Ankara. Trump met Erdogan again.';
const base = {
  documents: [{ id: 'doc_1', title: 'T', text, lang: 'en', publishedAt: '2025-05-12T08:00:00Z' }],
  sentences: [
    { id: 'doc_1#0', docId: 'doc_1', index: 0, start: 0, end: 28, text: text.slice(0, 28) },
    { id: 'doc_1#1', docId: 'doc_1', index: 1, start: 29, end: text.length, text: text.slice(29) },
  ],
  entities: [
    {
      id: 'per_e',
      type: 'PERSON',
      name: 'أردوغان',
      nameEn: 'Erdogan',
      aliases: ['إردوغان'],
      mentions: [{ doc: 'doc_1', start: 39, end: 46 }],
    },
    { id: 'per_t', type: 'PERSON', name: 'ترامب', nameEn: 'Trump', mentions: [{ doc: 'doc_1', start: 12, end: 17 }] },
  ],
};
const evidence = (start: number, end: number) => ({ doc: 'doc_1', sentence: '', start, end });

describe('toUpsertRows', () => {
  test('a symmetric relation written both ways is one row, oriented, with two evidence keys', () => {
    const rows = toUpsertRows(
      ExtractionResult.parse({
        ...base,
        relations: [
          { subject: 'per_t', predicate: 'MET', object: 'per_e', evidence: evidence(8, 11), confidence: 0.9 },
          { subject: 'per_e', predicate: 'MET', object: 'per_t', evidence: evidence(35, 38), confidence: 0.8 },
          { subject: 'per_e', predicate: 'MET', object: 'per_t', evidence: evidence(35, 38), confidence: 0.8 },
        ],
      }),
    );
    const met = rows.relations.get('MET') ?? [];
    expect(met).toHaveLength(1);
    expect(met[0]).toMatchObject({
      key: relationKey('per_e', 'MET', 'per_t', null),
      subject: 'per_e',
      object: 'per_t',
    });
    // Offsets become sentence-relative; the repeated evidence is counted once.
    expect(met[0]?.evidence.map((e) => e.key)).toEqual(['doc_1#0|8|11', 'doc_1#1|6|9']);
    expect(met[0]?.evidence[0]?.seen).toBe('2025-05-12');
    expect(met[0]).toMatchObject({
      sentenceIds: ['doc_1#0', 'doc_1#1'],
      firstSeen: '2025-05-12',
      lastSeen: '2025-05-12',
    });
    // Each evidencing sentence lists the relationship, so retracting its article can find it again.
    const tagged = `MET ${relationKey('per_e', 'MET', 'per_t', null)}`;
    expect(rows.sentences.map((s) => [s.id, s.relationKeys])).toEqual([
      ['doc_1#0', [tagged]],
      ['doc_1#1', [tagged]],
    ]);
  });

  test('mentions map to their sentence with offsets inside it; aliases and keys include both names', () => {
    const rows = toUpsertRows(ExtractionResult.parse(base));
    expect(rows.mentions).toContainEqual({ sentenceId: 'doc_1#1', entityId: 'per_e', start: 10, end: 17 });
    const erdogan = rows.entities.find((e) => e.id === 'per_e');
    expect(erdogan?.aliases).toEqual(['أردوغان', 'Erdogan', 'إردوغان']);
    expect(erdogan?.searchKeys).toEqual(['اردوغان', 'erdogan']);
    expect(erdogan?.aliasText).toBe('أردوغان | Erdogan | إردوغان');
  });

  test('evidence whose sentence is missing rebuilds it from the evidence text', () => {
    const rows = toUpsertRows(
      ExtractionResult.parse({
        ...base,
        sentences: [],
        events: [
          {
            id: 'ev_1',
            type: 'MEETING',
            participants: ['per_e', 'per_t', 'per_e'],
            evidence: { doc: 'doc_1', sentence: text.slice(29), start: 35, end: 38 },
            confidence: 0.7,
          },
        ],
      }),
    );
    expect(rows.sentences).toEqual([
      { id: 'doc_1#@29', articleId: 'doc_1', index: -1, text: text.slice(29), start: 29, relationKeys: [] },
    ]);
    expect(rows.events[0]?.props).toMatchObject({ sentenceId: 'doc_1#@29', evidenceStart: 6, evidenceEnd: 9 });
    expect(rows.events[0]?.participants).toEqual(['per_e', 'per_t']);
  });
});
