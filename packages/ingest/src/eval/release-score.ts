// A line-for-line port of the release scorer (../shared/eval/score.py and breakdown.py): the same
// normalisation, one-to-one entity alignment, relation and event matching, so our figures are its figures.
import type { ContractLine } from '@shabaka/schema';

const TASHKEEL = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g;
const PUNCT = /[«»"'“”‘’()[\]،,.:؛;!؟?\-–—/]/g;

/** score.py's `norm`: NFKC, no tashkeel, folded alef/yaa/taa marbuta, punctuation to spaces, lower case. */
export function scoreNorm(s: string | null | undefined): string {
  const t = (s ?? '')
    .normalize('NFKC')
    .replace(TASHKEEL, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/ؤ/g, 'و')
    .replace(/ئ/g, 'ي')
    .replace(PUNCT, ' ')
    .toLowerCase();
  return t.split(/\s+/).filter(Boolean).join(' ');
}

const AL = ['وال', 'بال', 'لل', 'فال', 'كال', 'ال'];
function stripAl(tok: string): string {
  for (const p of AL) if (tok.startsWith(p) && tok.length - p.length >= 2) return tok.slice(p.length);
  return tok;
}

function keys(forms: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const f of forms) {
    const n = scoreNorm(f);
    if (!n) continue;
    out.add(n);
    out.add(n.split(' ').map(stripAl).join(' '));
  }
  return out;
}

const TYPES: Record<string, string> = {
  PERSON: 'PERSON',
  PER: 'PERSON',
  ORG: 'ORG',
  ORGANIZATION: 'ORG',
  ORGANISATION: 'ORG',
  LOCATION: 'LOCATION',
  LOC: 'LOCATION',
  GPE: 'LOCATION',
};
/** Predicates compared unordered. */
export const SYMMETRIC_PREDICATES: ReadonlySet<string> = new Set(['MET', 'SPOKE_WITH', 'SIGNED_AGREEMENT_WITH']);

export interface GoldEntity {
  name: string;
  aliases?: string[];
  type: string;
  canonical?: string;
}
export interface GoldRelation {
  subject: string;
  predicate: string;
  object: string;
  role?: string | null;
  evidence?: string;
}
export interface GoldEvent {
  type: string;
  participants: string[];
  location?: string | null;
  date?: string | null;
  evidence?: string;
}
export interface Gold {
  entities?: GoldEntity[];
  relations?: GoldRelation[];
  events?: GoldEvent[];
}

interface SysEntity {
  type: string;
  keys: Set<string>;
}
interface SysRelation {
  subject?: string;
  predicate?: string;
  object?: string;
}
export interface SysEvent {
  type?: string;
  participants?: string[];
  location?: string | null;
}
export interface SystemArticle {
  entities: Map<string, SysEntity>;
  relations: SysRelation[];
  events: SysEvent[];
}

/** score.py's `load_system` over contract lines already parsed. */
export function systemOf(lines: readonly ContractLine[] | readonly Record<string, unknown>[]): SystemArticle {
  const entities = new Map<string, SysEntity>();
  const relations: SysRelation[] = [];
  const events: SysEvent[] = [];
  for (const raw of lines) {
    const o = raw as Record<string, unknown>;
    if (o.kind === 'entity') {
      const forms = [String(o.name ?? ''), String(o.nameEn ?? ''), ...((o.aliases as string[] | undefined) ?? [])];
      const type = String(o.type ?? '').toUpperCase();
      entities.set(String(o.id), { type: TYPES[type] ?? String(o.type), keys: keys(forms) });
    } else if (o.kind === 'relation') relations.push(o as SysRelation);
    else if (o.kind === 'event') events.push(o as SysEvent);
  }
  return { entities, relations, events };
}

function matchEntity(sysKeys: ReadonlySet<string>, gold: GoldEntity): boolean {
  const gk = keys([gold.name, gold.canonical ?? '', ...(gold.aliases ?? [])]);
  for (const k of sysKeys) if (gk.has(k)) return true;
  if (TYPES[gold.type] === 'PERSON') {
    for (const a of sysKeys)
      for (const b of gk) if (a.length > 3 && b.length > 3 && (a.endsWith(` ${b}`) || b.endsWith(` ${a}`))) return true;
  }
  return false;
}

