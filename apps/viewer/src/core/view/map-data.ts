// What the map draws, read from the graph: the places that have coordinates and the events at them, with the
// same filters as the canvas, and the area to frame.
import type { NodeAttrs, ViewerGraph } from '../graph/attributes.js';
import { nodePasses } from './filters.js';
import type { Filters } from './view-state.js';

export interface MapPlace {
  id: string;
  lat: number;
  lon: number;
  label: string;
  score: number;
  /** Events drawn at this place (ids), in graph order. */
  events: string[];
}

export interface MapData {
  places: MapPlace[];
  /** The events placed on the map (their place has coordinates), with the place they sit at. */
  events: { id: string; place: string }[];
  /** [[west, south], [east, north]] of the places, widened to at least MIN_SPAN degrees; null when empty. */
  bounds: [[number, number], [number, number]] | null;
}

/** The smallest area the map frames (degrees), so one city is not drawn at street scale. */
export const MIN_SPAN = 24;

/**
 * Places with coordinates that pass the filters, and the shown events at them.
 * @example mapData(graph, filters, true, 'ar').places.map((p) => p.label)
 */
export function mapData(graph: ViewerGraph, filters: Filters, showEvents: boolean, labels: 'ar' | 'en'): MapData {
  const shown = (attrs: NodeAttrs) => nodePasses(attrs, filters);
  const places = new Map<string, MapPlace>();
  graph.forEachNode((id, attrs) => {
    if (attrs.kind === 'EVENT' || !attrs.geo || !shown(attrs)) return;
    places.set(id, {
      id,
      ...attrs.geo,
      label: labels === 'en' ? attrs.labelEn : attrs.label,
      score: attrs.score,
      events: [],
    });
  });
  const events: MapData['events'] = [];
  if (showEvents) {
    graph.forEachNode((id, attrs) => {
      const place = attrs.kind === 'EVENT' && attrs.place ? places.get(attrs.place) : undefined;
      if (!place || !shown(attrs)) return;
      place.events.push(id);
      events.push({ id, place: place.id });
    });
  }
  const list = [...places.values()];
  return { places: list, events, bounds: boundsOf(list) };
}

function boundsOf(places: readonly MapPlace[]): MapData['bounds'] {
  if (places.length === 0) return null;
  let [west, south, east, north] = [180, 90, -180, -90];
  for (const p of places) {
    west = Math.min(west, p.lon);
    east = Math.max(east, p.lon);
    south = Math.min(south, p.lat);
    north = Math.max(north, p.lat);
  }
  const widen = (low: number, high: number, limit: number): [number, number] => {
    const pad = Math.max(0, MIN_SPAN - (high - low)) / 2 + (high - low) * 0.1;
    return [Math.max(-limit, low - pad), Math.min(limit, high + pad)];
  };
  const [w, e] = widen(west, east, 180);
  // Latitude is clamped short of the poles, where the map's Mercator projection runs to infinity.
  const [s, n] = widen(south, north, 80);
  return [
    [w, s],
    [e, n],
  ];
}

/**
 * The places to highlight for a selection: the place itself, an event's place, or the places joined to the
 * selected node in the graph (a person's meeting places and the places of their events).
 * @example highlightedPlaces(graph, 'per_fidan', data)
 */
export function highlightedPlaces(graph: ViewerGraph, selected: string | null, data: MapData): Set<string> {
  const out = new Set<string>();
  if (!selected || !graph.hasNode(selected)) return out;
  const onMap = new Set(data.places.map((p) => p.id));
  const add = (id: string | null) => {
    if (id && onMap.has(id)) out.add(id);
  };
  add(selected);
  add(graph.getNodeAttribute(selected, 'place'));
  graph.forEachNeighbor(selected, (neighbor, attrs) => {
    add(neighbor);
    if (attrs.kind === 'EVENT') add(attrs.place);
  });
  return out;
}
