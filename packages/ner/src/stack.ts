// Stacked tagging: the first model's output over a document, turned into features for the second model.
import { marginals, viterbi, type Transitions } from './decode.js';
import type { WordInfo } from './features.js';
import { type DocumentRange, perRange, wholeDocument } from './doc-windows.js';
import {
  labelClass,
  LABELS,
  LABELS_PER_CLASS,
  NUM_LABELS,
  spansFromTags,
  tagsOfPath,
  type TokenSpan,
} from './labels.js';
import type { SentenceScores } from './model.js';
import { NAME_CLASSES } from './name-likeness.js';

const L = NUM_LABELS;
/** Bump when the stack features change; appended to the first model's feature-set id in the second model's metadata. */
export const STACK_SET_ID = 'stack-3';

/** Entity classes in label order (class k owns labels 1 + 4k … 4 + 4k). */
const CLS = ['PER', 'ORG', 'LOC', 'MISC'] as const;

/** What the first model said about one sentence. */
export interface Stage1Output {
  infos: WordInfo[];
  /** label index per token (Viterbi path) */
  path: number[];
  /** n × L forward-backward marginals */
  probs: Float64Array;
}

/**
 * The first model's decision on one scored sentence (Viterbi path and marginals at `scale`).
 * @example stage1(new EmissionScorer(model).score(['زار', 'أنقرة']), model.transitions, 0.05).path
 */
export function stage1(scores: SentenceScores, transitions: Transitions, scale: number): Stage1Output {
  const { emissions, infos } = scores;
  return {
    infos,
    path: viterbi(emissions, infos.length, transitions),
    probs: marginals(emissions, infos.length, transitions, scale),
  };
}

/** Coarse confidence: the first model's probabilities are informative in bands, not as exact values. */
function band(p: number): number {
  return p >= 0.95 ? 4 : p >= 0.8 ? 3 : p >= 0.6 ? 2 : p >= 0.3 ? 1 : 0;
}

// The label features come from small finite sets: built once, so tagging neither allocates nor rehashes them.
const LAB = [...LABELS, '<s>', '</s>'];
const NL = LAB.length;
const WINDOW = ['s1=', 's1-1=', 's1+1=', 's1-2=', 's1+2='].map((p) => LAB.map((l) => `${p}${l}`));
const TRIGRAM = LAB.flatMap((a) => LAB.flatMap((b) => LAB.map((c) => `s1-1|s1|s1+1=${a}|${b}|${c}`)));
const BAND_IDS = [0, 1, 2, 3, 4];
const CONF = LAB.map((l) => BAND_IDS.map((b) => `s1c=${l}|${b}`));
const MASS = BAND_IDS.map((b) => `s1ne=${b}`);
const ALT = CLS.map((c) => BAND_IDS.map((b) => `s1alt=${c}|${b}`));
const POS = ['S', 'B', 'I', 'E'] as const;
const SPAN = CLS.map((c) => POS.map((p) => [1, 2, 3, 4].map((n) => `s1sp=${c}|${p}|${n}`)));
const PAIRS = LAB.flatMap((a) => LAB.map((b) => `${a}|${b}`));
const NL_HERE = BAND_IDS.map((b) => LAB.map((l) => `nl|s1=${b}|${l}`));
const NL_PREV = BAND_IDS.map((b) => PAIRS.map((p) => `nl|s1-1=${b}|${p}`));
const NL_NEXT = BAND_IDS.map((b) => PAIRS.map((p) => `nl+1|s1=${b}|${p}`));
const NL_CLASS = NAME_CLASSES.map((c) => BAND_IDS.map((b) => LAB.map((l) => `nlc|s1=${c}:${b}|${l}`)));

/** The name-likeness band (0–4) of a word's `nl` (`NameLikeness.bands`). */
function nameBand(nl: readonly string[]): number {
  return nl[0]!.charCodeAt(0) - 48;
}