/**
 * score.py's one-to-one alignment: system entity id → the canonical of its gold entity (maximum
 * bipartite matching, system entities with fewer candidates first).
 * @example alignEntities(systemOf(lines), gold).get('ent_…') // 'Hakan Fidan'
 */
export function alignEntities(sys: SystemArticle, gold: Gold): { canonical: Map<string, string>; typedOk: number } {
  const gents = gold.entities ?? [];
  const sids = [...sys.entities.keys()];
  const cand = new Map<string, number[]>();
  for (const sid of sids) {
    const ks = (sys.entities.get(sid) as SysEntity).keys;
    cand.set(
      sid,
      gents.flatMap((g, gi) => (matchEntity(ks, g) ? [gi] : [])),
    );
  }
  const owner = new Map<number, string>();
  const augment = (sid: string, seen: Set<number>): boolean => {
    for (const gi of cand.get(sid) ?? []) {
      if (seen.has(gi)) continue;
      seen.add(gi);
      const held = owner.get(gi);
      if (held === undefined || augment(held, seen)) {
        owner.set(gi, sid);
        return true;
      }
    }
    return false;
  };
  for (const sid of [...sids].sort((a, b) => (cand.get(a) ?? []).length - (cand.get(b) ?? []).length))
    augment(sid, new Set());
  const canonical = new Map<string, string>();
  let typedOk = 0;
  for (const [gi, sid] of owner) {
    const g = gents[gi] as GoldEntity;
    canonical.set(sid, g.canonical || g.name);
    if (TYPES[g.type] === sys.entities.get(sid)?.type) typedOk++;
  }
  return { canonical, typedOk };
}

/** [true positives among predicted, predicted, gold found, gold] — score.py's four counts. */
export type Counts4 = [number, number, number, number];

export interface ArticleScore {
  ent: Counts4;
  rel: Counts4;
  evt: Counts4;
  /** Per predicate and per event type, breakdown.py's counts. */
  byPredicate: Map<string, Counts4>;
  byEventType: Map<string, Counts4>;
}

const add = (m: Map<string, Counts4>, k: string, i: number, by = 1): void => {
  const c = m.get(k) ?? [0, 0, 0, 0];
  c[i] = (c[i] as number) + by;
  m.set(k, c);
};

/**
 * score.py's event match: same type and participants overlapping by at least half of the smaller set
 * (an event without gold participants by its place); `canonical` is `alignEntities`' map.
 * @example eventMatches({ type: 'MEETING', participants: ['per_1'] }, gold.events[0], canonical) // true
 */
export function eventMatches(se: SysEvent, ge: GoldEvent, canonical: ReadonlyMap<string, string>): boolean {
  const canon = (sid: string | null | undefined): string | undefined => (sid ? canonical.get(sid) : undefined);
  if (se.type !== ge.type) return false;
  const sp = new Set<string>();
  for (const pid of se.participants ?? []) {
    const c = canon(pid);
    if (c !== undefined) sp.add(c);
  }
  const gp = new Set(ge.participants);
  if (gp.size === 0) return !!ge.location && ge.location === canon(se.location);
  if (sp.size === 0) return false;
  const shared = [...sp].filter((p) => gp.has(p)).length;
  return shared >= Math.max(1, Math.min(sp.size, gp.size) / 2);
}

/**
 * Scores one article's system output against its gold exactly as score.py (and breakdown.py) do.
 * @example scoreArticle(systemOf(lines), gold).rel // [tp, predicted, found, gold]
 */
