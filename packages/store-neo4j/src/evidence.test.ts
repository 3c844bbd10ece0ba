// Unit tests of evidence keys and EvidenceView assembly.
import { describe, expect, test } from '@jest/globals';
import { assembleEvidence, parseEvidenceKey } from './evidence.js';

describe('evidence', () => {
  test('keys split from the right, so sentence ids may hold "|"', () => {
    expect(parseEvidenceKey('doc|x#3|4|9')).toEqual({ sentenceId: 'doc|x#3', start: 4, end: 9 });
    expect(parseEvidenceKey('no-span')).toBeNull();
  });

  test('views join pointers to their sentences and drop those whose sentence is gone', () => {
    const doc = { id: 'doc_1', title: 'T', source: null, date: '2025-05-12', url: null };
    const { sentenceIds, evidence } = assembleEvidence(
      [
        { key: 'doc_1#0|0|3', confidence: 0.9, predicate: 'MET' },
        { key: 'doc_9#0|0|3', confidence: 0.5, predicate: 'MET' },
      ],
      [{ sentenceId: 'doc_1#0', start: 4, end: 7, confidence: 0.8, predicate: 'MEETING' }],
    );
    expect(sentenceIds).toEqual(['doc_1#0', 'doc_9#0']);
    const views = evidence([{ id: 'doc_1#0', text: 'met the man', article: doc }]);
    expect(views.map((v) => [v.sentence.slice(v.start, v.end), v.predicate])).toEqual([
      ['met', 'MET'],
      ['the', 'MEETING'],
    ]);
  });
});
