// Unit tests of the exports: GEXF parses back into the same graph; JSONL lines satisfy the contract.
import { describe, expect, it } from '@jest/globals';
import { MultiDirectedGraph } from 'graphology';
import gexf from 'graphology-gexf';
import { parseContractLine } from '@shabaka/schema';
import type { GraphData } from '@shabaka/schema';
import { toGexf } from './gexf.js';
import { toJsonl } from './jsonl.js';

const graph: GraphData = {
  nodes: [
    {
      id: 'per_a',
      label: 'هاكان فيدان',
      labelEn: 'Hakan Fidan',
      kind: 'PERSON',
      attributes: { aliases: ['فيدان', 'Fidan'] },
    },
    { id: 'per_b', label: 'رستم <أوميروف> & "co"', labelEn: 'Rustem Umerov', kind: 'PERSON' },
    { id: 'ev_1', label: 'MEETING', kind: 'EVENT' },
  ],
  edges: [
    { id: 'rel_1', source: 'per_a', target: 'per_b', type: 'MET', weight: 2, attributes: { sentenceIds: ['doc_1#0'] } },
    { id: 'rel_2', source: 'per_a', target: 'per_b', type: 'SPOKE_WITH', weight: 1 },
    { id: 'p_1', source: 'per_a', target: 'ev_1', type: 'PARTICIPATED_IN', weight: 1 },
  ],
};

describe('toGexf', () => {
  it('writes a GEXF that parses back with labels, parallel edges and escaped text', () => {
    const xml = toGexf(graph);
    expect(xml.startsWith('<?xml')).toBe(true);
    const parsed = gexf.parse(MultiDirectedGraph, xml);
    expect(parsed.order).toBe(3);
    expect(parsed.size).toBe(3);
    expect(parsed.getNodeAttribute('per_a', 'label')).toBe('هاكان فيدان');
    expect(parsed.getNodeAttribute('per_b', 'label')).toBe('رستم <أوميروف> & "co"');
    expect(parsed.getNodeAttribute('per_a', 'aliases')).toBe('فيدان | Fidan');
  });
});

describe('toJsonl', () => {
  it('emits valid entity and relation lines only', () => {
    const lines = toJsonl(graph)
      .trim()
      .split('\n')
      .map((line, i) => parseContractLine(line, i + 1));
    expect(lines.filter((l) => l.kind === 'entity').map((l) => (l.kind === 'entity' ? l.id : ''))).toEqual([
      'per_a',
      'per_b',
    ]);
    const relations = lines.filter((l) => l.kind === 'relation');
    expect(relations).toHaveLength(2);
    const met = relations.find((l) => l.kind === 'relation' && l.predicate === 'MET');
    expect(met?.kind === 'relation' && met.evidence.doc).toBe('doc_1');
  });

  it('is empty for an empty graph', () => {
    expect(toJsonl({ nodes: [], edges: [] })).toBe('');
  });
});
