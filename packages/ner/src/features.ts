// Feature extraction for both languages: the strings the perceptron weighs, one list per token.
import { matchKey, segmentClitics } from '@shabaka/text';
import type { Gazetteer } from './gazetteer.js';
import type { NameLikeness } from './name-likeness.js';
import { triggerOf } from './triggers.js';

/** Bump when features change: a model only loads with the feature set it was trained with. */
export const FEATURE_SET_ID = { ar: 'ar-fs-5', en: 'en-fs-4' } as const;

/** What the extractor needs besides the tokens. */
export interface FeatureContext {
  lang: 'ar' | 'en';
  gazetteer: Gazetteer | null;
  /** word key → cluster codes at several sizes (`5.41`, coarse to fine), learnt from unlabelled text */
  clusters: ReadonlyMap<string, string> | null;
  /** character model of how name-like a word is (Arabic; its bands feed the second stage), or absent */
  nameLike?: NameLikeness | null;
  /** feature groups switched off, for ablation studies (e.g. 'gaz', 'trig', 'ctx2') */
  ablate?: ReadonlySet<string>;
}

/** What the features need to know about one word, independent of its neighbours (cacheable). */
export interface WordInfo {
  key: string;
  stem: string;
  variants: string[];
  shape: string;
  trig: string;
  cluster: string | null;
  /** banded name-likeness (`NameLikeness.bands`), read by the stack features only; empty without a name-likeness model */
  nl: readonly string[];
  /** features of the word alone: they score the same wherever it stands */
  intrinsic: string[];
}

/**
 * Lookup keys of one token: the normalised form, then forms with proclitics peeled one by one
 * (conjunction, preposition, article), so بلبنان also tries لبنان.
 * @example arabicVariants('وبالقدس') // ['وبالقدس', 'بالقدس', 'القدس', 'قدس']
 */
export function arabicVariants(key: string): string[] {
  const out = [key];
  let rest = key;
  if (/^[وف]/.test(rest) && rest.length >= 4) out.push((rest = rest.slice(1)));
  if (rest.startsWith('لل') && rest.length >= 4) out.push((rest = `ال${rest.slice(2)}`));
  else if (/^[بلك]/.test(rest) && rest.length >= 4) out.push((rest = rest.slice(1)));
  if (rest.startsWith('ال') && rest.length >= 4) out.push(rest.slice(2));
  return out;
}

/** What lookups read of a word: its normalised key and the keys it may stand for. */
export type WordKeys = Pick<WordInfo, 'key' | 'variants'>;

/**
 * The lookup keys of a word: the Arabic match key and its clitic-peeled variants, or the English lower case.
 * @example wordKeys('وبالقدس', 'ar').variants // ['وبالقدس', 'بالقدس', 'القدس', 'قدس']
 */
export function wordKeys(word: string, lang: 'ar' | 'en'): WordKeys {
  const key = lang === 'ar' ? matchKey(word) : word.toLowerCase();
  return { key, variants: lang === 'ar' ? arabicVariants(key) : [key] };
}

/**
 * Word shape: Latin case pattern collapsed (Xx, X, x, d), `A` for Arabic script, punctuation as itself.
 * @example shapeOf('McCain') // 'XxXx'
 */
export function shapeOf(word: string): string {
  let out = '';
  for (const ch of word) {
    let c: string;
    if (/[A-Z]/.test(ch)) c = 'X';
    else if (/[a-z]/.test(ch)) c = 'x';
    else if (/[0-9\u0660-\u0669]/.test(ch)) c = 'd';
    else if (/[\u0600-\u06FF]/.test(ch)) c = 'A';
    else if (/\p{L}/u.test(ch)) c = 'L';
    else c = ch;
    if (out[out.length - 1] !== c) out += c;
  }
  return out;
}

const NO_NL: readonly string[] = [];

/** Cluster features per position suffix and code, built once: the codes come from a fixed table, the strings are hashed once. */
const CLUSTER_MEMO = new Map<string, Map<string, readonly string[]>>();

/** One feature per level of a cluster code (`5.41.300` → `c0=5`, `c1=41`, `c2=300`), `sign` marking a neighbour. */
function clusterFeatures(code: string, sign: string): readonly string[] {
  let bySign = CLUSTER_MEMO.get(sign);
  if (!bySign) CLUSTER_MEMO.set(sign, (bySign = new Map()));
  let f = bySign.get(code);
  if (!f) bySign.set(code, (f = code.split('.').map((c, n) => `c${n}${sign}=${c}`)));
  return f;
}

/**
 * Analyses one word and lists its intrinsic features (identity, normalised form, stem, affixes, shape, trigger, cluster).
 * @example wordInfo('وبالقدس', { lang: 'ar', gazetteer: null, clusters: null }).stem // 'قدس'
 */
