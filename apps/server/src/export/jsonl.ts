// GraphData → extraction-contract JSONL lines (entity and relation lines) for `GET /api/export?format=jsonl`.
import { ContractLine, EntityType, Predicate } from '@shabaka/schema';
import type { Attributes, GraphData, GraphEdge } from '@shabaka/schema';

function strings(value: Attributes[string] | undefined): string[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return typeof value === 'string' ? [value] : [];
}

/** Evidence for an exported relation: the first stored sentence id ("<doc>#<index>") names its document. */
function evidenceOf(edge: GraphEdge): { doc: string; sentence: string; start: number; end: number } {
  const attributes = edge.attributes ?? {};
  const sentenceId = strings(attributes.sentenceIds)[0] ?? '';
  const doc = strings(attributes.doc)[0] ?? (sentenceId.includes('#') ? sentenceId.split('#')[0] : '') ?? '';
  const sentence = strings(attributes.sentence)[0] ?? '';
  const start = typeof attributes.start === 'number' ? attributes.start : 0;
  const end = typeof attributes.end === 'number' ? attributes.end : 0;
  return { doc: doc || 'unknown', sentence, start, end };
}

/**
 * The contract lines a graph can express: one entity line per entity node, then one relation line per
 * entity→entity edge. Evidence is what the store kept on the edge; lines that would not validate are skipped.
 * @example toJsonl(await store.exportGraph()).split('\n')[0] // '{"kind":"entity",…}'
 */
export function toJsonl(data: GraphData): string {
  const lines: ContractLine[] = [];
  const entityIds = new Set<string>();
  for (const node of data.nodes) {
    const type = EntityType.safeParse(node.kind);
    if (!type.success) continue;
    const aliases = strings(node.attributes?.aliases);
    const line = ContractLine.safeParse({
      kind: 'entity',
      id: node.id,
      type: type.data,
      ...(node.subtype ? { subtype: node.subtype } : {}),
      name: node.label,
      nameEn: node.labelEn ?? node.label,
      aliases,
      mentions: [],
    });
    if (line.success) {
      lines.push(line.data);
      entityIds.add(node.id);
    }
  }
  for (const edge of data.edges) {
    const predicate = Predicate.safeParse(edge.type);
    if (!predicate.success || !entityIds.has(edge.source) || !entityIds.has(edge.target)) continue;
    const line = ContractLine.safeParse({
      kind: 'relation',
      subject: edge.source,
      predicate: predicate.data,
      object: edge.target,
      role: edge.role ?? null,
      modality: edge.modality ?? 'asserted',
      evidence: evidenceOf(edge),
      confidence: typeof edge.attributes?.confidence === 'number' ? edge.attributes.confidence : 1,
    });
    if (line.success) lines.push(line.data);
  }
  return lines.map((line) => JSON.stringify(line)).join('\n') + (lines.length > 0 ? '\n' : '');
}
