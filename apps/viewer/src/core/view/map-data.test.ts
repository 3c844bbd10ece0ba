import { describe, expect, test } from '@jest/globals';
import Graph from 'graphology';
import type { EdgeAttrs, NodeAttrs, ViewerGraph } from '../graph/attributes.js';
import { mergeGraphData } from '../graph/merge.js';
import { MIN_SPAN, highlightedPlaces, mapData } from './map-data.js';
import { EMPTY_FILTERS } from './view-state.js';

function sample(): ViewerGraph {
  const graph = new Graph<NodeAttrs, EdgeAttrs>({ multi: true, type: 'directed' });
  mergeGraphData(graph, {
    nodes: [
      { id: 'ankara', label: 'أنقرة', labelEn: 'Ankara', kind: 'LOCATION', attributes: { lat: 39.9, lon: 32.9 } },
      { id: 'amman', label: 'عمان', labelEn: 'Amman', kind: 'LOCATION', attributes: { lat: 31.9, lon: 35.9 } },
      { id: 'nowhere', label: 'مكان', kind: 'LOCATION' },
      { id: 'fidan', label: 'فيدان', kind: 'PERSON' },
      {
        id: 'meeting',
        label: 'اجتماع',
        kind: 'EVENT',
        attributes: { location: 'ankara', lat: 39.9, lon: 32.9, dates: ['2025-05-12'] },
      },
    ],
    edges: [
      { id: 'p', source: 'fidan', target: 'meeting', type: 'PARTICIPATED_IN', weight: 1 },
      { id: 'o', source: 'meeting', target: 'ankara', type: 'OCCURRED_IN', weight: 1 },
    ],
  });
  return graph;
}

describe('mapData', () => {
  test('places with coordinates, the events at them, and a frame at least MIN_SPAN wide', () => {
    const data = mapData(sample(), EMPTY_FILTERS, true, 'en');
    expect(data.places.map((p) => [p.id, p.label, p.events])).toEqual([
      ['ankara', 'Ankara', ['meeting']],
      ['amman', 'Amman', []],
    ]);
    expect(data.events).toEqual([{ id: 'meeting', place: 'ankara' }]);
    const [[w, s], [e, n]] = data.bounds ?? [
      [0, 0],
      [0, 0],
    ];
    expect(e - w).toBeGreaterThanOrEqual(MIN_SPAN);
    expect(n - s).toBeGreaterThanOrEqual(MIN_SPAN);
    expect(w).toBeLessThan(32.9);
    expect(e).toBeGreaterThan(35.9);
  });

  test('the filters and the events toggle apply to the map as to the canvas', () => {
    expect(mapData(sample(), EMPTY_FILTERS, false, 'ar').events).toEqual([]);
    const onlyEvents = mapData(sample(), { ...EMPTY_FILTERS, types: ['EVENT'] }, true, 'ar');
    expect(onlyEvents.places).toEqual([]);
    expect(onlyEvents.bounds).toBeNull();
    const before = mapData(sample(), { ...EMPTY_FILTERS, to: '2025-01-01' }, true, 'ar');
    expect(before.events).toEqual([]);
  });

  test("a selection highlights its place, an event's place, or the places joined to it", () => {
    const graph = sample();
    const data = mapData(graph, EMPTY_FILTERS, true, 'ar');
    expect([...highlightedPlaces(graph, 'amman', data)]).toEqual(['amman']);
    expect([...highlightedPlaces(graph, 'meeting', data)]).toEqual(['ankara']);
    expect([...highlightedPlaces(graph, 'fidan', data)]).toEqual(['ankara']);
    expect(highlightedPlaces(graph, null, data).size).toBe(0);
  });
});
