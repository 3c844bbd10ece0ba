// The community legend lists what community colouring draws, named by each community's best-scored node.
import { describe, expect, it } from '@jest/globals';
import Graph from 'graphology';
import type { EdgeAttrs, NodeAttrs } from './attributes.js';
import { communityColor } from './colors.js';
import { communityLegend } from './community-legend.js';

const node = (label: string, score: number): NodeAttrs => ({
  x: 0,
  y: 0,
  size: 4,
  color: '#000',
  label,
  labelEn: `${label}-en`,
  kind: 'PERSON',
  subtype: null,
  score,
  pagerank: 0,
  sources: [],
  dates: [],
  expandedBy: null,
  geo: null,
  place: null,
});

describe('communityLegend', () => {
  it('lists communities largest first with their colour, size and top node, and counts the rest', () => {
    const graph = new Graph<NodeAttrs, EdgeAttrs>();
    graph.addNode('a', node('فيدان', 5));
    graph.addNode('b', node('الصفدي', 2));
    graph.addNode('c', node('ترمب', 9));
    graph.addNode('d', node('عزلة', 1));
    const communities = new Map([
      ['a', 4],
      ['b', 4],
      ['c', 1],
      ['d', 7],
    ]);
    const { entries, more } = communityLegend(graph, communities, 'ar', 2);
    expect(entries).toEqual([
      { community: 4, color: communityColor(4), size: 2, label: 'فيدان' },
      { community: 1, color: communityColor(1), size: 1, label: 'ترمب' },
    ]);
    expect(more).toBe(1);
    expect(communityLegend(graph, communities, 'en').entries[0]?.label).toBe('فيدان-en');
  });
});
