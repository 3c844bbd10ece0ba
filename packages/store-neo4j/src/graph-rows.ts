// Validates the node and edge maps the read builders return and turns them into GraphData.
import { GraphEdge, GraphNode, storedModality } from '@shabaka/schema';

/**
 * An entity map (`{id, name, nameEn, type, subtype, score?}`) → a validated GraphNode.
 * @example toGraphNode({ id: 'per_1', name: 'أردوغان', nameEn: 'Erdogan', type: 'PERSON', subtype: null })
 */
export function toGraphNode(row: unknown): GraphNode {
  const r = (row ?? {}) as Record<string, unknown>;
  return GraphNode.parse({
    id: r.id,
    label: r.name,
    labelEn: r.nameEn,
    kind: r.type,
    ...(r.subtype == null ? {} : { subtype: r.subtype }),
    ...(typeof r.score === 'number' ? { score: r.score } : {}),
    ...(typeof r.lat === 'number' && typeof r.lon === 'number' ? { attributes: { lat: r.lat, lon: r.lon } } : {}),
  });
}

/**
 * An edge map (see `edgeMap`) → a validated GraphEdge.
 * @example toGraphEdge({ id: 'rel_1', source: 'per_1', target: 'per_2', type: 'MET', weight: 2, modality: 'asserted' })
 */
export function toGraphEdge(row: unknown): GraphEdge {
  const r = (row ?? {}) as Record<string, unknown>;
  return GraphEdge.parse({
    id: r.id,
    source: r.source,
    target: r.target,
    type: r.type,
    weight: r.weight ?? 1,
    role: r.role ?? null,
    ...(r.roleEn == null ? {} : { roleEn: r.roleEn }),
    firstSeen: r.firstSeen ?? null,
    lastSeen: r.lastSeen ?? null,
    ...(storedModality(r.modality) ? { modality: storedModality(r.modality) } : {}),
    ...(r.attributes == null ? {} : { attributes: r.attributes }),
  });
}

/** Lists of node/edge maps → GraphNode[] / GraphEdge[]. */
export function toGraphParts(nodes: unknown, edges: unknown): { nodes: GraphNode[]; edges: GraphEdge[] } {
  return {
    nodes: (Array.isArray(nodes) ? nodes : []).map(toGraphNode),
    edges: (Array.isArray(edges) ? edges : []).map(toGraphEdge),
  };
}
