import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { DEFAULT_VIEW, parseViewState, serializeViewState } from './view-state.js';
import type { ViewState } from './view-state.js';

describe('view state in the URL', () => {
  test('the default view is an empty query', () => {
    expect(serializeViewState(DEFAULT_VIEW)).toBe('');
    expect(parseViewState('')).toEqual(DEFAULT_VIEW);
  });

  test('a full view survives a round trip', () => {
    const view: ViewState = {
      selected: 'per_607c1986583d13b5d4c9',
      q: 'فيدان',
      labels: 'en',
      colorBy: 'community',
      sizeBy: 'pagerank',
      filters: {
        types: ['PERSON', 'LOCATION'],
        predicates: ['MET'],
        from: '2025-05-01',
        to: '2025-06',
        sources: ['الشرق الأوسط'],
        modalities: ['asserted', 'negated'],
      },
      path: ['per_a', 'per_b'],
      camera: { x: 0.5, y: 0.25, ratio: 1.5 },
      top: 40,
      events: false,
      isolates: true,
    };
    expect(parseViewState(serializeViewState(view))).toEqual(view);
  });

  test('denied relations are hidden by default; showing every modality is written as mod=all', () => {
    expect(DEFAULT_VIEW.filters.modalities).toEqual(['asserted', 'reported', 'planned']);
    const all = { ...DEFAULT_VIEW, filters: { ...DEFAULT_VIEW.filters, modalities: [] } };
    expect(serializeViewState(all)).toBe('?mod=all');
    expect(parseViewState('?mod=all').filters.modalities).toEqual([]);
    expect(parseViewState('?mod=bogus').filters.modalities).toEqual(['asserted', 'reported', 'planned']);
  });

  test('malformed values fall back to defaults instead of breaking the page', () => {
    const view = parseViewState(
      '?labels=fr&types=PERSON,BOGUS&from=yesterday&cam=1,2&path=only-one&preds=met;drop&top=99999',
    );
    expect(view.labels).toBe('ar');
    expect(view.filters.types).toEqual(['PERSON']);
    expect(view.filters.from).toBeNull();
    expect(view.camera).toBeNull();
    expect(view.path).toBeNull();
    expect(view.filters.predicates).toEqual([]);
    expect(view.top).toBe(200);
  });

  test('property: any selection and search text round-trip exactly', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.string(), (selected, q) => {
        const view = { ...DEFAULT_VIEW, selected, q };
        expect(parseViewState(serializeViewState(view))).toEqual(view);
      }),
      { seed: 11, numRuns: 200 },
    );
  });
});
