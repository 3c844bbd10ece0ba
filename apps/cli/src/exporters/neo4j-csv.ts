// GraphData → the two CSV files `neo4j-admin database import full` reads: nodes.csv and relationships.csv.
import type { Attributes, GraphData } from '@shabaka/schema';

const LABELS: Record<string, string> = {
  PERSON: 'Entity;Person',
  ORGANIZATION: 'Entity;Organization',
  LOCATION: 'Entity;Location',
  EVENT: 'Event',
  ARTICLE: 'Article',
  OTHER: 'Node',
};

/**
 * RFC 4180 field: quoted when it holds a comma, quote or newline.
 * @example csvField('a,b') // '"a,b"'
 */
export function csvField(value: unknown): string {
  if (value === undefined || value === null) return '';
  const s = String(value);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Array values use neo4j-admin's default array delimiter `;`. */
function list(value: Attributes[string] | undefined): string {
  if (Array.isArray(value)) return value.filter((v) => v !== null).join(';');
  return value === undefined || value === null ? '' : String(value);
}

/**
 * Node and relationship CSV text in neo4j-admin import layout (`id:ID`, `:LABEL`, `:START_ID`, `:END_ID`, `:TYPE`).
 * @example toNeo4jCsv(graph).nodes.split('\n')[0] // 'id:ID,:LABEL,name,nameEn,subtype,aliases:string[],wikidata,iso'
 */
export function toNeo4jCsv(graph: GraphData): { nodes: string; relationships: string } {
  const nodes = ['id:ID,:LABEL,name,nameEn,subtype,aliases:string[],wikidata,iso'];
  for (const n of graph.nodes) {
    const a = n.attributes ?? {};
    nodes.push(
      [
        n.id,
        LABELS[n.kind] ?? 'Node',
        n.label,
        n.labelEn ?? n.label,
        n.subtype ?? '',
        list(a.aliases),
        list(a.wikidata),
        list(a.iso),
      ]
        .map(csvField)
        .join(','),
    );
  }
  const rels = [':START_ID,:END_ID,:TYPE,weight:float,role,modality,firstSeen,lastSeen'];
  for (const e of graph.edges) {
    rels.push(
      [e.source, e.target, e.type, e.weight, e.role ?? '', e.modality ?? '', e.firstSeen ?? '', e.lastSeen ?? '']
        .map(csvField)
        .join(','),
    );
  }
  return { nodes: `${nodes.join('\n')}\n`, relationships: `${rels.join('\n')}\n` };
}
