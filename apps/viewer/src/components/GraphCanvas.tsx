// The sigma canvas: draws the session graph, feeds hover/selection/filters to the reducers, reports the camera.
import { useEffect, useRef } from 'react';
import type Sigma from 'sigma';
import type { EdgeAttrs, NodeAttrs } from '../core/graph/attributes.js';
import type { AppState } from '../core/session/app-state.js';
import { eventsShown } from '../core/graph/events.js';
import { createRenderer, drawnLabels, fitProgramsToSize } from '../core/sigma/create-renderer.js';
import { isPickingPaused } from '../core/sigma/picking-pause.js';
import { makeReducers, pathEdgeIds } from '../core/view/reducers.js';
import type { DebugHandle } from '../core/debug-handle.js';
import { useSession } from './use-session.js';

export type Renderer = Sigma<NodeAttrs, EdgeAttrs>;

export function GraphCanvas({ onRenderer }: { onRenderer: (sigma: Renderer | null) => void }) {
  const session = useSession();
  const container = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const { graph, store } = session;
    const sigma = createRenderer(graph, element);
    // Sigma sizes its canvases on window resizes only; opening the drawer or the timeline shrinks the
    // container alone, and the canvases would keep drawing over them. A refresh also rebuilds the label grid.
    const resized = new ResizeObserver(() => {
      sigma.resize();
      sigma.scheduleRefresh();
    });
    resized.observe(element);
    let hovered: string | null = null;
    let renders = 0;
    sigma.on('afterRender', () => {
      renders++;
    });

    const applyReducers = (state: AppState) => {
      const path = state.path.type === 'ready' ? state.path.value : { nodes: [], edges: [] };
      const { nodeReducer, edgeReducer } = makeReducers(graph, {
        hovered,
        selected: state.view.selected,
        pathNodes: new Set(path.nodes),
        pathEdges: pathEdgeIds(graph, path.nodes, path.edges),
        labels: state.view.labels,
        colorBy: state.view.colorBy,
        communities: state.communities,
        filters: state.view.filters,
        showEvents: eventsShown(state.view.events, state.eventNodes),
        showIsolates: state.view.isolates,
      });
      sigma.setSetting('nodeReducer', nodeReducer);
      sigma.setSetting('edgeReducer', edgeReducer);
    };
    applyReducers(store.get());
    let last = store.get();
    // A shared link with a camera keeps that camera; otherwise the selection is centred once it is drawn.
    let centredOn: string | null = last.view.camera ? last.view.selected : null;
    const unsubscribe = store.subscribe(() => {
      const state = store.get();
      if (
        state.view !== last.view ||
        state.path !== last.path ||
        state.communities !== last.communities ||
        state.graphVersion !== last.graphVersion
      ) {
        if (state.graphVersion !== last.graphVersion) fitProgramsToSize(sigma, graph);
        applyReducers(state);
        const selected = state.view.selected;
        if (selected && selected !== centredOn && graph.hasNode(selected)) {
          centredOn = selected;
          // Positions of nodes added this frame are known only after sigma's next render.
          requestAnimationFrame(() => {
            const position = sigma.getNodeDisplayData(selected);
            if (position) void sigma.getCamera().animate({ x: position.x, y: position.y }, { duration: 400 });
          });
        }
      }
      last = state;
    });

    sigma.on('enterNode', ({ node }) => {
      hovered = node;
      applyReducers(store.get());
    });
    sigma.on('leaveNode', () => {
      hovered = null;
      applyReducers(store.get());
    });
    sigma.on('clickNode', ({ node }) => void session.select(node));
    // While a layout runs nothing can be picked (core/sigma/picking-pause): a click may have been meant for a
    // node, so it keeps the selection rather than clearing it.
    sigma.on('clickStage', () => {
      if (!isPickingPaused(sigma)) void session.select(null);
    });
    sigma.on('doubleClickNode', (event) => {
      event.preventSigmaDefault();
      if (session.store.get().expanded[event.node] !== undefined) session.collapse(event.node);
      else void session.expand(event.node);
    });

    const camera = sigma.getCamera();
    const initial = store.get().view.camera;
    if (initial) camera.setState(initial);
    let cameraTimer: ReturnType<typeof setTimeout> | undefined;
    camera.on('updated', (state) => {
      clearTimeout(cameraTimer);
      cameraTimer = setTimeout(() => session.setCamera({ x: state.x, y: state.y, ratio: state.ratio }), 300);
    });

    const handle: DebugHandle = {
      order: () => graph.order,
      hasNode: (id) => graph.hasNode(id),
      nodeIds: () => graph.nodes(),
      node: (id) => {
        const data = graph.hasNode(id) ? sigma.getNodeDisplayData(id) : undefined;
        if (!data) return null;
        // Display data is in framed-graph coordinates (what the camera uses), not raw graph coordinates.
        const viewport = sigma.framedGraphToViewport(data);
        return {
          x: viewport.x,
          y: viewport.y,
          size: sigma.scaleSize(data.size),
          label: data.label ?? '',
          hidden: data.hidden,
          kind: graph.getNodeAttribute(id, 'kind'),
          color: data.color,
        };
      },
      neighbors: (id) => (graph.hasNode(id) ? graph.neighbors(id) : []),
      renders: () => renders,
      labelBoxes: () => drawnLabels(sigma).map((b) => ({ ...b })),
      labelFont: () =>
        `${sigma.getSetting('labelWeight')} ${sigma.getSetting('labelSize')}px ${sigma.getSetting('labelFont')}`,
    };
    window.__shabaka = handle;
    onRenderer(sigma);
    return () => {
      resized.disconnect();
      clearTimeout(cameraTimer);
      unsubscribe();
      onRenderer(null);
      delete window.__shabaka;
      sigma.kill();
    };
  }, [session, onRenderer]);

  return <div ref={container} className="graph-canvas" data-testid="graph-canvas" />;
}
