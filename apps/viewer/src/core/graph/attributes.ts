// Node and edge attribute shapes of the viewer's graphology graph (data only; display state lives in reducers).
import type { Modality, NodeKind } from '@shabaka/schema';
import type Graph from 'graphology';

export interface NodeAttrs {
  x: number;
  y: number;
  size: number;
  /** Colour by type; community colouring is applied by the reducer, never written here. */
  color: string;
  /** The Arabic (original-script) name. */
  label: string;
  labelEn: string;
  kind: NodeKind;
  subtype: string | null;
  score: number;
  pagerank: number;
  /** Sources and dates of the articles behind this node, when the server sent them (for filters). */
  sources: string[];
  dates: string[];
  /** The node whose expansion brought this one in (collapse removes it again); null for overview nodes. */
  expandedBy: string | null;
  /** Where a place is (or where an event happened), when the gazetteer knows: drawn on the map. */
  geo: { lat: number; lon: number } | null;
  /** An event's place (entity id), null for entities and for events without one. */
  place: string | null;
}

export interface EdgeAttrs {
  /** sigma program: 'straight' or 'curved' (parallel edges). */
  type: 'straight' | 'curved';
  predicate: string;
  weight: number;
  size: number;
  color: string;
  role: string | null;
  /** How the text tells the relation; null (older stores) is read as asserted. */
  modality: Modality | null;
  firstSeen: string | null;
  lastSeen: string | null;
  curvature: number;
  parallelIndex?: number | null;
  parallelMinIndex?: number | null;
  parallelMaxIndex?: number | null;
}

export type ViewerGraph = Graph<NodeAttrs, EdgeAttrs>;
