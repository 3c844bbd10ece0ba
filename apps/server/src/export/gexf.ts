// GraphData → GEXF 1.3 for Gephi: every entity and relation, attributes flattened to scalars.
import { MultiDirectedGraph } from 'graphology';
import gexf from 'graphology-gexf';
import type { Attributes, GraphData } from '@shabaka/schema';

type Scalar = string | number | boolean;

/** GEXF attributes are scalars: lists (aliases, sentence ids) are joined with " | ", nulls dropped. */
function flatten(attributes: Attributes | undefined): Record<string, Scalar> {
  const flat: Record<string, Scalar> = {};
  for (const [key, value] of Object.entries(attributes ?? {})) {
    if (value === null) continue;
    flat[key] = Array.isArray(value) ? value.filter((v) => v !== null).join(' | ') : value;
  }
  return flat;
}

/**
 * Serialises a graph as a GEXF document Gephi opens (directed, parallel edges kept, Arabic names as labels).
 * @example const xml = toGexf(await store.exportGraph()); xml.startsWith('<?xml')
 */
export function toGexf(data: GraphData): string {
  const graph = new MultiDirectedGraph();
  for (const node of data.nodes) {
    graph.mergeNode(node.id, {
      ...flatten(node.attributes),
      label: node.label,
      nameEn: node.labelEn ?? node.label,
      kind: node.kind,
      ...(node.subtype ? { subtype: node.subtype } : {}),
      ...(node.score !== undefined ? { score: node.score } : {}),
    });
  }
  for (const edge of data.edges) {
    if (!graph.hasNode(edge.source) || !graph.hasNode(edge.target) || graph.hasEdge(edge.id)) continue;
    graph.addEdgeWithKey(edge.id, edge.source, edge.target, {
      ...flatten(edge.attributes),
      type: edge.type,
      weight: edge.weight,
      ...(edge.role ? { role: edge.role } : {}),
      ...(edge.modality ? { modality: edge.modality } : {}),
      ...(edge.firstSeen ? { firstSeen: edge.firstSeen } : {}),
      ...(edge.lastSeen ? { lastSeen: edge.lastSeen } : {}),
    });
  }
  return gexf.write(graph, {
    version: '1.3',
    formatNode: (_key, { label, ...attributes }) => ({ label: String(label), attributes }),
    formatEdge: (_key, { type, weight, ...attributes }) => ({
      label: String(type),
      weight: Number(weight),
      attributes: { type, ...attributes },
    }),
  });
}
