// A seeded synthetic graph for the viewer benchmark: clustered nodes, heavy-tailed degrees, like news graphs.
import { seededRandom } from '@shabaka/schema';
import type { NodeKind } from '@shabaka/schema';

export interface SyntheticGraph {
  nodes: { id: string; label: string; kind: NodeKind; x: number; y: number }[];
  edges: { source: string; target: string; weight: number }[];
}

const KINDS: NodeKind[] = ['PERSON', 'ORGANIZATION', 'LOCATION'];
const SYLLABLES = ['فا', 'ري', 'دا', 'كو', 'مي', 'سا', 'لو', 'نا', 'ha', 'ki', 'mo', 'ra'];

/**
 * Generates `order` nodes in √order clusters and `size` edges, 80% inside a cluster, endpoints drawn with a
 * squared uniform so a few nodes become hubs. Half of the labels are Arabic.
 * @example const { nodes, edges } = generateGraph(20_000, 100_000, 1)
 */
export function generateGraph(order: number, size: number, seed = 1): SyntheticGraph {
  const random = seededRandom(seed);
  const clusters = Math.max(1, Math.round(Math.sqrt(order)));
  const nodes: SyntheticGraph['nodes'] = [];
  for (let i = 0; i < order; i++) {
    const s = (n: number) => SYLLABLES[Math.floor(random() * SYLLABLES.length) + n * 0] ?? 'x';
    nodes.push({
      id: `n${i}`,
      label: `${s(0)}${s(0)}${s(0)} ${i}`,
      kind: KINDS[i % KINDS.length] ?? 'OTHER',
      x: random() * 1000,
      y: random() * 1000,
    });
  }
  const clusterSize = Math.ceil(order / clusters);
  const edges: SyntheticGraph['edges'] = [];
  for (let i = 0; i < size; i++) {
    const a = Math.floor(random() ** 2 * order);
    const within = random() < 0.8;
    const base = Math.floor(a / clusterSize) * clusterSize;
    const b = within
      ? Math.min(order - 1, base + Math.floor(random() * clusterSize))
      : Math.floor(random() ** 2 * order);
    edges.push({ source: `n${a}`, target: `n${b === a ? (a + 1) % order : b}`, weight: 1 + Math.floor(random() * 3) });
  }
  return { nodes, edges };
}
