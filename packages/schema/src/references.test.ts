// Unit tests of entity references a result uses without defining them.
import { describe, expect, test } from '@jest/globals';
import { ExtractionResult } from './extraction.js';
import { externalReferences, unknownEntitiesError } from './references.js';

const evidence = { doc: 'd', sentence: 'x met y', start: 2, end: 5 };

describe('externalReferences', () => {
  test('lists undefined relation and event endpoints once, with the first field that uses them', () => {
    const result = ExtractionResult.parse({
      entities: [{ id: 'per_x', type: 'PERSON', name: 'x', nameEn: 'x' }],
      relations: [
        { subject: 'per_x', predicate: 'MET', object: 'per_y', evidence, confidence: 1 },
        { subject: 'per_y', predicate: 'MET', object: 'per_x', evidence, confidence: 1 },
      ],
      events: [
        { id: 'ev_1', type: 'MEETING', participants: ['per_x', 'per_z'], location: 'loc_q', evidence, confidence: 1 },
      ],
    });
    expect(externalReferences(result)).toEqual([
      { id: 'per_y', field: 'relations[0].object' },
      { id: 'per_z', field: 'events[0].participants[1]' },
      { id: 'loc_q', field: 'events[0].location' },
    ]);
  });

  test('the error names at most five references and counts the rest', () => {
    const missing = Array.from({ length: 7 }, (_, i) => ({ id: `per_${i}`, field: `relations[${i}].subject` }));
    const error = unknownEntitiesError('store-x', missing);
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message).toContain('7 entity id(s)');
    expect(error.message).toContain('relations[4].subject = "per_4"');
    expect(error.message).not.toContain('per_5"');
    expect(error.message).toContain('and 2 more');
  });
});
