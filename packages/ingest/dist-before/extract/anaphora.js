// Anaphors bound to entities of the article: role descriptions (الرئيس التركي), classifier heads (التنظيم), البلاد.
import { COUNTRY_ANAPHORS, ORG_HEADS } from './lexicon.js';
import { cleanSurface, tokenSpan } from './mention.js';
/** Arabic/English role text → the English role key of the knowledge base. */
function kbRole(role) {
  if (/^(ال)?رئيس$|^president$/.test(role)) return 'president';
  if (/رئيس (الوزراء|الحكومه|الحكومة)|prime minister/.test(role)) return 'prime minister';
  if (/وزير الخارجيه|وزير الخارجية|foreign minister|secretary of state/.test(role)) return 'foreign minister';
  if (/الملك|king/.test(role)) return 'king';
  return undefined;
}
const HEAD_SUBTYPES = {
  تنظيم: 'ARMED_GROUP',
  جماعه: 'ARMED_GROUP',
  حزب: 'POLITICAL_PARTY',
  حركه: 'ARMED_GROUP',
};
/**
 * The country the article is about: the linked country mentioned most (names and adjectives).
 * @example mainCountry(clusters)?.target?.iso // 'TR'
 */
export function mainCountry(clusters) {
  let best;
  for (const c of clusters) {
    if (c.target?.kind !== 'country') continue;
    if (!best || c.mentions.length > best.mentions.length) best = c;
  }
  return best;
}
function anaphor(toks, text, t0, t1, c, role) {
  const { start, end } = tokenSpan(toks, t0, t1);
  const m = {
    t0,
    t1,
    start,
    end,
    text: cleanSurface(text.slice(start, end)),
    type: c.type,
    source: 'rule',
    confidence: 0.7,
    target: c.target,
    kind: 'rule',
    sent: toks[t0].sent,
    demonym: false,
    entity: c.index,
    anaphor: true,
    role,
  };
  c.mentions.push(m);
  return m;
}
/**
 * Binds anaphors to clusters and returns the new mentions (already added to their clusters).
 * @example resolveAnaphors({ toks, text, clusters, mentions, phrases, bindings, kb, lang: 'ar' })
 */
export function resolveAnaphors(input) {
  const { toks, text, clusters, mentions, phrases, bindings } = input;
  const out = [];
  for (const b of bindings) {
    clusters[b.person.entity]?.roles.push({ role: b.phrase.role, owner: b.owner?.entity });
  }
  // Organisations introduced with a classifier head: تنظيم «X», حزب X.
  for (const m of mentions) {
    if (m.type !== 'ORGANIZATION') continue;
    const before = toks[m.t0 - 1]?.text === '«' ? toks[m.t0 - 2] : toks[m.t0 - 1];
    if (before && ORG_HEADS.has(before.bare)) clusters[m.entity]?.heads.add(before.bare);
  }
  const bound = new Set(bindings.map((b) => b.phrase));
  const taken = new Set();
  for (const m of mentions) for (let t = m.t0; t < m.t1; t++) taken.add(t);
  for (const p of phrases) {
    // A plural role (وزراء الخارجية) names a group, never one person.
    if (bound.has(p) || p.plural) continue;
    const ownerEntity = p.owner?.entity;
    const ownerIso = p.owner?.target?.country;
    const byText = clusters.filter(
      (c) =>
        c.type === 'PERSON' &&
        c.roles.some(
          (r) => r.role === p.role && (ownerEntity === undefined || r.owner === undefined || r.owner === ownerEntity),
        ),
    );
    const want = kbRole(p.role);
    const byKb = clusters.filter(
      (c) => c.type === 'PERSON' && want && c.target?.role === want && (!ownerIso || c.target.country === ownerIso),
    );
    const cands = byText.length > 0 ? byText : byKb;
    if (cands.length !== 1) continue;
    const c = cands[0];
    // Only after the article has named the person: a role before any name stays unresolved.
    if (!c.mentions.some((m) => !m.anaphor && m.t0 < p.t0) && byText.length === 0) continue;
    out.push(anaphor(toks, text, p.t0, p.t1, c, true));
  }
  const country = mainCountry(clusters);
  for (const t of toks) {
    if (taken.has(t.i) || t.kind !== 'word') continue;
    if (country && COUNTRY_ANAPHORS.has(t.nk)) {
      out.push(anaphor(toks, text, t.i, t.i + 1, country, false));
      continue;
    }
    if (!t.hasArticle || !ORG_HEADS.has(t.bare)) continue;
    const subtype = HEAD_SUBTYPES[t.bare];
    const cands = clusters.filter(
      (c) =>
        c.type === 'ORGANIZATION' && (c.heads.has(t.bare) || (subtype !== undefined && c.target?.subtype === subtype)),
    );
    if (cands.length === 1 && cands[0].mentions.some((m) => m.t0 < t.i)) {
      out.push(anaphor(toks, text, t.i, t.i + 1, cands[0], false));
    }
  }
  return out;
}
//# sourceMappingURL=anaphora.js.map
