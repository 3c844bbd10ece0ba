// Converts driver values (Integers, nodes, relationships, paths, temporals) into JSON-safe values
// and collects every graph element met on the way into GraphData for the viewer.
import type { Node, Path, Relationship } from 'neo4j-driver';
import {
  isDate,
  isDateTime,
  isDuration,
  isInt,
  isLocalDateTime,
  isLocalTime,
  isNode,
  isPath,
  isPoint,
  isRelationship,
  isTime,
} from 'neo4j-driver';
import type { Attributes, GraphData, GraphEdge, GraphNode, NodeKind } from '@shabaka/schema';
import { EntitySubtype, storedModality } from '@shabaka/schema';

type Scalar = string | number | boolean | null;

const KIND_BY_LABEL: Readonly<Record<string, NodeKind>> = {
  Person: 'PERSON',
  Organization: 'ORGANIZATION',
  Location: 'LOCATION',
  Event: 'EVENT',
  Article: 'ARTICLE',
};

function isTemporal(v: unknown): v is { toString(): string } {
  return isDate(v) || isDateTime(v) || isLocalDateTime(v) || isLocalTime(v) || isTime(v) || isDuration(v) || isPoint(v);
}

function asScalar(v: unknown): Scalar | undefined {
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'number') return Number.isFinite(v) ? v : String(v);
  if (isInt(v)) return v.inSafeRange() ? v.toNumber() : v.toString();
  if (isTemporal(v)) return v.toString();
  return undefined;
}

function attributes(props: Record<string, unknown>): Attributes {
  const out: Attributes = {};
  for (const [k, v] of Object.entries(props)) {
    const scalar = asScalar(v);
    if (scalar !== undefined) out[k] = scalar;
    else if (Array.isArray(v)) out[k] = v.map((x) => asScalar(x) ?? JSON.stringify(x));
  }
  return out;
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v.length > 0 ? v : undefined;
}

/** Collects nodes and relationships by element id, then maps them to GraphData. */
export class GraphCollector {
  private readonly nodes = new Map<string, Node>();
  private readonly rels = new Map<string, Relationship>();

  node(n: Node): void {
    this.nodes.set(n.elementId, n);
  }

  relationship(r: Relationship): void {
    this.rels.set(r.elementId, r);
  }

  path(p: Path): void {
    this.node(p.start);
    this.node(p.end);
    for (const s of p.segments) {
      this.node(s.start);
      this.node(s.end);
      this.relationship(s.relationship);
    }
  }

  /** Element ids of relationship endpoints that no row returned (fetched afterwards). */
  missingEndpoints(): string[] {
    const missing = new Set<string>();
    for (const r of this.rels.values()) {
      for (const id of [r.startNodeElementId, r.endNodeElementId]) if (!this.nodes.has(id)) missing.add(id);
    }
    return [...missing];
  }

  toGraphData(): GraphData {
    const idOf = new Map<string, string>();
    const nodes: GraphNode[] = [];
    for (const n of this.nodes.values()) {
      const node = graphNode(n);
      idOf.set(n.elementId, node.id);
      nodes.push(node);
    }
    const edges: GraphEdge[] = [];
    for (const r of this.rels.values()) {
      const source = idOf.get(r.startNodeElementId);
      const target = idOf.get(r.endNodeElementId);
      if (source !== undefined && target !== undefined) edges.push(graphEdge(r, source, target));
    }
    return { nodes, edges };
  }
}

function graphNode(n: Node): GraphNode {
  const p = n.properties as Record<string, unknown>;
  const kind = n.labels.map((l) => KIND_BY_LABEL[l]).find((k) => k !== undefined) ?? 'OTHER';
  const text = str(p.text);
  const label =
    str(p.name) ?? str(p.title) ?? (text ? text.slice(0, 60) : undefined) ?? str(p.type) ?? n.labels[0] ?? 'node';
  const subtype = EntitySubtype.safeParse(p.subtype);
  const node: GraphNode = { id: str(p.id) ?? n.elementId, label, kind, attributes: attributes(p) };
  const labelEn = str(p.nameEn);
  if (labelEn) node.labelEn = labelEn;
  if (subtype.success) node.subtype = subtype.data;
  return node;
}

function graphEdge(r: Relationship, source: string, target: string): GraphEdge {
  const p = r.properties as Record<string, unknown>;
  const weight = asScalar(p.weight);
  const edge: GraphEdge = {
    id: str(p.key) ?? r.elementId,
    source,
    target,
    type: r.type,
    weight: typeof weight === 'number' ? weight : 1,
    role: str(p.role) ?? null,
    firstSeen: str(p.firstSeen) ?? null,
    lastSeen: str(p.lastSeen) ?? null,
    attributes: attributes(p),
  };
  const roleEn = str(p.roleEn);
  if (roleEn) edge.roleEn = roleEn;
  const modality = storedModality(p.modality);
  if (modality) edge.modality = modality;
  return edge;
}

/**
 * A JSON-safe copy of a driver value: Integers become numbers (strings beyond 2^53), temporals
 * ISO strings, nodes/relationships/paths plain objects; graph elements are also handed to `graph`.
 * @example toPlain(neo4j.int(42), new GraphCollector()) // 42
 */
export function toPlain(value: unknown, graph: GraphCollector): unknown {
  const scalar = asScalar(value);
  if (scalar !== undefined) return scalar;
  if (value === undefined) return null;
  if (isNode(value)) {
    graph.node(value);
    return { elementId: value.elementId, labels: value.labels, properties: toPlain(value.properties, graph) };
  }
  if (isRelationship(value)) {
    graph.relationship(value);
    return {
      elementId: value.elementId,
      type: value.type,
      start: value.startNodeElementId,
      end: value.endNodeElementId,
      properties: toPlain(value.properties, graph),
    };
  }
  if (isPath(value)) {
    graph.path(value);
    return {
      nodes: [value.start, ...value.segments.map((s) => s.end)].map((n) => toPlain(n, graph)),
      relationships: value.segments.map((s) => toPlain(s.relationship, graph)),
    };
  }
  if (Array.isArray(value)) return value.map((v) => toPlain(v, graph));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toPlain(v, graph)]));
  }
  return String(value);
}
