import { describe, expect, test } from '@jest/globals';
import { GraphData } from './graph-data.js';
import { eventGraph, withEvents } from './event-graph.js';
import type { EventSummary } from './store.js';

const person = (id: string, name: string) => ({ id, name, nameEn: name, type: 'PERSON' as const });
const meeting: EventSummary = {
  id: 'evt_1',
  type: 'MEETING',
  date: null,
  dateText: null,
  modality: 'reported',
  location: { id: 'loc_ankara', name: 'أنقرة', nameEn: 'Ankara', lat: 39.92, lon: 32.85 },
  participants: [person('per_a', 'فيدان'), person('per_b', 'الصفدي')],
  evidence: {
    sentence: 'التقى فيدان والصفدي في أنقرة',
    start: 0,
    end: 5,
    predicate: 'MEETING',
    confidence: 0.9,
    doc: { id: 'doc_1', title: 't', source: 'asharq', date: '2025-05-12', url: null },
  },
};

describe('eventGraph', () => {
  test('one event node joined to each participant and to its place, labelled in both scripts', () => {
    const graph = eventGraph([meeting]);
    expect(GraphData.safeParse(graph).success).toBe(true);
    expect(graph.nodes).toHaveLength(1);
    expect(graph.nodes[0]).toMatchObject({
      id: 'evt_1',
      kind: 'EVENT',
      label: 'اجتماع · أنقرة',
      labelEn: 'Meeting · Ankara',
      attributes: {
        eventDate: null,
        articleDate: '2025-05-12',
        dates: ['2025-05-12'],
        location: 'loc_ankara',
        lat: 39.92,
        lon: 32.85,
      },
    });
    expect(graph.edges.map((e) => [e.type, e.source, e.target, e.modality])).toEqual([
      ['PARTICIPATED_IN', 'per_a', 'evt_1', 'reported'],
      ['PARTICIPATED_IN', 'per_b', 'evt_1', 'reported'],
      ['OCCURRED_IN', 'evt_1', 'loc_ankara', 'reported'],
    ]);
  });

  test('withEvents keeps only the edges whose entity the answer holds', () => {
    const data = withEvents({ nodes: [{ id: 'per_a', label: 'فيدان', kind: 'PERSON' }], edges: [] }, [meeting]);
    expect(data.nodes.map((n) => n.id)).toEqual(['per_a', 'evt_1']);
    expect(data.edges.map((e) => e.source)).toEqual(['per_a']);
  });
});
