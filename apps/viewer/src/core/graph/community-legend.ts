// The legend of community colouring: each community drawn, its colour, size and best-known member.
import { communityColor } from './colors.js';
import type { ViewerGraph } from './attributes.js';

export interface CommunityEntry {
  community: number;
  color: string;
  /** Nodes of the community in the graph as drawn. */
  size: number;
  /** The label of its highest-scored node, to tell communities apart by name. */
  label: string;
}

/**
 * The communities of the nodes in `graph` that are `drawn`, largest first, at most `max` (the rest are counted
 * in `more`).
 * @example communityLegend(graph, communities, 'ar').entries[0] // { community: 3, color: '#d62728', size: 12, label: 'هاكان فيدان' }
 */
export function communityLegend(
  graph: ViewerGraph,
  communities: ReadonlyMap<string, number>,
  labels: 'ar' | 'en',
  max = 12,
  drawn: (node: string) => boolean = () => true,
): { entries: CommunityEntry[]; more: number } {
  const byCommunity = new Map<number, { size: number; best: string; score: number }>();
  graph.forEachNode((node, attrs) => {
    const community = communities.get(node);
    if (community === undefined || !drawn(node)) return;
    const entry = byCommunity.get(community) ?? { size: 0, best: '', score: -Infinity };
    entry.size++;
    if (attrs.score > entry.score) {
      entry.score = attrs.score;
      entry.best = labels === 'en' ? attrs.labelEn : attrs.label;
    }
    byCommunity.set(community, entry);
  });
  const entries = [...byCommunity]
    .map(([community, e]) => ({ community, color: communityColor(community), size: e.size, label: e.best }))
    .sort((a, b) => b.size - a.size || a.community - b.community);
  return { entries: entries.slice(0, max), more: Math.max(0, entries.length - max) };
}