/** Probability mass of one class's labels, starting at `at`. */
function classMass(probs: Float64Array, at: number): number {
  let m = 0;
  for (let j = 0; j < LABELS_PER_CLASS; j++) m += probs[at + j]!;
  return m;
}

/** Counts of first-model classes (PER, ORG, LOC, MISC, O) per key over a document. */
type Votes = Map<string, Int32Array>;

function vote(votes: Votes, key: string, cls: number): void {
  let v = votes.get(key);
  if (!v) votes.set(key, (v = new Int32Array(5)));
  v[cls < 0 ? 4 : cls]!++;
}

/** Features from other occurrences: classes seen there and the majority among them. */
function othersFeatures(prefix: string, v: Int32Array | undefined, own: number, out: string[]): void {
  if (!v) return;
  let total = 0;
  let best = -1;
  for (let c = 0; c < 5; c++) {
    const n = v[c]! - (c === (own < 0 ? 4 : own) ? 1 : 0);
    if (n <= 0) continue;
    total += n;
    if (best < 0 || n > v[best]! - (best === (own < 0 ? 4 : own) ? 1 : 0)) best = c;
    if (c < 4) out.push(`${prefix}=${CLS[c]}`);
  }
  if (total === 0) return;
  const maj = best === 4 ? 'O' : CLS[best]!;
  out.push(`${prefix}maj=${maj}`, `${prefix}maj|s1=${maj}|${own < 0 ? 'O' : CLS[own]}`);
}

/** Token key of a predicted span, its first token allowed any clitic-peeled variant (as the gazetteer matches). */
function phraseKeys(infos: readonly WordInfo[], start: number, end: number): string[] {
  const rest = infos
    .slice(start + 1, end)
    .map((t) => t.key)
    .join(' ');
  return infos[start]!.variants.filter((v) => v.length >= 2).map((v) => (rest ? `${v} ${rest}` : v));
}

/** What the first model said over one document: classes per stem and per predicted name, and the names' prefixes. */
interface DocumentVotes {
  stems: Votes;
  phrases: Votes;
  prefixes: Set<string>;
  maxLen: number;
}

function documentVotes(
  doc: readonly Stage1Output[],
  spansOf: readonly TokenSpan[][],
  [a, b]: DocumentRange,
): DocumentVotes {
  const votes: DocumentVotes = { stems: new Map(), phrases: new Map(), prefixes: new Set(), maxLen: 1 };
  for (let k = a; k < b; k++) {
    const s = doc[k]!;
    s.infos.forEach((t, i) => {
      if (t.stem.length >= 2 && t.shape !== 'd') vote(votes.stems, t.stem, labelClass(s.path[i]!));
    });
    for (const sp of spansOf[k]!) {
      const keys = phraseKeys(s.infos, sp.start, sp.end);
      for (const key of new Set(keys)) vote(votes.phrases, key, CLS.indexOf(sp.cls));
      votes.maxLen = Math.max(votes.maxLen, sp.end - sp.start);
      for (const key of keys) {
        const parts = key.split(' ');
        for (let j = 1; j < parts.length; j++) votes.prefixes.add(parts.slice(0, j).join(' '));
      }
    }
  }
  return votes;
}

/**
 * Second-stage features of every token of a document from the first model's output: its labels in a ±2
 * window, span class/position/length, confidence band, the classes the first model gave the same stem
 * elsewhere in the document, and whether a name it found elsewhere in the document recurs here.
 * `ranges[k]` is the part of `doc` sentence k reads as its document (default: all of it).
 * @example stackFeatures([stage1(scorer.score(['زار', 'أنقرة']), model.transitions, 0.05)])[0][1].includes('s1=B-LOC')
 */
export function stackFeatures(
  doc: readonly Stage1Output[],
  ranges: readonly DocumentRange[] = wholeDocument(doc.length),
): string[][][] {
  const spansOf = doc.map((s) => spansFromTags(tagsOfPath(s.path)));
  const votes = perRange(ranges, (range) => documentVotes(doc, spansOf, range));
  return doc.map((s, k) => sentenceFeatures(s, spansOf[k]!, votes[k]!));
}

