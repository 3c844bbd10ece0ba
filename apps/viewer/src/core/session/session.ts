// The graph session: the graphology graph, the app store, and every action the components can call.
import { EntityType, Predicate } from '@shabaka/schema';
import type { CurationRecord, CurationRequestInput, EventSummary, GraphData } from '@shabaka/schema';
import Graph from 'graphology';
import { isAbort } from '../api/api-error.js';
import type { ApiClient } from '../api/client.js';
import type { EdgeAttrs, NodeAttrs, ViewerGraph } from '../graph/attributes.js';
import { EVENT_OVERVIEW_LIMIT } from '../graph/events.js';
import { applySizes, collapseNode, mergeGraphData } from '../graph/merge.js';
import { IDLE_LAYOUT, killLayout, startLayout, stopLayout } from '../layout/layout-state.js';
import type { LayoutState } from '../layout/layout-state.js';
import { loadPositions, savePositions } from '../layout/position-cache.js';
import type { KeyValueStorage } from '../layout/position-cache.js';
import type { Camera, Filters, ViewState } from '../view/view-state.js';
import { parseViewState, serializeViewState } from '../view/view-state.js';
import { INITIAL_STATE } from './app-state.js';
import type { AppState } from './app-state.js';
import { toRemoteError } from './errors.js';
import { createStore } from './store.js';

export interface SessionOptions {
  api: ApiClient;
  /** Where positions are cached (localStorage in the browser). */
  storage?: KeyValueStorage;
  /** The URL query the view starts from. */
  initialSearch?: string;
  /** Called with the new query string whenever the view changes (history.replaceState in the browser). */
  onUrl?: (search: string) => void;
  /** How many neighbours one expansion brings in. */
  expandLimit?: number;
  /** Run the layout for FIRST_LAYOUT_MS when no position was cached (off in tests: Node has no Worker). */
  autoLayout?: boolean;
}

/** How long the layout runs by itself when nothing was cached (the user starts and stops it after that). */
export const FIRST_LAYOUT_MS = 2500;

/**
 * Creates a session. Components read `store`, draw `graph`, and call the actions.
 * @example const session = createSession({ api: createApiClient() }); await session.start()
 */
