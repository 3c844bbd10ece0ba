// Unit tests of entity references a result uses without defining them.
import { describe, expect, test } from '@jest/globals';
import { ExtractionResult } from './extraction.js';
import { externalEntityIds, unknownEntitiesError } from './references.js';

const evidence = { doc: 'd', sentence: 'x met y', start: 2, end: 5 };

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

describe('externalEntityIds', () => {
  test('lists undefined relation and event endpoints once, in order of first use', () => {
    expect(externalEntityIds(result)).toEqual(['per_y', 'per_z', 'loc_q']);
  });
});

describe('unknownEntitiesError', () => {
  test('names the first field that uses each missing id', () => {
    const error = unknownEntitiesError('store-x', result, new Set(['per_z', 'per_y', 'loc_q']));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message).toContain(
      'store-x: upsert refused, 3 entity id(s) are neither in the result nor stored: ' +
        'relations[0].object = "per_y", events[0].participants[1] = "per_z", events[0].location = "loc_q" (',
    );
  });

  test('names at most five ids and counts the rest', () => {
    const relations = Array.from({ length: 7 }, (_, i) => ({
      subject: `per_${i}`,
      predicate: 'MET' as const,
      object: 'per_x',
      evidence,
      confidence: 1,
    }));
    const many = ExtractionResult.parse({ entities: result.entities, relations });
    const error = unknownEntitiesError('store-x', many, new Set(externalEntityIds(many)));
    expect(error.message).toContain('7 entity id(s)');
    expect(error.message).toContain('relations[4].subject = "per_4"');
    expect(error.message).not.toContain('per_5"');
    expect(error.message).toContain('and 2 more');
  });
});
