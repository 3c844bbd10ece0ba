// The shareable view: selection, search, filters, display choices and camera, and its URL encoding.
import { MODALITIES, Modality, NodeKind } from '@shabaka/schema';

export interface Filters {
  /** Node kinds shown; empty means all. */
  types: NodeKind[];
  /** Predicates shown; empty means all. */
  predicates: string[];
  /** ISO date bounds (inclusive) over event and relation dates; null means open. */
  from: string | null;
  to: string | null;
  /** Article sources shown; empty means all. */
  sources: string[];
  /** Modalities of the edges shown; empty means all (the default hides denied relations). */
  modalities: Modality[];
}

export interface Camera {
  x: number;
  y: number;
  ratio: number;
}

export interface ViewState {
  selected: string | null;
  q: string;
  labels: 'ar' | 'en';
  colorBy: 'type' | 'community';
  sizeBy: 'score' | 'pagerank';
  filters: Filters;
  /** Endpoints of the highlighted shortest path. */
  path: [string, string] | null;
  camera: Camera | null;
  /** How many top entities the overview loads. */
  top: number;
  /** Event nodes shown (true) or hidden (false); null lets the viewer decide by their number. */
  events: boolean | null;
  /**
   * Nodes without an edge drawn (false: collapsed into a count in the filters, so they do not ring the graph
   * unlabelled); the selection and a path's nodes are drawn whatever this says.
   */
  isolates: boolean;
}

/** What an analyst sees first: asserted, reported and planned relations; denials only on demand. */
export const DEFAULT_MODALITIES: readonly Modality[] = MODALITIES.filter((m) => m !== 'negated');

export const EMPTY_FILTERS: Filters = {
  types: [],
  predicates: [],
  from: null,
  to: null,
  sources: [],
  modalities: [...DEFAULT_MODALITIES],
};

/** Whether a modality filter is the default one. */
export function defaultModalities(modalities: readonly Modality[]): boolean {
  return modalities.length === DEFAULT_MODALITIES.length && DEFAULT_MODALITIES.every((m) => modalities.includes(m));
}

function modalitiesOf(value: string | null): Modality[] {
  if (value === null) return [...DEFAULT_MODALITIES];
  if (value === 'all') return [];
  const parsed = list(value).filter((m): m is Modality => Modality.safeParse(m).success);
  return parsed.length ? parsed : [...DEFAULT_MODALITIES];
}

export const DEFAULT_VIEW: ViewState = {
  selected: null,
  q: '',
  labels: 'ar',
  colorBy: 'type',
  sizeBy: 'score',
  filters: EMPTY_FILTERS,
  path: null,
  camera: null,
  top: 200,
  events: null,
  isolates: false,
};

/** The server's cap on `GET /api/overview?limit=`. */
const MAX_TOP = 5000;

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

const list = (value: string | null): string[] => (value ? value.split(',').filter(Boolean) : []);

function camera(value: string | null): Camera | null {
  const parts = list(value).map(Number);
  const [x, y, ratio] = parts;
  if (parts.length !== 3 || x === undefined || y === undefined || ratio === undefined) return null;
  return parts.every(Number.isFinite) && ratio > 0 ? { x, y, ratio } : null;
}

function topOf(value: string | null): number {
  const n = Number(value);
  return value && Number.isInteger(n) && n >= 1 && n <= MAX_TOP ? n : DEFAULT_VIEW.top;
}

/**
 * Reads a view from a URL query string; unknown or malformed values fall back to defaults (links are user input).
 * @example parseViewState('?sel=per_fidan&labels=en').selected // 'per_fidan'
 */
export function parseViewState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const path = list(params.get('path'));
  const date = (key: string) => {
    const value = params.get(key);
    return value && DATE.test(value) ? value : null;
  };
  return {
    selected: params.get('sel') || null,
    q: params.get('q') ?? '',
    labels: params.get('labels') === 'en' ? 'en' : 'ar',
    colorBy: params.get('color') === 'community' ? 'community' : 'type',
    sizeBy: params.get('size') === 'pagerank' ? 'pagerank' : 'score',
    filters: {
      types: list(params.get('types')).filter((t): t is NodeKind => NodeKind.safeParse(t).success),
      predicates: list(params.get('preds')).filter((p) => /^[A-Z_]+$/.test(p)),
      from: date('from'),
      to: date('to'),
      sources: list(params.get('sources')),
      modalities: modalitiesOf(params.get('mod')),
    },
    path: path.length === 2 && path[0] && path[1] ? [path[0], path[1]] : null,
    camera: camera(params.get('cam')),
    top: topOf(params.get('top')),
    events: params.get('events') === 'on' ? true : params.get('events') === 'off' ? false : null,
    isolates: params.get('isolates') === 'on',
  };
}

/**
 * Writes a view as a URL query string (defaults left out, so links stay short).
 * @example serializeViewState({ ...DEFAULT_VIEW, selected: 'per_fidan' }) // '?sel=per_fidan'
 */
export function serializeViewState(view: ViewState): string {
  const params = new URLSearchParams();
  if (view.selected) params.set('sel', view.selected);
  if (view.q) params.set('q', view.q);
  if (view.labels !== 'ar') params.set('labels', view.labels);
  if (view.colorBy !== 'type') params.set('color', view.colorBy);
  if (view.sizeBy !== 'score') params.set('size', view.sizeBy);
  const { types, predicates, from, to, sources, modalities } = view.filters;
  if (types.length) params.set('types', types.join(','));
  if (predicates.length) params.set('preds', predicates.join(','));
  if (from) params.set('from', from);
  if (to) params.set('to', to);
  if (sources.length) params.set('sources', sources.join(','));
  if (!defaultModalities(modalities)) params.set('mod', modalities.length ? modalities.join(',') : 'all');
  if (view.path) params.set('path', view.path.join(','));
  if (view.camera) {
    const { x, y, ratio } = view.camera;
    params.set('cam', [x, y, ratio].map((n) => Number(n.toFixed(4))).join(','));
  }
  if (view.top !== DEFAULT_VIEW.top) params.set('top', String(view.top));
  if (view.events !== null) params.set('events', view.events ? 'on' : 'off');
  if (view.isolates) params.set('isolates', 'on');
  const text = params.toString();
  return text ? `?${text}` : '';
}
