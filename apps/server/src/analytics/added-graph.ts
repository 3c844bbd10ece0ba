// What an ingest added, as GraphData the viewer can draw at once: its entities and their relations.
import { orientRelation, relationKeyOf } from '@shabaka/schema';
import type { ExtractionResult, GraphData, GraphEdge, GraphNode } from '@shabaka/schema';

/**
 * Entities become nodes (kind = entity type), relations become edges with the store's deterministic ids,
 * so drawing them next to an existing view merges instead of duplicating.
 * @example addedGraph(extract('التقى فيدان أوميروف في أنقرة')).nodes.length
 */
export function addedGraph(result: ExtractionResult): GraphData {
  const nodes: GraphNode[] = result.entities.map((entity) => ({
    id: entity.id,
    label: entity.name,
    labelEn: entity.nameEn,
    kind: entity.type,
    ...(entity.subtype ? { subtype: entity.subtype } : {}),
    attributes: { aliases: entity.aliases, mentions: entity.mentions.length },
  }));
  const edges = new Map<string, GraphEdge>();
  for (const relation of result.relations) {
    const id = relationKeyOf(relation);
    const existing = edges.get(id);
    if (existing) {
      existing.weight += 1;
      continue;
    }
    const [source, target] = orientRelation(relation.subject, relation.predicate, relation.object);
    edges.set(id, {
      id,
      source,
      target,
      type: relation.predicate,
      weight: 1,
      role: relation.role,
      roleEn: relation.roleEn,
      modality: relation.modality,
    });
  }
  return { nodes, edges: [...edges.values()] };
}
