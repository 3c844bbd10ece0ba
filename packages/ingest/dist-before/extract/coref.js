// Within-document coreference: linked ids, full name ↔ surname ↔ first+last, spelling variants, role and head anaphors.
import { matchKey, stripArticle } from '@shabaka/text';
import { ALIAS_CUES } from './lexicon.js';
/** matchKey words of a surface with the first word's article removed. */
function words(surface) {
  return matchKey(surface).split(' ').filter(Boolean);
}
function nameKey(surface) {
  const w = words(surface);
  if (w.length > 0) w[0] = stripArticle(w[0]);
  return w.join(' ');
}
/** Whether a short person mention can stand for a longer name (surname, first+last, last two words). */
function personMatches(short, full) {
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
export function linkAliases(toks, mentions) {
  for (const m of mentions) {
    if (m.type !== 'PERSON') continue;
    let k = m.t0 - 1;
    while (k >= 0 && toks[k].kind === 'punct') k--;
    if (toks[k]?.key === 'as' || toks[k]?.key === 'باسم') k--;
    if (!ALIAS_CUES.has(toks[k]?.key ?? '') && !ALIAS_CUES.has(toks[k]?.nk ?? '')) continue;
    const prev = [...mentions].reverse().find((p) => p.type === 'PERSON' && p.t1 <= k && k - p.t1 <= 3);
    if (prev) m.sameAs = prev;
  }
}
/**
 * Groups mentions into clusters (entities) and sets `mention.entity`.
 * @example clusterMentions(mentions).map((c) => c.key)
 */
export function clusterMentions(mentions) {
  const clusters = [];
  const byKey = new Map();
  const add = (m, key) => {
    let c = byKey.get(key);
    if (!c) {
      c = { index: clusters.length, key, type: m.type, target: m.target, mentions: [], roles: [], heads: new Set() };
      clusters.push(c);
      byKey.set(key, c);
    }
    c.mentions.push(m);
    m.entity = c.index;
  };
  for (const m of mentions) {
    if (m.sameAs && m.sameAs.entity >= 0) {
      add(m, clusters[m.sameAs.entity].key);
      continue;
    }
    if (m.target) {
      add(m, m.target.key);
      continue;
    }
    const key = nameKey(m.text);
    if (m.type === 'PERSON') {
      const w = words(m.text);
      // A surname or first+last joins the person named in full earlier (linked or not).
      const full = clusters.find(
        (c) => c.type === 'PERSON' && c.mentions.some((x) => !x.demonym && personMatches(w, words(x.text))),
      );
      if (full) {
        add(m, full.key);
        continue;
      }
    }
    // Same name as a linked entity already in the document (a NER span the KB did not know as such).
    const same = clusters.find((c) => c.mentions.some((x) => !x.demonym && nameKey(x.text) === key));
    add(m, same ? same.key : `name:${key}`);
  }
  for (const c of clusters) {
    if (c.target) continue;
    // The type most mentions agree on (the tagger may hesitate between ORG and LOC).
    const votes = new Map();
    for (const m of c.mentions) votes.set(m.type, (votes.get(m.type) ?? 0) + m.confidence);
    c.type = [...votes].sort((a, b) => b[1] - a[1])[0]?.[0] ?? c.type;
  }
  return clusters;
}
/**
 * Subtype of a cluster, from the KB or from the head noun that introduced it.
 * @example subtypeOf(cluster) // 'POLITICAL_PARTY' for حزب «X»
 */
export function subtypeOf(c) {
  if (c.target?.subtype) return c.target.subtype;
  if (c.heads.has('حزب')) return 'POLITICAL_PARTY';
  if (c.heads.has('تنظيم') || c.heads.has('جماعه')) return 'ARMED_GROUP';
  if (c.heads.has('صحيفه') || c.heads.has('قناه') || c.heads.has('وكاله')) return 'MEDIA';
  return undefined;
}
//# sourceMappingURL=coref.js.map