export function wordInfo(word: string, ctx: FeatureContext): WordInfo {
  const ar = ctx.lang === 'ar';
  const { key, variants } = wordKeys(word, ctx.lang);
  const seg = ar ? segmentClitics(word) : null;
  const stem = seg ? matchKey(seg.stem) : key;
  const clitics = seg ? seg.prefixes.join('+') : '';
  let cluster: string | null = null;
  if (ctx.clusters) for (const v of variants) if ((cluster = ctx.clusters.get(v) ?? null)) break;
  const shape = shapeOf(word);
  const trig = triggerOf(variants, ctx.lang) ?? '-';
  const off = ctx.ablate;
  const nl = ctx.nameLike ? ctx.nameLike.bands(variants) : NO_NL;
  const f: string[] = ['b', `w=${word}`, `k=${key}`, `sh=${shape}`];
  if (!off?.has('trig')) f.push(`t=${trig}`);
  f.push(`len=${stem.length > 8 ? 9 : stem.length}`);
  for (let n = 1; n <= 4 && n < stem.length; n++) f.push(`p${n}=${stem.slice(0, n)}`, `s${n}=${stem.slice(-n)}`);
  if (cluster) f.push(...clusterFeatures(cluster, ''));
  if (ar) {
    f.push(`st=${stem}`, `cl=${clitics}`);
    for (const v of variants.slice(1)) f.push(`v=${v}`);
    if (word.startsWith('ال') || clitics.endsWith('ال')) f.push('def');
  } else {
    if (/^[A-Z]+$/.test(word)) f.push('allcap');
    if (/\d/.test(word)) f.push('digit');
    if (word.includes('-')) f.push('hyphen');
    if (/[A-Za-z]\./.test(word)) f.push('dot');
  }
  return { key, stem, variants, shape, trig, cluster, nl, intrinsic: f };
}

/**
 * Gazetteer features per token: category, position in the phrase (B/I) and single/multi-word (S/M).
 * @example gazetteerTags(infos, gaz)[0] // ['LOC.country:BS']
 */
export function gazetteerTags(infos: readonly WordInfo[], gazetteer: Gazetteer | null): string[][] {
  const out = infos.map((): string[] => []);
  if (!gazetteer) return out;
  for (const m of gazetteer.match(infos.map((t) => t.variants))) {
    const multi = m.end - m.start > 1 ? 'M' : 'S';
    for (let i = m.start; i < m.end; i++) {
      const pos = i === m.start ? 'B' : 'I';
      for (const c of m.categories) out[i]!.push(`${c}:${pos}${multi}`);
    }
  }
  return out;
}

/** The word standing for a position outside the sentence. */
export const PAD: WordInfo = {
  key: '<s>',
  stem: '<s>',
  variants: [],
  shape: '<s>',
  trig: '<s>',
  cluster: null,
  nl: [],
  intrinsic: [],
};
const NO_GAZ: string[] = [];

/** Neighbour offsets whose features depend on that one neighbour alone (`neighbourFeatures`). */
export const NEIGHBOUR_OFFSETS = [-2, -1, 1, 2] as const;

/**
 * Features a word contributes to the token `d` positions away from it (d ∈ NEIGHBOUR_OFFSETS): they depend on
 * that word alone, so the scorer caches their scores per word. `PAD` stands for a position outside the sentence.
 * @example neighbourFeatures(wordInfo('الرئيس', ctx), -1, ctx) // ['t-1=TITLE', 'k-1=الرييس', 'st-1=رييس']
 */
export function neighbourFeatures(w: WordInfo, d: number, ctx: FeatureContext): string[] {
  const off = ctx.ablate;
  const ar = ctx.lang === 'ar';
  const sign = d < 0 ? `${d}` : `+${d}`;
  const f: string[] = [];
  if (!off?.has('trig') && d !== 2) f.push(`t${sign}=${w.trig}`);
  f.push(`k${sign}=${w.key}`);
  if (w.cluster && (d === -1 || d === 1)) f.push(...clusterFeatures(w.cluster, sign));
  if (ar) {
    if (d === -1 || d === 1 || !off?.has('ctx2')) f.push(`st${sign}=${w.stem}`);
    if (d === 1 && w.key.startsWith('ال')) f.push('def+1');
  } else if (d === -1 || d === 1) f.push(`sh${sign}=${w.shape}`);
  return f;
}

/** Prefixes of the gazetteer features of a token from its own tags and its neighbours' (offsets 0, -1, +1). */
export const GAZ_PREFIXES = ['g=', 'g-1=', 'g+1='] as const;

/**
 * Gazetteer features of token i: its own phrase tags, its neighbours', or `g=none`.
 * @example gazetteerFeatures([['LOC.country:BS']], 0, ctx) // ['g=LOC.country:BS']
 */
