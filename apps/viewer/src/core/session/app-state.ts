// The viewer's application state: what was loaded, what is loading, and what failed (one tagged union each).
import type { CypherResult, EntityDetail, EventSummary, HealthResponse, IngestResponse } from '@shabaka/schema';
import type { ViewState } from '../view/view-state.js';
import { DEFAULT_VIEW } from '../view/view-state.js';

export type Remote<T> = { type: 'idle' } | { type: 'loading' } | { type: 'ready'; value: T } | RemoteError;

/** A failed request, in words for the analyst; `needsToken` when the server wants a bearer token. */
export type RemoteError = { type: 'error'; message: string; hint?: string; needsToken?: boolean };

export interface PathResult {
  nodes: string[];
  edges: string[];
}

export interface AppState {
  view: ViewState;
  health: Remote<HealthResponse>;
  /** The overview load: 'ready' with the node count (0 = empty store). */
  overview: Remote<number>;
  detail: Remote<EntityDetail>;
  /** The selected event's card (an event node was selected). */
  event: Remote<EventSummary>;
  path: Remote<PathResult>;
  cypher: Remote<CypherResult>;
  ingest: Remote<IngestResponse>;
  events: Remote<EventSummary[]>;
  communities: ReadonlyMap<string, number>;
  layout: 'idle' | 'running' | 'stopped';
  /** Per expanded node, how many neighbours the server left out ("+N more"). */
  expanded: Readonly<Record<string, number>>;
  /** How many event nodes the graph holds (decides whether they are shown by default). */
  eventNodes: number;
  /** Bumped whenever the graph's data changes, so components re-read it. */
  graphVersion: number;
  notice: string | null;
}

export const INITIAL_STATE: AppState = {
  view: DEFAULT_VIEW,
  health: { type: 'idle' },
  overview: { type: 'idle' },
  detail: { type: 'idle' },
  event: { type: 'idle' },
  path: { type: 'idle' },
  cypher: { type: 'idle' },
  ingest: { type: 'idle' },
  events: { type: 'idle' },
  communities: new Map(),
  layout: 'idle',
  expanded: {},
  eventNodes: 0,
  graphVersion: 0,
  notice: null,
};
