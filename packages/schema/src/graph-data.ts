// GraphData: the wire format the server sends and the viewer draws (graphology-friendly).
import { z } from 'zod';
import { EntitySubtype, Modality } from './vocabulary.js';

export const NodeKind = z.enum(['PERSON', 'ORGANIZATION', 'LOCATION', 'EVENT', 'ARTICLE', 'OTHER']);
export type NodeKind = z.infer<typeof NodeKind>;

const Scalar = z.union([z.string(), z.number(), z.boolean(), z.null()]);
export const Attributes = z.record(z.string(), z.union([Scalar, z.array(Scalar)]));
export type Attributes = z.infer<typeof Attributes>;

export const GraphNode = z.object({
  id: z.string(),
  label: z.string(),
  labelEn: z.string().optional(),
  kind: NodeKind,
  subtype: EntitySubtype.optional(),
  /** Weighted degree or another importance score, for sizing. */
  score: z.number().optional(),
  attributes: Attributes.optional(),
});
export type GraphNode = z.infer<typeof GraphNode>;

export const GraphEdge = z.object({
  id: z.string(),
  source: z.string(),
  target: z.string(),
  /** A predicate, or PARTICIPATED_IN / OCCURRED_IN for event edges. */
  type: z.string(),
  weight: z.number().default(1),
  role: z.string().nullable().optional(),
  /** English label of a HOLDS_ROLE edge's role (`role` keeps the first non-English label seen). */
  roleEn: z.string().nullable().optional(),
  modality: Modality.optional(),
  firstSeen: z.string().nullable().optional(),
  lastSeen: z.string().nullable().optional(),
  attributes: Attributes.optional(),
});
export type GraphEdge = z.infer<typeof GraphEdge>;

/** Nodes and edges; `more` counts neighbours left out by a limit ("+N more"). */
export const GraphData = z.object({
  nodes: z.array(GraphNode),
  edges: z.array(GraphEdge),
  more: z.number().int().nonnegative().optional(),
});
export type GraphData = z.infer<typeof GraphData>;
