// The map beside the timeline: country outlines bundled with the viewer (Natural Earth 1:110m from world-atlas,
// loaded as its own chunk, nothing fetched from elsewhere), the graph's places at their coordinates and the
// events at their place; a click selects on the graph, and the graph's selection is highlighted here.
import { geoMercator, geoPath } from 'd3-geo';
import type { FeatureCollection } from 'geojson';
import { useEffect, useMemo, useState } from 'react';
import { feature } from 'topojson-client';
import { KIND_COLORS } from '../core/graph/colors.js';
import { eventsShown } from '../core/graph/events.js';
import { highlightedPlaces, mapData } from '../core/view/map-data.js';
import { useAppState, useSession } from './use-session.js';

const WIDTH = 380;
const HEIGHT = 178;
/** Events sit on a small ring around their place, so several at one place stay clickable. */
const EVENT_RING = 9;

type Countries = FeatureCollection;

let countries: Promise<Countries> | undefined;
/** The outlines, decoded once per page. */
function loadCountries(): Promise<Countries> {
  const loading =
    countries ??
    import('world-atlas/countries-110m.json').then((module) => {
      // The JSON is TopoJSON (world-atlas's documented format); topojson-client reads it.
      const topology = module.default as unknown as Parameters<typeof feature>[0];
      const collection = topology.objects['countries'];
      if (collection?.type !== 'GeometryCollection') throw new Error('world-atlas has no countries collection');
      return feature(topology, collection);
    });
  countries = loading;
  return loading;
}

export function MapView() {
  const session = useSession();
  const version = useAppState((s) => s.graphVersion);
  const view = useAppState((s) => s.view);
  const eventNodes = useAppState((s) => s.eventNodes);
  const [outlines, setOutlines] = useState<Countries | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const showEvents = eventsShown(view.events, eventNodes);

  useEffect(() => {
    let live = true;
    loadCountries().then(
      (c) => live && setOutlines(c),
      (e: unknown) => live && setFailed(e instanceof Error ? e.message : 'the outlines did not load'),
    );
    return () => {
      live = false;
    };
  }, []);

  const data = useMemo(
    () => mapData(session.graph, view.filters, showEvents, view.labels),
    // `version` is a dependency on purpose: it tells when the graph's data changed.
    [session, version, view.filters, showEvents, view.labels],
  );
  const projection = useMemo(() => {
    const p = geoMercator();
    if (data.bounds) {
      const [[w, s], [e, n]] = data.bounds;
      p.fitExtent(
        [
          [4, 4],
          [WIDTH - 4, HEIGHT - 4],
        ],
        {
          type: 'MultiPoint',
          coordinates: [
            [w, s],
            [e, n],
          ],
        },
      );
    } else p.fitSize([WIDTH, HEIGHT], { type: 'Sphere' });
    return p;
  }, [data.bounds]);
  const paths = useMemo(() => {
    if (!outlines) return [];
    const path = geoPath(projection);
    return outlines.features.map((f, i) => ({ key: String(f.id ?? i), d: path(f) ?? '' }));
  }, [outlines, projection]);
  const highlighted = useMemo(
    () => highlightedPlaces(session.graph, view.selected, data),
    // `version` is a dependency on purpose: neighbours change with the graph.
    [session, version, view.selected, data],
  );

  const select = (id: string) => void session.select(id);
  const maxScore = Math.max(1, ...data.places.map((p) => p.score));
  return (
    <section
      className="map"
      data-testid="map"
      data-places={data.places.length}
      data-events={data.events.length}
      data-outlines={paths.length}
    >
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        width={WIDTH}
        height={HEIGHT}
        role="img"
        aria-label="Places of the graph on a world map"
      >
        <rect width={WIDTH} height={HEIGHT} className="sea" />
        <g className="countries">
          {paths.map((p) => (
            <path key={p.key} d={p.d} />
          ))}
        </g>
        {data.places.map((place) => {
          const at = projection([place.lon, place.lat]);
          if (!at) return null;
          const [x, y] = at;
          const r = 3 + 5 * Math.sqrt(place.score / maxScore);
          const on = highlighted.has(place.id);
          return (
            <g key={place.id} className={`place${on ? ' on' : ''}`}>
              {place.events.map((id, i) => {
                const angle = (2 * Math.PI * i) / Math.max(1, place.events.length) - Math.PI / 2;
                const ex = x + (r + EVENT_RING) * Math.cos(angle);
                const ey = y + (r + EVENT_RING) * Math.sin(angle);
                const selected = view.selected === id;
                const attrs = session.graph.getNodeAttributes(id);
                return (
                  <rect
                    key={id}
                    data-testid="map-event"
                    data-id={id}
                    className={`event${selected ? ' on' : ''}`}
                    x={ex - 3.5}
                    y={ey - 3.5}
                    width={7}
                    height={7}
                    transform={`rotate(45 ${ex} ${ey})`}
                    fill={KIND_COLORS.EVENT}
                    onClick={() => select(id)}
                  >
                    <title>{view.labels === 'en' ? attrs.labelEn : attrs.label}</title>
                  </rect>
                );
              })}
              <circle
                data-testid="map-place"
                data-id={place.id}
                data-on={on}
                cx={x}
                cy={y}
                r={r}
                fill={KIND_COLORS.LOCATION}
                onClick={() => select(place.id)}
              >
                <title>{place.label}</title>
              </circle>
              {(on || place.events.length > 0) && (
                <text x={x} y={y - r - 3} textAnchor="middle" direction={view.labels === 'ar' ? 'rtl' : 'ltr'}>
                  {place.label}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      {failed && <p className="error">Map outlines: {failed}</p>}
      {data.places.length === 0 && (
        <p className="hint overlay-hint" data-testid="map-empty">
          No place in the graph has coordinates yet.
        </p>
      )}
    </section>
  );
}
