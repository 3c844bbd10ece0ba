// Node sizes: a square-root scale of weighted degree or PageRank, so hubs stand out without hiding the rest.

export type SizeBy = 'score' | 'pagerank';

export const MIN_NODE_SIZE = 4;
export const MAX_NODE_SIZE = 22;

/**
 * Maps a value in [0, max] to a node size in [MIN_NODE_SIZE, MAX_NODE_SIZE] (square-root scale).
 * @example nodeSize(4, 16) // 13
 */
export function nodeSize(value: number, max: number): number {
  if (!(max > 0) || !(value > 0)) return MIN_NODE_SIZE;
  const t = Math.sqrt(Math.min(value, max) / max);
  return MIN_NODE_SIZE + t * (MAX_NODE_SIZE - MIN_NODE_SIZE);
}

/**
 * Edge thickness from its evidence count (weight): 1 for one sentence, growing slowly.
 * @example edgeSize(4) // 2.5
 */
export function edgeSize(weight: number): number {
  return Math.min(6, 1 + Math.log2(Math.max(1, weight)) * 0.75);
}