export function createSession(options: SessionOptions) {
  const { api } = options;
  const graph: ViewerGraph = new Graph<NodeAttrs, EdgeAttrs>({ multi: true, type: 'directed', allowSelfLoops: true });
  const store = createStore<AppState>({ ...INITIAL_STATE, view: parseViewState(options.initialSearch ?? '') });
  const positions = loadPositions(options.storage);
  let layout: LayoutState = IDLE_LAYOUT;
  let detailRequest: AbortController | undefined;
  let firstLayoutTimer: ReturnType<typeof setTimeout> | undefined;

  let eventsLoaded: Promise<void> | undefined;

  const changed = () =>
    store.set((s) => ({
      graphVersion: s.graphVersion + 1,
      eventNodes: graph.filterNodes((_n, attrs) => attrs.kind === 'EVENT').length,
    }));
  const merge = (data: GraphData, around?: string) => {
    const added = mergeGraphData(graph, data, { positions, ...(around ? { around } : {}) }, store.get().view.sizeBy);
    changed();
    return added;
  };

  function setView(patch: Partial<ViewState>): void {
    const view = { ...store.get().view, ...patch };
    store.set({ view });
    options.onUrl?.(serializeViewState(view));
  }

  function persistPositions(): void {
    savePositions(
      options.storage,
      graph.mapNodes((id, attrs) => [id, { x: attrs.x, y: attrs.y }] as [string, { x: number; y: number }]),
    );
  }

  function setLayout(next: LayoutState): void {
    layout = next;
    store.set({ layout: next.type });
  }

  function toggleLayout(): void {
    if (firstLayoutTimer) clearTimeout(firstLayoutTimer);
    firstLayoutTimer = undefined;
    if (layout.type === 'running') {
      setLayout(stopLayout(layout));
      persistPositions();
    } else if (graph.order > 0) setLayout(startLayout(graph, layout));
  }

  function applyEventFacets(events: readonly EventSummary[]): void {
    // Dates and sources come from the events' evidence, so the date and source filters work on the overview.
    for (const event of events) {
      const ids = [...event.participants.map((p) => p.id), ...(event.location ? [event.location.id] : [])];
      for (const id of ids) {
        if (!graph.hasNode(id)) continue;
        const attrs = graph.getNodeAttributes(id);
        const date = event.date ?? event.evidence.doc.date;
        const source = event.evidence.doc.source;
        if (date && !attrs.dates.includes(date)) graph.setNodeAttribute(id, 'dates', [...attrs.dates, date]);
        if (source && !attrs.sources.includes(source))
          graph.setNodeAttribute(id, 'sources', [...attrs.sources, source]);
      }
    }
  }

  async function loadEvents(): Promise<void> {
    store.set({ events: { type: 'loading' } });
    try {
      const { events } = await api.events({ limit: EVENT_OVERVIEW_LIMIT });
      applyEventFacets(events);
      store.set({ events: { type: 'ready', value: events } });
      changed();
    } catch (error) {
      store.set({ events: toRemoteError(error) });
    }
  }

  async function loadCommunities(): Promise<void> {
    try {
      const answer = await api.communities();
      store.set({ communities: new Map(Object.entries(answer.communities)) });
    } catch (error) {
      store.set({ notice: toRemoteError(error).message });
    }
  }

  async function selectEvent(id: string): Promise<void> {
    store.set({ detail: { type: 'idle' }, event: { type: 'loading' } });
    await eventsLoaded;
    const state = store.get();
    if (state.view.selected !== id) return;
    const found = state.events.type === 'ready' ? state.events.value.find((e) => e.id === id) : undefined;
    store.set({
      event: found
        ? { type: 'ready', value: found }
        : { type: 'error', message: `viewer: event ${id} is not among the loaded events` },
    });
  }

  async function select(id: string | null): Promise<void> {
    detailRequest?.abort();
    setView({ selected: id });
    if (!id) {
      store.set({ detail: { type: 'idle' }, event: { type: 'idle' } });
      return;
    }
    if (graph.hasNode(id) && graph.getNodeAttribute(id, 'kind') === 'EVENT') return selectEvent(id);
    store.set({ event: { type: 'idle' } });
    const controller = new AbortController();
    detailRequest = controller;
    store.set({ detail: { type: 'loading' } });
    try {
      if (!graph.hasNode(id)) merge(await api.neighbors(id, { limit: options.expandLimit ?? 50 }, controller.signal));
      const detail = await api.entity(id, controller.signal);
      if (detailRequest === controller) store.set({ detail: { type: 'ready', value: detail } });
    } catch (error) {
      if (!isAbort(error) && detailRequest === controller) store.set({ detail: toRemoteError(error) });
    }
  }

  async function expand(id: string): Promise<number> {
    const { predicates, types } = store.get().view.filters;
    // Expansion honours the filters the server understands (entity types and predicates).
    const entityTypes = types.flatMap((t) => EntityType.safeParse(t).data ?? []);
    const known = predicates.flatMap((p) => Predicate.safeParse(p).data ?? []);
    try {
      const data = await api.neighbors(id, { limit: options.expandLimit ?? 50, predicates: known, types: entityTypes });
      const added = merge(data, id);
      store.set((s) => ({ expanded: { ...s.expanded, [id]: data.more ?? 0 }, notice: null }));
      return added.length;
    } catch (error) {
      store.set({ notice: toRemoteError(error).message });
      return 0;
    }
  }

  function collapse(id: string): void {
    const removed = collapseNode(graph, id);
    store.set((s) => {
      const { [id]: _gone, ...expanded } = s.expanded;
      return { expanded };
    });
    if (removed.length) changed();
  }

  async function showPath(from: string, to: string): Promise<void> {
    setView({ path: [from, to] });
    store.set({ path: { type: 'loading' } });
    try {
      const data = await api.path(from, to);
      merge(data);
      store.set({
        path: { type: 'ready', value: { nodes: data.nodes.map((n) => n.id), edges: data.edges.map((e) => e.id) } },
      });
    } catch (error) {
      store.set({ path: toRemoteError(error) });
    }
  }

  function clearPath(): void {
    setView({ path: null });
    store.set({ path: { type: 'idle' } });
  }

  async function runCypher(query: string): Promise<void> {
    store.set({ cypher: { type: 'loading' } });
    try {
      const result = await api.cypher(query);
      merge(result.graph);
      store.set({ cypher: { type: 'ready', value: result } });
    } catch (error) {
      store.set({ cypher: toRemoteError(error) });
    }
  }

  async function ingest(text: string, title?: string): Promise<void> {
    store.set({ ingest: { type: 'loading' } });
    try {
      const result = await api.ingest({ text, ...(title ? { title } : {}) });
      const added = merge(result.added);
      store.set({ ingest: { type: 'ready', value: result }, notice: `${added.length} new nodes drawn` });
      void loadCommunities();
    } catch (error) {
      store.set({ ingest: toRemoteError(error) });
    }
  }

  /**
   * Redraws what a curation decision (or its undo) changed: its entities leave the graph and come back as the
   * store now has them (a merged-away or deleted one does not); a retraction reloads the overview.
   */
  async function redrawCurated(record: CurationRecord): Promise<void> {
    if (record.action === 'distinct') return;
    const ids =
      record.action === 'retract' ? [] : [...record.targets, ...(record.payload.newId ? [record.payload.newId] : [])];
    // The entities the decision removed are not asked for (they would answer 404).
    const gone = new Set<string>();
    if (!record.undone && record.action === 'merge') gone.add(record.targets[1]!);
    if (!record.undone && record.action === 'delete') gone.add(record.targets[0]!);
    if (record.undone && record.action === 'split' && record.payload.newId) gone.add(record.payload.newId);
    for (const id of ids) if (graph.hasNode(id)) graph.dropNode(id);
    for (const id of ids) {
      if (!gone.has(id)) merge(await api.neighbors(id, { limit: options.expandLimit ?? 50 }), id);
    }
    if (record.action === 'retract') merge(await api.overview(store.get().view.top, EVENT_OVERVIEW_LIMIT));
    changed();
    const selected = store.get().view.selected;
    const [keep, other] = record.targets;
    if (record.action === 'merge' && !record.undone && selected === other && keep) await select(keep);
    else if (selected && ids.includes(selected)) await select(graph.hasNode(selected) ? selected : null);
    void loadCommunities();
  }

  /** Records an analyst's decision, then redraws what it changed. */
  async function curate(request: CurationRequestInput): Promise<CurationRecord> {
    const record = await api.curate(request);
    await redrawCurated(record);
    return record;
  }

  /** Undoes a decision, then redraws what it had changed. */
  async function undoCuration(id: string): Promise<CurationRecord> {
    const record = await api.undoCuration(id);
    await redrawCurated(record);
    return record;
  }

  async function start(): Promise<void> {
    store.set({ health: { type: 'loading' }, overview: { type: 'loading' } });
    try {
      const health = await api.health();
      store.set({ health: { type: 'ready', value: health } });
      const data = await api.overview(store.get().view.top, EVENT_OVERVIEW_LIMIT);
      const cached = data.nodes.length > 0 && data.nodes.every((n) => positions.has(n.id));
      merge(data);
      store.set({ overview: { type: 'ready', value: graph.order } });
      const { view } = store.get();
      eventsLoaded = loadEvents();
      if (view.colorBy === 'community') void loadCommunities();
      if (view.selected) void select(view.selected);
      if (view.path) void showPath(view.path[0], view.path[1]);
      if (options.autoLayout !== false && !cached && graph.order > 1) {
        toggleLayout();
        firstLayoutTimer = setTimeout(() => {
          firstLayoutTimer = undefined;
          if (layout.type === 'running') toggleLayout();
        }, FIRST_LAYOUT_MS);
      }
    } catch (error) {
      const failure = toRemoteError(error);
      store.set((s) => ({ overview: failure, health: s.health.type === 'ready' ? s.health : failure }));
    }
  }

  return {
    api,
    graph,
    store,
    start,
    curate,
    undoCuration,
    select,
    expand,
    collapse,
    showPath,
    clearPath,
    runCypher,
    ingest,
    toggleLayout,
    persistPositions,
    setLabels: (labels: 'ar' | 'en') => setView({ labels }),
    setIsolates(isolates: boolean) {
      setView({ isolates });
    },
    setColorBy(colorBy: 'type' | 'community') {
      setView({ colorBy });
      if (colorBy === 'community' && store.get().communities.size === 0) void loadCommunities();
    },
    setSizeBy(sizeBy: 'score' | 'pagerank') {
      setView({ sizeBy });
      applySizes(graph, sizeBy);
      changed();
    },
    setFilters: (patch: Partial<Filters>) => setView({ filters: { ...store.get().view.filters, ...patch } }),
    setQuery: (q: string) => setView({ q }),
    setShowEvents: (events: boolean) => setView({ events }),
    setCamera: (camera: Camera) => setView({ camera }),
    dismissNotice: () => store.set({ notice: null }),
    dispose(): void {
      if (firstLayoutTimer) clearTimeout(firstLayoutTimer);
      detailRequest?.abort();
      if (layout.type !== 'idle') persistPositions();
      setLayout(killLayout(layout));
    },
  };
}

export type Session = ReturnType<typeof createSession>;
