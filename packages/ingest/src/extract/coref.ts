// Within-document coreference: linked ids, full name ↔ surname ↔ first+last, spelling variants, role and head anaphors.
import { matchKey, stripArticle } from '@shabaka/text';
import type { EntitySubtype, EntityType } from '@shabaka/schema';
import type { LinkTarget } from './kb.js';
import { ALIAS_CUES } from './lexicon.js';
import type { Mention } from './mention.js';
import type { Tok } from './doc-tokens.js';

/** One entity of the document: its mentions and (when linked) its knowledge-base target. */
export interface Cluster {
  index: number;
  key: string;
  type: EntityType;
  target?: LinkTarget | undefined;
  mentions: Mention[];
  /** Role texts bound to this person in the document (for role anaphors). */
  roles: { role: string; owner?: number | undefined }[];
  /** The organisation was introduced with a classifier head (تنظيم، حزب …). */
  heads: Set<string>;
}

/** matchKey words of a surface with the first word's article removed. */
function words(surface: string): string[] {
  return matchKey(surface).split(' ').filter(Boolean);
}

function nameKey(surface: string): string {
  const w = words(surface);
  if (w.length > 0) w[0] = stripArticle(w[0] as string);
  return w.join(' ');
}

function someText(texts: ReadonlySet<string> | undefined, test: (text: string) => boolean): boolean {
  for (const t of texts ?? []) if (test(t)) return true;
  return false;
}

/** Whether a short person mention can stand for a longer name (surname, first+last, last two words). */
function personMatches(short: string[], full: string[]): boolean {
  if (short.length >= full.length || short.length === 0) return false;
  const last = full.slice(-short.length);
  if (short.every((w, i) => w === last[i])) return true;
  return short.length === 2 && short[0] === full[0] && short[1] === full[full.length - 1];
}

/**
 * Marks a person mention introduced as another name of the person just before it
 * ("X، المكني «أبو محمد»", "X, known as Y").
 * @example linkAliases(toks, mentions)
 */
export function linkAliases(toks: readonly Tok[], mentions: readonly Mention[]): void {
  for (const m of mentions) {
    if (m.type !== 'PERSON') continue;
    let k = m.tokStart - 1;
    while (k >= 0 && (toks[k] as Tok).kind === 'punct') k--;
    if (toks[k]?.key === 'as' || toks[k]?.key === 'باسم') k--;
    if (!ALIAS_CUES.has(toks[k]?.key ?? '') && !ALIAS_CUES.has(toks[k]?.noClitic ?? '')) continue;
    const prev = [...mentions].reverse().find((p) => p.type === 'PERSON' && p.tokEnd <= k && k - p.tokEnd <= 3);
    if (prev) m.sameAs = prev;
  }
}

/**
 * Groups mentions into clusters (entities) and sets `mention.entity`.
 * @example clusterMentions(mentions).map((c) => c.key)
 */
export function clusterMentions(mentions: readonly Mention[]): Cluster[] {
  const clusters: Cluster[] = [];
  const byKey = new Map<string, Cluster>();
  // Indexes that keep long documents linear: surface texts per cluster (names repeat), the first cluster
  // holding each name key, and words/keys computed once per surface.
  const texts = new Map<Cluster, Set<string>>();
  const firstWithName = new Map<string, number>();
  const memo = new Map<string, { words: string[]; key: string }>();
  const forms = (surface: string) => {
    let f = memo.get(surface);
    if (!f) memo.set(surface, (f = { words: words(surface), key: nameKey(surface) }));
    return f;
  };
  const add = (m: Mention, key: string): void => {
    let c = byKey.get(key);
    if (!c) {
      c = { index: clusters.length, key, type: m.type, target: m.target, mentions: [], roles: [], heads: new Set() };
      clusters.push(c);
      byKey.set(key, c);
      texts.set(c, new Set());
    }
    c.mentions.push(m);
    m.entity = c.index;
    if (m.demonym) return;
    (texts.get(c) as Set<string>).add(m.text);
    const name = forms(m.text).key;
    if ((firstWithName.get(name) ?? Infinity) > c.index) firstWithName.set(name, c.index);
  };
  for (const m of mentions) {
    if (m.sameAs && m.sameAs.entity >= 0) {
      add(m, (clusters[m.sameAs.entity] as Cluster).key);
      continue;
    }
    if (m.target) {
      add(m, m.target.key);
      continue;
    }
    const { words: w, key } = forms(m.text);
    if (m.type === 'PERSON') {
      // A surname or first+last joins the person named in full earlier (linked or not).
      const full = clusters.find(
        (c) => c.type === 'PERSON' && someText(texts.get(c), (t) => personMatches(w, forms(t).words)),
      );
      if (full) {
        add(m, full.key);
        continue;
      }
    }
    // Same name as a linked entity already in the document (a NER span the KB did not know as such).
    const same = firstWithName.get(key);
    add(m, same === undefined ? `name:${key}` : (clusters[same] as Cluster).key);
  }
  for (const c of clusters) {
    if (c.target) continue;
    // The type most mentions agree on (the tagger may hesitate between ORG and LOC).
    const votes = new Map<EntityType, number>();
    for (const m of c.mentions) votes.set(m.type, (votes.get(m.type) ?? 0) + m.confidence);
    c.type = [...votes].sort((a, b) => b[1] - a[1])[0]?.[0] ?? c.type;
  }
  return clusters;
}

/**
 * Subtype of a cluster, from the KB or from the head noun that introduced it.
 * @example subtypeOf(cluster) // 'POLITICAL_PARTY' for حزب «X»
 */
export function subtypeOf(c: Cluster): EntitySubtype | undefined {
  if (c.target?.subtype) return c.target.subtype;
  if (c.heads.has('حزب')) return 'POLITICAL_PARTY';
  if (c.heads.has('تنظيم') || c.heads.has('جماعه')) return 'ARMED_GROUP';
  if (c.heads.has('صحيفه') || c.heads.has('قناه') || c.heads.has('وكاله')) return 'MEDIA';
  return undefined;
}