/** Stack features of one sentence given its document's votes. */
function sentenceFeatures(s: Stage1Output, spans: readonly TokenSpan[], votes: DocumentVotes): string[][] {
  const { stems, phrases, prefixes, maxLen } = votes;
  const n = s.path.length;
  const lab = (i: number): number => (i < 0 ? NL - 2 : i >= n ? NL - 1 : s.path[i]!);
  const out = s.path.map((y, i): string[] => {
    const p = s.probs[i * L + y]!;
    const ne = 1 - s.probs[i * L]!;
    const f = [
      WINDOW[0]![y]!,
      WINDOW[1]![lab(i - 1)]!,
      WINDOW[2]![lab(i + 1)]!,
      WINDOW[3]![lab(i - 2)]!,
      WINDOW[4]![lab(i + 2)]!,
      TRIGRAM[(lab(i - 1) * NL + y) * NL + lab(i + 1)]!,
      CONF[y]![band(p)]!,
      MASS[band(ne)]!,
    ];
    if (y === 0 && ne >= 0.1) {
      // The class the first model nearly chose for a token it left outside.
      let best = 0;
      const mass = [0, 1, 2, 3].map((c) => classMass(s.probs, i * L + 1 + LABELS_PER_CLASS * c));
      for (let c = 1; c < 4; c++) if (mass[c]! > mass[best]!) best = c;
      f.push(ALT[best]![band(ne)]!);
    }
    // How name-like the word looks by its characters, against what the first model decided here and next door:
    // a transliterated name left outside, split, or preceded by a first name that is also a common word.
    const nl = s.infos[i]!.nl;
    if (nl.length > 0) {
      const b = nameBand(nl);
      f.push(NL_HERE[b]![y]!, NL_PREV[b]![lab(i - 1) * NL + y]!);
      const c = nl[1] ? NAME_CLASSES.indexOf(nl[1].slice(0, 3) as (typeof NAME_CLASSES)[number]) : -1;
      if (c >= 0) f.push(NL_CLASS[c]![b]![y]!);
    }
    const next = s.infos[i + 1]?.nl;
    if (next && next.length > 0) f.push(NL_NEXT[nameBand(next)]![y * NL + lab(i + 1)]!);
    const t = s.infos[i]!;
    if (t.stem.length >= 2 && t.shape !== 'd') othersFeatures('dst', stems.get(t.stem), labelClass(y), f);
    return f;
  });
  for (const sp of spans) {
    const len = Math.min(sp.end - sp.start, 4);
    for (let i = sp.start; i < sp.end; i++) {
      const pos = sp.end - sp.start === 1 ? 0 : i === sp.start ? 1 : i === sp.end - 1 ? 3 : 2;
      out[i]!.push(SPAN[CLS.indexOf(sp.cls)]![pos]![len - 1]!);
    }
  }
  // Names found elsewhere in the document that recur here (this occurrence itself not counted).
  for (let i = 0; i < n; i++) {
    const variants = s.infos[i]!.variants;
    if (!variants.some((v) => phrases.has(v) || prefixes.has(v))) continue;
    for (const first of new Set(variants)) {
      let key = first;
      for (let j = i; j < n && j - i < maxLen; j++) {
        if (j > i) key = `${key} ${s.infos[j]!.key}`;
        const v = phrases.get(key);
        if (v) {
          const here = spans.find((sp) => sp.start === i && sp.end === j + 1);
          const own = here ? CLS.indexOf(here.cls) : -1;
          const feats: string[] = [];
          othersFeatures('dsp', v, here ? own : -2, feats);
          const m = j === i ? 'S' : 'M';
          for (let x = i; x <= j; x++) for (const g of feats) out[x]!.push(`${g}:${x === i ? 'B' : 'I'}${m}`);
        }
        if (!prefixes.has(key)) break;
      }
    }
  }
  return out;
}
