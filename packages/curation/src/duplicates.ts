// The "possible duplicates" queue: pairs of entities of one type whose names look alike across scripts (Arabic
// match keys, English names and their consonant skeletons), scored with shared neighbours and co-mention.
import { EntityType } from '@shabaka/schema';
import type { CurationRecord, DuplicateCandidate, GraphData, GraphNode } from '@shabaka/schema';
import { matchKey } from '@shabaka/text';

/** Name similarity carries most of the score; the graph around the two entities the rest. */
const WEIGHTS = { names: 0.7, neighbours: 0.2, comention: 0.1 };
/** Pairs below this name similarity are not proposed, whatever their neighbours. */
const MIN_NAME_SIMILARITY = 0.5;
/** Pairs compared per block at most: a very common key (a frequent word) says little about identity. */
const MAX_BLOCK = 200;

const TYPES = new Set<string>(EntityType.options);
/** Words that are not names: English particles and honorifics, which romanisations spell in many ways. */
const NOT_NAME = new Set(['al', 'el', 'bin', 'ibn', 'bint', 'abu', 'abd', 'the', 'of', 'and', 'mr', 'dr', 'prince']);

/** A Latin word as its consonant skeleton (vowels and doubled letters dropped, q/k/c and similar merged). */
function skeleton(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '')
    .replace(/ph/g, 'f')
    .replace(/[qck]/g, 'k')
    .replace(/[zs]/g, 's')
    .replace(/[vfw]/g, 'f')
    .replace(/[aeiouy]/g, '')
    .replace(/(.)\1+/g, '$1');
}

/** The comparable forms of a name: its match key, and for Latin script also its consonant skeleton. */
function forms(name: string): string[] {
  const key = matchKey(name);
  const words = key.split(/[^\p{L}\p{N}]+/u).filter((w) => w && !NOT_NAME.has(w));
  const out = [words.join(' ')];
  if (/[a-z]/.test(key)) out.push(words.map(skeleton).filter(Boolean).join(' '));
  return out.filter((f) => f.length >= 2);
}

function trigrams(text: string): Set<string> {
  const padded = ` ${text} `;
  const out = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) out.add(padded.slice(i, i + 3));
  return out;
}

function jaccard<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / (a.size + b.size - shared);
}

type Profile = { node: GraphNode; forms: { text: string; grams: Set<string> }[]; blocks: Set<string> };

function profile(node: GraphNode): Profile {
  const texts = [...new Set([...forms(node.label), ...forms(node.labelEn ?? node.label)])];
  const blocks = new Set<string>();
  for (const text of texts) for (const word of text.split(' ')) if (word.length >= 2) blocks.add(word.slice(0, 3));
  return { node, forms: texts.map((text) => ({ text, grams: trigrams(text) })), blocks };
}

function nameSimilarity(a: Profile, b: Profile): { score: number; why: string } {
  let best = { score: 0, why: '' };
  for (const x of a.forms) {
    for (const y of b.forms) {
      const score = x.text === y.text ? 1 : jaccard(x.grams, y.grams);
      if (score > best.score) best = { score, why: `${x.text} ~ ${y.text}` };
    }
  }
  return best;
}

const pairKey = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

/**
 * Pairs that may be one entity, best first: names alike across scripts (match keys, English names, consonant
 * skeletons: `Rstm Amruf` ~ `Rustem Umerov`), then shared neighbours, then co-mention (`articlesOf`, asked only
 * for the pairs kept). Pairs the analyst marked `distinct` and pairs of different types are never proposed.
 * @example await duplicateCandidates(await store.exportGraph(), await store.curationRecords(), { limit: 20 })
 */
export async function duplicateCandidates(
  graph: GraphData,
  records: readonly CurationRecord[],
  options: { limit: number; articlesOf?: (id: string) => Promise<readonly string[]> },
): Promise<DuplicateCandidate[]> {
  const rejected = new Set(
    records.filter((r) => !r.undone && r.action === 'distinct').map((r) => pairKey(r.targets[0]!, r.targets[1]!)),
  );
  const profiles = graph.nodes.filter((n) => TYPES.has(n.kind)).map(profile);
  const neighbours = new Map<string, Set<string>>();
  for (const e of graph.edges) {
    if (e.source === e.target) continue;
    (neighbours.get(e.source) ?? neighbours.set(e.source, new Set()).get(e.source)!).add(e.target);
    (neighbours.get(e.target) ?? neighbours.set(e.target, new Set()).get(e.target)!).add(e.source);
  }
  const blocks = new Map<string, Profile[]>();
  for (const p of profiles) {
    for (const b of p.blocks) {
      const list = blocks.get(`${p.node.kind}:${b}`) ?? [];
      list.push(p);
      blocks.set(`${p.node.kind}:${b}`, list);
    }
  }
  const seen = new Set<string>();
  const scored: DuplicateCandidate[] = [];
  for (const list of blocks.values()) {
    const group = list.slice(0, MAX_BLOCK);
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const a = group[i]!;
        const b = group[j]!;
        const key = pairKey(a.node.id, b.node.id);
        if (a.node.id === b.node.id || seen.has(key) || rejected.has(key)) continue;
        seen.add(key);
        const names = nameSimilarity(a, b);
        if (names.score < MIN_NAME_SIMILARITY) continue;
        const na = neighbours.get(a.node.id) ?? new Set<string>();
        const nb = neighbours.get(b.node.id) ?? new Set<string>();
        const shared = [...na].filter((x) => nb.has(x)).length;
        const reasons = [`names ${names.score.toFixed(2)}: ${names.why}`];
        if (shared > 0) reasons.push(`${shared} shared neighbour${shared === 1 ? '' : 's'}`);
        scored.push({
          a: entityOf(a.node),
          b: entityOf(b.node),
          score: WEIGHTS.names * names.score + WEIGHTS.neighbours * jaccard(na, nb),
          reasons,
        });
      }
    }
  }
  scored.sort((x, y) => y.score - x.score || x.a.id.localeCompare(y.a.id) || x.b.id.localeCompare(y.b.id));
  // Co-mention costs a store read per entity: only for the pairs that can still make the page.
  const shortlist = scored.slice(0, options.limit * 3);
  if (options.articlesOf) {
    const cache = new Map<string, Promise<readonly string[]>>();
    const articles = (id: string) => cache.get(id) ?? cache.set(id, options.articlesOf!(id)).get(id)!;
    for (const c of shortlist) {
      const [x, y] = await Promise.all([articles(c.a.id), articles(c.b.id)]);
      const both = x.filter((d) => y.includes(d)).length;
      if (both === 0) continue;
      c.score += WEIGHTS.comention;
      c.reasons.push(`named together in ${both} article${both === 1 ? '' : 's'}`);
    }
    shortlist.sort((x, y) => y.score - x.score || x.a.id.localeCompare(y.a.id) || x.b.id.localeCompare(y.b.id));
  }
  return shortlist.slice(0, options.limit).map((c) => ({ ...c, score: Number(c.score.toFixed(4)) }));
}

function entityOf(node: GraphNode): DuplicateCandidate['a'] {
  return {
    id: node.id,
    name: node.label,
    nameEn: node.labelEn ?? node.label,
    type: EntityType.parse(node.kind),
  };
}
