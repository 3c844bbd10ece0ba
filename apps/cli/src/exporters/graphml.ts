// GraphData → GraphML (yEd, Cytoscape, NetworkX): typed keys for names, kind, predicate, weight, role.
import type { GraphData, GraphEdge, GraphNode } from '@shabaka/schema';
import { escapeXml } from './xml-escape.js';

type Value = string | number | null | undefined;

/** Each GraphML key: its id, type and how to read it from a node or an edge. */
const NODE_KEYS: [string, (n: GraphNode) => Value][] = [
  ['label', (n) => n.label],
  ['nameEn', (n) => n.labelEn],
  ['kind', (n) => n.kind],
  ['subtype', (n) => n.subtype],
];
const EDGE_KEYS: [string, (e: GraphEdge) => Value][] = [
  ['type', (e) => e.type],
  ['role', (e) => e.role],
  ['firstSeen', (e) => e.firstSeen],
  ['lastSeen', (e) => e.lastSeen],
  ['weight', (e) => e.weight],
];

function fields<T>(keys: [string, (item: T) => Value][], item: T): string {
  return keys
    .map(([key, read]) => {
      const value = read(item);
      return value === undefined || value === null || value === ''
        ? ''
        : `<data key="${key}">${escapeXml(String(value))}</data>`;
    })
    .join('');
}

/**
 * Serialises entities and relations as one directed GraphML graph.
 * @example toGraphml({ nodes: [], edges: [] }).includes('<graphml') // true
 */
export function toGraphml(graph: GraphData): string {
  const key = (id: string, on: 'node' | 'edge') =>
    `  <key id="${id}" for="${on}" attr.name="${id}" attr.type="${id === 'weight' ? 'double' : 'string'}"/>`;
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...NODE_KEYS.map(([id]) => key(id, 'node')),
    ...EDGE_KEYS.map(([id]) => key(id, 'edge')),
    '  <graph id="shabaka" edgedefault="directed">',
    ...graph.nodes.map((n) => `    <node id="${escapeXml(n.id)}">${fields(NODE_KEYS, n)}</node>`),
    ...graph.edges.map(
      (e) =>
        `    <edge id="${escapeXml(e.id)}" source="${escapeXml(e.source)}" target="${escapeXml(e.target)}">${fields(EDGE_KEYS, e)}</edge>`,
    ),
    '  </graph>',
    '</graphml>',
    '',
  ];
  return out.join('\n');
}