export function scoreArticle(sys: SystemArticle, gold: Gold): ArticleScore {
  const gents = gold.entities ?? [];
  const { canonical, typedOk } = alignEntities(sys, gold);
  const canon = (sid: string | null | undefined): string | undefined => (sid ? canonical.get(sid) : undefined);
  const ent: Counts4 = [typedOk, sys.entities.size, typedOk, gents.length];
  const grelKeys = new Set<string>();
  const grels: [string, string, string][] = [];
  for (const r of gold.relations ?? []) {
    const k = JSON.stringify([r.subject, r.predicate, r.object]);
    if (grelKeys.has(k)) continue;
    grelKeys.add(k);
    grels.push([r.subject, r.predicate, r.object]);
  }
  const relMatch = (sr: SysRelation, g: [string, string, string]): boolean => {
    if (sr.predicate !== g[1]) return false;
    const s = canon(sr.subject);
    const o = canon(sr.object);
    if (g[0] === s && g[2] === o) return true;
    return SYMMETRIC_PREDICATES.has(g[1]) && g[2] === s && g[0] === o;
  };
  const uniq = new Map<string, SysRelation>();
  for (const sr of sys.relations) uniq.set(JSON.stringify([sr.subject, sr.predicate, sr.object]), sr);
  const srels = [...uniq.values()];
  const byPredicate = new Map<string, Counts4>();
  for (const sr of srels) {
    const ok = grels.some((g) => relMatch(sr, g));
    add(byPredicate, String(sr.predicate), 1);
    if (ok) add(byPredicate, String(sr.predicate), 0);
  }
  for (const g of grels) {
    add(byPredicate, g[1], 3);
    if (srels.some((sr) => relMatch(sr, g))) add(byPredicate, g[1], 2);
  }
  const rel: Counts4 = [0, 0, 0, 0];
  for (const c of byPredicate.values()) for (let i = 0; i < 4; i++) rel[i] = (rel[i] as number) + (c[i] as number);
  const gevs = gold.events ?? [];
  const evMatch = (se: SysEvent, ge: GoldEvent): boolean => eventMatches(se, ge, canonical);
  const byEventType = new Map<string, Counts4>();
  for (const se of sys.events) {
    add(byEventType, String(se.type), 1);
    if (gevs.some((g) => evMatch(se, g))) add(byEventType, String(se.type), 0);
  }
  for (const ge of gevs) {
    add(byEventType, ge.type, 3);
    if (sys.events.some((se) => evMatch(se, ge))) add(byEventType, ge.type, 2);
  }
  const evt: Counts4 = [0, 0, 0, 0];
  for (const c of byEventType.values()) for (let i = 0; i < 4; i++) evt[i] = (evt[i] as number) + (c[i] as number);
  return { ent, rel, evt, byPredicate, byEventType };
}

export interface Prf {
  p: number;
  r: number;
  f1: number;
}
/** Python's round(x, 3): ties (1/16 → 0.0625) go to the even digit, where toFixed goes up. */
function roundHalfEven3(x: number): number {
  const y = x * 1000;
  const f = Math.floor(y);
  if (y - f === 0.5) return (f % 2 === 0 ? f : f + 1) / 1000;
  return Number(x.toFixed(3));
}

/** score.py's `prf`, rounded to three places as its --json output is. */
export function prf(c: Counts4, round = true): Prf {
  const p = c[1] ? c[0] / c[1] : 0;
  const r = c[3] ? c[2] / c[3] : 0;
  const f1 = p + r ? (2 * p * r) / (p + r) : 0;
  const q = (x: number): number => (round ? roundHalfEven3(x) : x);
  return { p: q(p), r: q(r), f1: q(f1) };
}

/** Sums of several articles' scores. */
export function sumScores(scores: readonly ArticleScore[]): ArticleScore {
  const total: ArticleScore = {
    ent: [0, 0, 0, 0],
    rel: [0, 0, 0, 0],
    evt: [0, 0, 0, 0],
    byPredicate: new Map(),
    byEventType: new Map(),
  };
  for (const s of scores) {
    for (const k of ['ent', 'rel', 'evt'] as const)
      for (let i = 0; i < 4; i++) total[k][i] = (total[k][i] as number) + (s[k][i] as number);
    for (const [name, m] of [
      ['byPredicate', s.byPredicate],
      ['byEventType', s.byEventType],
    ] as const)
      for (const [k, c] of m) c.forEach((v, i) => add(total[name], k, i, v));
  }
  return total;
}
