// Anaphors bound to entities of the article: role descriptions (الرئيس التركي), classifier heads (التنظيم), البلاد.
import { COUNTRY_ANAPHORS, ORG_HEADS } from './lexicon.js';
import { cleanSurface, tokenSpan } from './mention.js';
import type { Cluster } from './coref.js';
import type { Kb } from './kb.js';
import type { Tok } from './doc-tokens.js';
import type { Mention } from './mention.js';
import type { RoleBinding, RolePhrase } from './roles.js';

export interface AnaphoraInput {
  toks: readonly Tok[];
  text: string;
  clusters: Cluster[];
  mentions: readonly Mention[];
  phrases: readonly RolePhrase[];
  bindings: readonly RoleBinding[];
  kb: Kb;
  lang: 'ar' | 'en';
}

/** Arabic/English role text → the English role key of the knowledge base. */
function kbRole(role: string): string | undefined {
  if (/^(ال)?رئيس$|^president$/.test(role)) return 'president';
  if (/رئيس (الوزراء|الحكومه|الحكومة)|prime minister/.test(role)) return 'prime minister';
  if (/وزير الخارجيه|وزير الخارجية|foreign minister|secretary of state/.test(role)) return 'foreign minister';
  if (/الملك|king/.test(role)) return 'king';
  return undefined;
}

const HEAD_SUBTYPES: Record<string, string> = {
  تنظيم: 'ARMED_GROUP',
  جماعه: 'ARMED_GROUP',
  حزب: 'POLITICAL_PARTY',
  حركه: 'ARMED_GROUP',
};

/**
 * The country the article is about: the linked country mentioned most (names and adjectives).
 * @example mainCountry(clusters)?.target?.iso // 'TR'
 */
export function mainCountry(clusters: readonly Cluster[]): Cluster | undefined {
  let best: Cluster | undefined;
  for (const c of clusters) {
    if (c.target?.kind !== 'country') continue;
    if (!best || c.mentions.length > best.mentions.length) best = c;
  }
  return best;
}

function anaphor(
  toks: readonly Tok[],
  text: string,
  tokStart: number,
  tokEnd: number,
  c: Cluster,
  role: boolean,
): Mention {
  const { start, end } = tokenSpan(toks, tokStart, tokEnd);
  const m: Mention = {
    tokStart,
    tokEnd,
    start,
    end,
    text: cleanSurface(text.slice(start, end)),
    type: c.type,
    source: 'rule',
    confidence: 0.7,
    target: c.target,
    kind: 'rule',
    sent: (toks[tokStart] as Tok).sent,
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
export function resolveAnaphors(input: AnaphoraInput): Mention[] {
  const { toks, text, clusters, mentions, phrases, bindings } = input;
  const out: Mention[] = [];
  for (const b of bindings) {
    clusters[b.person.entity]?.roles.push({ role: b.phrase.role, owner: b.owner?.entity });
  }
  // Organisations introduced with a classifier head: تنظيم «X», حزب X.
  for (const m of mentions) {
    if (m.type !== 'ORGANIZATION') continue;
    const before = toks[m.tokStart - 1]?.text === '«' ? toks[m.tokStart - 2] : toks[m.tokStart - 1];
    if (before && ORG_HEADS.has(before.bare)) clusters[m.entity]?.heads.add(before.bare);
  }
  const bound = new Set(bindings.map((b) => b.phrase));
  const taken = new Set<number>();
  for (const m of mentions) for (let t = m.tokStart; t < m.tokEnd; t++) taken.add(t);
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
    const c = cands[0] as Cluster;
    // Only after the article has named the person: a role before any name stays unresolved.
    if (!c.mentions.some((m) => !m.anaphor && m.tokStart < p.tokStart) && byText.length === 0) continue;
    out.push(anaphor(toks, text, p.tokStart, p.tokEnd, c, true));
  }
  const country = mainCountry(clusters);
  for (const t of toks) {
    if (taken.has(t.i) || t.kind !== 'word') continue;
    if (country && COUNTRY_ANAPHORS.has(t.noClitic)) {
      out.push(anaphor(toks, text, t.i, t.i + 1, country, false));
      continue;
    }
    if (!t.hasArticle || !ORG_HEADS.has(t.bare)) continue;
    const subtype = HEAD_SUBTYPES[t.bare];
    const cands = clusters.filter(
      (c) =>
        c.type === 'ORGANIZATION' && (c.heads.has(t.bare) || (subtype !== undefined && c.target?.subtype === subtype)),
    );
    if (cands.length === 1 && (cands[0] as Cluster).mentions.some((m) => m.tokStart < t.i)) {
      out.push(anaphor(toks, text, t.i, t.i + 1, cands[0] as Cluster, false));
    }
  }
  return out;
}
