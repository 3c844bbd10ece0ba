// Filters as pure predicates over node and edge attributes (applied by the reducers, never by deleting data).
import type { EdgeAttrs, NodeAttrs } from '../graph/attributes.js';
import { defaultModalities } from './view-state.js';
import type { Filters } from './view-state.js';

/** Whether an ISO date (or date prefix) falls inside [from, to]; prefixes compare by their own length. */
export function dateInRange(date: string, from: string | null, to: string | null): boolean {
  if (from && date < from.slice(0, date.length)) return false;
  if (to && date.slice(0, to.length) > to) return false;
  return true;
}

/**
 * Whether a node passes the filters. Nodes without dates or sources pass those filters (absence is not evidence).
 * @example nodePasses(attrs, { ...EMPTY_FILTERS, types: ['PERSON'] })
 */
export function nodePasses(attrs: NodeAttrs, filters: Filters): boolean {
  if (filters.types.length && !filters.types.includes(attrs.kind)) return false;
  if (filters.sources.length && attrs.sources.length && !attrs.sources.some((s) => filters.sources.includes(s)))
    return false;
  if ((filters.from || filters.to) && attrs.dates.length) {
    if (!attrs.dates.some((d) => dateInRange(d, filters.from, filters.to))) return false;
  }
  return true;
}

/**
 * Whether an edge passes the filters: its predicate and modality are shown (an edge without a modality,
 * from an older store, counts as asserted) and its seen-interval meets the date range.
 * @example edgePasses(attrs, { ...EMPTY_FILTERS, predicates: ['MET'] })
 */
export function edgePasses(attrs: EdgeAttrs, filters: Filters): boolean {
  if (filters.predicates.length && !filters.predicates.includes(attrs.predicate)) return false;
  if (filters.modalities.length && !filters.modalities.includes(attrs.modality ?? 'asserted')) return false;
  if (filters.from || filters.to) {
    const first = attrs.firstSeen ?? attrs.lastSeen;
    const last = attrs.lastSeen ?? attrs.firstSeen;
    if (first && last) {
      if (filters.to && first.slice(0, filters.to.length) > filters.to) return false;
      if (filters.from && last < filters.from.slice(0, last.length)) return false;
    }
  }
  return true;
}

/** Whether any filter is active (for the "filters on" badge). */
export function filtersActive(filters: Filters): boolean {
  return Boolean(
    filters.types.length ||
    filters.predicates.length ||
    filters.from ||
    filters.to ||
    filters.sources.length ||
    !defaultModalities(filters.modalities),
  );
}

/**
 * Toggles one item of a "shown" list whose empty form means "all shown" (so new values are shown by default).
 * @example toggleShown([], ['MET', 'LEADS'], 'MET') // ['LEADS']
 * @example toggleShown(['LEADS'], ['MET', 'LEADS'], 'MET') // [] (all shown again)
 */
export function toggleShown<T>(shown: readonly T[], all: readonly T[], item: T): T[] {
  const current = shown.length === 0 ? all : shown;
  const next = current.includes(item) ? current.filter((x) => x !== item) : [...current, item];
  return next.length === all.length && all.every((x) => next.includes(x)) ? [] : next;
}
