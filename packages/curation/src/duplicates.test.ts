import { describe, expect, test } from '@jest/globals';
import type { CurationRecord, GraphData } from '@shabaka/schema';
import { duplicateCandidates } from './duplicates.js';

const node = (id: string, label: string, labelEn: string, kind: 'PERSON' | 'LOCATION' = 'PERSON') => ({
  id,
  label,
  labelEn,
  kind,
});
const graph: GraphData = {
  nodes: [
    node('p1', 'رستم عمروف', 'Rustem Umerov'),
    node('p2', 'Rustem Umerov', 'Rustem Umerov'),
    node('p3', 'رستم عمروف', 'Rstm Amruf'),
    node('p4', 'هاكان فيدان', 'Hakan Fidan'),
    node('l1', 'أنقرة', 'Ankara', 'LOCATION'),
    node('l2', 'Ankara', 'Ankara', 'LOCATION'),
    node('p5', 'Ankara', 'Ankara'),
  ],
  edges: [
    { id: 'e1', source: 'p1', target: 'p4', type: 'MET', weight: 1 },
    { id: 'e2', source: 'p2', target: 'p4', type: 'MET', weight: 1 },
  ],
};

describe('duplicateCandidates', () => {
  test('pairs names alike across scripts and romanisations, of one type only, best first', async () => {
    const pairs = await duplicateCandidates(graph, [], { limit: 10 });
    const ids = pairs.map((p) => [p.a.id, p.b.id].sort().join('-'));
    expect(ids).toEqual(expect.arrayContaining(['p1-p2', 'p1-p3', 'p2-p3', 'l1-l2']));
    expect(ids).not.toContain('l2-p5');
    expect(ids.some((x) => x.includes('p4'))).toBe(false);
    // Same English name and a shared neighbour beat a skeleton match alone.
    expect(ids[0]).toBe('p1-p2');
    expect(pairs[0]?.reasons).toEqual(['names 1.00: rustem umerov ~ rustem umerov', '1 shared neighbour']);
    expect(pairs.find((p) => [p.a.id, p.b.id].sort().join('-') === 'p2-p3')?.reasons[0]).toMatch(/rstm mrf/);
  });

  test('a rejected pair is not proposed again; co-mention adds to the score', async () => {
    const distinct = { action: 'distinct', targets: ['p1', 'p2'], undone: false } as CurationRecord;
    const pairs = await duplicateCandidates(graph, [distinct], {
      limit: 10,
      articlesOf: async (id) => (id === 'l1' || id === 'l2' ? ['doc_1'] : []),
    });
    const ids = pairs.map((p) => [p.a.id, p.b.id].sort().join('-'));
    expect(ids).not.toContain('p1-p2');
    expect(ids[0]).toBe('l1-l2');
    expect(pairs[0]?.reasons).toContain('named together in 1 article');
  });
});