export function gazetteerFeatures(gaz: readonly string[][], i: number, ctx: FeatureContext): string[] {
  if (ctx.ablate?.has('gaz')) return [];
  const f: string[] = [];
  const g0 = gaz[i] ?? NO_GAZ;
  for (const g of g0) f.push(`${GAZ_PREFIXES[0]}${g}`);
  for (const g of gaz[i - 1] ?? NO_GAZ) f.push(`${GAZ_PREFIXES[1]}${g}`);
  for (const g of gaz[i + 1] ?? NO_GAZ) f.push(`${GAZ_PREFIXES[2]}${g}`);
  if (g0.length === 0) f.push('g=none');
  return f;
}

/** A feature of two words of the sentence (offsets `left` < `right` from the token), read from one field of each. */
export interface WordPair {
  name: string;
  field: 'key' | 'stem' | 'trig';
  left: number;
  right: number;
}

const TRIGGER_PAIR: WordPair = { name: 't-1|t+1', field: 'trig', left: -1, right: 1 };
const KEY_PAIRS: readonly WordPair[] = [
  { name: 'k-1|k', field: 'key', left: -1, right: 0 },
  { name: 'k|k+1', field: 'key', left: 0, right: 1 },
];
const STEM_BEFORE: WordPair = { name: 'st-1|st', field: 'stem', left: -1, right: 0 };
const STEM_AFTER: WordPair = { name: 'st|st+1', field: 'stem', left: 0, right: 1 };

/**
 * The word-pair features of a language, in feature order. The scorer looks these up by interned word ids
 * (`pair-index.ts`), so they are declared here once for both the strings and that lookup.
 * @example wordPairs({ lang: 'ar', gazetteer: null, clusters: null }).map((p) => p.name)[1] // 'k-1|k'
 */
export function wordPairs(ctx: FeatureContext): readonly WordPair[] {
  const off = ctx.ablate;
  const pairs = off?.has('trig') ? [...KEY_PAIRS] : [TRIGGER_PAIR, ...KEY_PAIRS];
  if (ctx.lang === 'ar') pairs.push(STEM_BEFORE, ...(off?.has('ctx2') ? [] : [STEM_AFTER]));
  return pairs;
}

/**
 * Features of token i that need it together with a neighbour: the word pairs, then (English) shape conjunctions.
 * @example pairFeatures(infos, 1, ctx).includes('k-1|k=قال|الرييس')
 */
export function pairFeatures(infos: readonly WordInfo[], i: number, ctx: FeatureContext): string[] {
  const f = wordPairs(ctx).map(
    (p) => `${p.name}=${(infos[i + p.left] ?? PAD)[p.field]}|${(infos[i + p.right] ?? PAD)[p.field]}`,
  );
  if (ctx.lang === 'en') f.push(...shapeFeatures(infos, i));
  return f;
}

/**
 * English conjunctions of a token's shape with its neighbours' shapes and words.
 * @example shapeFeatures(infos, 0)[1] // 'cap=true|true'
 */
export function shapeFeatures(infos: readonly WordInfo[], i: number): string[] {
  const t = infos[i] ?? PAD;
  const p1 = infos[i - 1] ?? PAD;
  const n1 = infos[i + 1] ?? PAD;
  return [
    `sh-1|sh|sh+1=${p1.shape}|${t.shape}|${n1.shape}`,
    `cap=${/^[A-Z]/.test(t.shape)}|${i === 0}`,
    `w-1|sh=${p1.key}|${t.shape}`,
    `sh|w+1=${t.shape}|${n1.key}`,
  ];
}

/**
 * Features of token i that depend on its neighbours and on gazetteer phrases (neighbour + pair features).
 * @example contextFeatures(infos, gaz, 1, ctx).includes('t-1=TITLE')
 */
export function contextFeatures(
  infos: readonly WordInfo[],
  gaz: readonly string[][],
  i: number,
  ctx: FeatureContext,
): string[] {
  const f: string[] = [];
  for (const d of NEIGHBOUR_OFFSETS) f.push(...neighbourFeatures(infos[i + d] ?? PAD, d, ctx));
  f.push(...pairFeatures(infos, i, ctx), ...gazetteerFeatures(gaz, i, ctx));
  return f;
}

/**
 * Feature strings for every token of a sentence (intrinsic + contextual).
 * @example extractFeatures(['زار', 'أنقرة'], { lang: 'ar', gazetteer: null, clusters: null })[1].includes('k=انقره') // true
 */
export function extractFeatures(tokens: readonly string[], ctx: FeatureContext): string[][] {
  const infos = tokens.map((w) => wordInfo(w, ctx));
  const gaz = gazetteerTags(infos, ctx.gazetteer);
  return infos.map((info, i) => [...info.intrinsic, ...contextFeatures(infos, gaz, i, ctx)]);
}
