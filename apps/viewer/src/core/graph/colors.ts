// Colours: one per node kind (Gephi Lite-like palette), one per community, one per predicate family.
import type { Modality, NodeKind } from '@shabaka/schema';

export const KIND_COLORS: Record<NodeKind, string> = {
  PERSON: '#e4572e',
  ORGANIZATION: '#2e86ab',
  LOCATION: '#3bb273',
  EVENT: '#f3a712',
  ARTICLE: '#8e7dbe',
  OTHER: '#9e9e9e',
};

const COMMUNITY_PALETTE = [
  '#1f77b4',
  '#ff7f0e',
  '#2ca02c',
  '#d62728',
  '#9467bd',
  '#8c564b',
  '#e377c2',
  '#7f7f7f',
  '#bcbd22',
  '#17becf',
  '#393b79',
  '#ad494a',
];

/**
 * A stable colour for a community number (the palette repeats past 12 communities).
 * @example communityColor(0) // '#1f77b4'
 */
export function communityColor(community: number): string {
  const index = ((community % COMMUNITY_PALETTE.length) + COMMUNITY_PALETTE.length) % COMMUNITY_PALETTE.length;
  return COMMUNITY_PALETTE[index] ?? '#7f7f7f';
}

export const EDGE_COLOR = '#b8c0cc';
/**
 * Edges the text does not assert, told apart by colour and transparency: sigma v3 has no dashed edge program
 * (no maintained one exists; sigma.js issue #1497), so the legend in the filters panel names these colours.
 */
export const MODALITY_EDGE_COLORS: Record<Modality, string> = {
  asserted: EDGE_COLOR,
  reported: 'rgba(142, 125, 190, 0.75)',
  planned: 'rgba(243, 167, 18, 0.75)',
  negated: 'rgba(214, 39, 40, 0.6)',
};
export const FADED_COLOR = '#eceff3';
export const HIGHLIGHT_COLOR = '#111827';
export const PATH_COLOR = '#d81b60';
