// Filters: node kinds, predicates, a date range over event and relation dates, and article sources.
import { MODALITIES, NodeKind } from '@shabaka/schema';
import { useMemo } from 'react';
import { KIND_COLORS, MODALITY_EDGE_COLORS } from '../core/graph/colors.js';
import { CheckList } from './CheckList.js';
import { CommunityLegend } from './CommunityLegend.js';
import { DateRange } from './DateRange.js';
import { filtersActive } from '../core/view/filters.js';
import { EMPTY_FILTERS } from '../core/view/view-state.js';
import { useAppState, useSession } from './use-session.js';

/** The legend of each modality; denied relations are hidden until asked for. */
const MODALITY_LABELS: Record<(typeof MODALITIES)[number], string> = {
  asserted: 'asserted',
  reported: 'reported (sources, according to)',
  planned: 'planned (will, scheduled, if)',
  negated: 'denied or did not happen',
};

export function FiltersPanel() {
  const session = useSession();
  const filters = useAppState((s) => s.view.filters);
  const version = useAppState((s) => s.graphVersion);
  const byCommunity = useAppState((s) => s.view.colorBy === 'community');
  const isolates = useAppState((s) => s.view.isolates);
  const facets = useMemo(() => {
    const predicates = new Set<string>();
    const sources = new Set<string>();
    const dates: string[] = [];
    session.graph.forEachEdge((_e, attrs) => {
      predicates.add(attrs.predicate);
      if (attrs.firstSeen) dates.push(attrs.firstSeen);
      if (attrs.lastSeen) dates.push(attrs.lastSeen);
    });
    session.graph.forEachNode((_n, attrs) => {
      attrs.sources.forEach((s) => sources.add(s));
      dates.push(...attrs.dates);
    });
    const distinct = [...new Set(dates.map((d) => d.slice(0, 10)))].sort();
    const isolated = session.graph.filterNodes((node) => session.graph.degree(node) === 0).length;
    return {
      dates: distinct,
      predicates: [...predicates].sort(),
      sources: [...sources].sort(),
      minDate: distinct[0] ?? '',
      maxDate: distinct[distinct.length - 1] ?? '',
      isolated,
    };
    // `version` is a dependency on purpose: it tells when the graph's data changed.
  }, [session, version]);

  return (
    <section className="panel" data-testid="filters-panel">
      <h3>
        Filters{' '}
        {filtersActive(filters) && (
          <button className="link" data-testid="filters-reset" onClick={() => session.setFilters(EMPTY_FILTERS)}>
            reset
          </button>
        )}
      </h3>
      {byCommunity && <CommunityLegend />}
      <CheckList
        legend="Types"
        options={NodeKind.options}
        shown={filters.types}
        testIdPrefix="filter-type"
        emptyHint=""
        onChange={(types) => session.setFilters({ types })}
        render={(kind) => (
          <>
            {/* The type colours are a legend only while nodes are coloured by type. */}
            {!byCommunity && <span className="dot" style={{ background: KIND_COLORS[kind] }} />}
            {kind.toLowerCase()}
          </>
        )}
      />
      {facets.isolated > 0 && (
        <label className="isolates">
          <input
            type="checkbox"
            data-testid="filter-isolates"
            checked={isolates}
            onChange={(e) => session.setIsolates(e.target.checked)}
          />
          isolated nodes ({facets.isolated}, no relation drawn)
        </label>
      )}
      <CheckList
        legend="Relations"
        options={facets.predicates}
        shown={filters.predicates}
        testIdPrefix="filter-predicate"
        emptyHint="No relations drawn yet."
        onChange={(predicates) => session.setFilters({ predicates })}
      />
      <CheckList
        legend="Told as (edge colour)"
        options={MODALITIES}
        shown={filters.modalities}
        testIdPrefix="filter-modality"
        emptyHint=""
        onChange={(modalities) => session.setFilters({ modalities })}
        render={(modality) => (
          <>
            <span className="line" style={{ background: MODALITY_EDGE_COLORS[modality] }} />
            {MODALITY_LABELS[modality]}
          </>
        )}
      />
      <fieldset>
        <legend>Dates</legend>
        {(['from', 'to'] as const).map((bound) => (
          <label key={bound}>
            {bound}{' '}
            <input
              type="date"
              data-testid={`filter-${bound}`}
              min={facets.minDate}
              max={facets.maxDate}
              value={filters[bound] ?? ''}
              onChange={(e) => session.setFilters({ [bound]: e.target.value || null })}
            />
          </label>
        ))}
        <DateRange dates={facets.dates} from={filters.from} to={filters.to} />
      </fieldset>
      <CheckList
        legend="Sources"
        options={facets.sources}
        shown={filters.sources}
        testIdPrefix="filter-source"
        emptyHint="No article sources known for these nodes."
        onChange={(sources) => session.setFilters({ sources })}
      />
    </section>
  );
}
