import { describe, expect, test } from '@jest/globals';
import type { EdgeAttrs, NodeAttrs } from '../graph/attributes.js';
import { dateInRange, edgePasses, filtersActive, nodePasses, toggleShown } from './filters.js';
import { EMPTY_FILTERS } from './view-state.js';

const node = (patch: Partial<NodeAttrs> = {}): NodeAttrs => ({
  x: 0,
  y: 0,
  size: 1,
  color: '#000',
  label: 'فيدان',
  labelEn: 'Fidan',
  kind: 'PERSON',
  subtype: null,
  score: 1,
  pagerank: 0,
  sources: [],
  dates: [],
  expandedBy: null,
  geo: null,
  place: null,
  ...patch,
});
const edge = (patch: Partial<EdgeAttrs> = {}): EdgeAttrs => ({
  type: 'straight',
  predicate: 'MET',
  weight: 1,
  size: 1,
  color: '#000',
  role: null,
  modality: null,
  firstSeen: null,
  lastSeen: null,
  curvature: 0,
  ...patch,
});

describe('modality filter', () => {
  test('hides denied relations by default and shows planned and reported ones', () => {
    expect(edgePasses(edge({ modality: 'negated' }), EMPTY_FILTERS)).toBe(false);
    expect(edgePasses(edge({ modality: 'planned' }), EMPTY_FILTERS)).toBe(true);
    expect(edgePasses(edge({ modality: 'reported' }), EMPTY_FILTERS)).toBe(true);
    // An edge from a store that predates modality is read as asserted.
    expect(edgePasses(edge({ modality: null }), EMPTY_FILTERS)).toBe(true);
  });

  test('showing only asserted edges hides every other modality and counts as an active filter', () => {
    const asserted = { ...EMPTY_FILTERS, modalities: ['asserted' as const] };
    expect(edgePasses(edge({ modality: 'planned' }), asserted)).toBe(false);
    expect(edgePasses(edge({ modality: 'asserted' }), asserted)).toBe(true);
    expect(filtersActive(asserted)).toBe(true);
    // Empty means every modality, denials included.
    expect(edgePasses(edge({ modality: 'negated' }), { ...EMPTY_FILTERS, modalities: [] })).toBe(true);
  });
});

describe('filters', () => {
  test('no filter passes everything and is not active', () => {
    expect(nodePasses(node(), EMPTY_FILTERS)).toBe(true);
    expect(edgePasses(edge(), EMPTY_FILTERS)).toBe(true);
    expect(filtersActive(EMPTY_FILTERS)).toBe(false);
  });
  test('types and predicates keep only what is listed', () => {
    const filters = { ...EMPTY_FILTERS, types: ['LOCATION' as const], predicates: ['LEADS'] };
    expect(nodePasses(node(), filters)).toBe(false);
    expect(nodePasses(node({ kind: 'LOCATION' }), filters)).toBe(true);
    expect(edgePasses(edge(), filters)).toBe(false);
    expect(edgePasses(edge({ predicate: 'LEADS' }), filters)).toBe(true);
  });
  test('dates: a node passes when one of its dates is in range; undated nodes always pass', () => {
    const filters = { ...EMPTY_FILTERS, from: '2025-05-01', to: '2025-05-31' };
    expect(nodePasses(node({ dates: ['2025-04-02', '2025-05-12'] }), filters)).toBe(true);
    expect(nodePasses(node({ dates: ['2024-01-01'] }), filters)).toBe(false);
    expect(nodePasses(node(), filters)).toBe(true);
  });
  test('dates: an edge passes when its seen-interval meets the range', () => {
    const filters = { ...EMPTY_FILTERS, from: '2025-05-01', to: '2025-05-31' };
    expect(edgePasses(edge({ firstSeen: '2025-04-01', lastSeen: '2025-05-02' }), filters)).toBe(true);
    expect(edgePasses(edge({ firstSeen: '2025-06-01', lastSeen: '2025-07-01' }), filters)).toBe(false);
    expect(edgePasses(edge({ firstSeen: '2024-01-01' }), filters)).toBe(false);
  });
  test('date prefixes compare at their own precision', () => {
    expect(dateInRange('2025', '2025-05-01', null)).toBe(true);
    expect(dateInRange('2025-05', null, '2025-04-30')).toBe(false);
  });
  test('sources: nodes with a listed source pass; nodes without known sources pass', () => {
    const filters = { ...EMPTY_FILTERS, sources: ['aawsat'] };
    expect(nodePasses(node({ sources: ['aawsat', 'bbc'] }), filters)).toBe(true);
    expect(nodePasses(node({ sources: ['bbc'] }), filters)).toBe(false);
    expect(nodePasses(node(), filters)).toBe(true);
  });
});

describe('toggleShown', () => {
  const all = ['MET', 'LEADS', 'VISITED'];
  test('hiding one item from "all" lists the others', () => {
    expect(toggleShown([], all, 'MET')).toEqual(['LEADS', 'VISITED']);
  });
  test('showing the last hidden item goes back to "all" (empty)', () => {
    expect(toggleShown(['LEADS', 'VISITED'], all, 'MET')).toEqual([]);
  });
  test('hiding everything leaves an empty-but-not-all list only through the last item', () => {
    expect(toggleShown(['MET'], all, 'MET')).toEqual([]);
  });
});
