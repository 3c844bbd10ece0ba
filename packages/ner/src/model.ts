// The trained model: its compact on-disk form (pruned, int16-quantised, gzip JSON) and its in-memory form.
import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { constrainedTransitions, type Transitions } from './decode.js';
import { NerError } from './errors.js';
import {
  GAZ_PREFIXES,
  gazetteerTags,
  NEIGHBOUR_OFFSETS,
  neighbourFeatures,
  PAD,
  shapeFeatures,
  wordInfo,
  wordPairs,
  type FeatureContext,
  type WordInfo,
  type WordPair,
} from './features.js';
import type { Gazetteer } from './gazetteer.js';
import type { NameLikeness } from './name-likeness.js';
import { LABELS, NUM_LABELS } from './labels.js';
import { PairIndex } from './pair-index.js';

const L = NUM_LABELS;
const NO_TAGS: readonly string[] = [];
export const MODEL_FORMAT = 'shabaka-ner-perceptron/2';

/** Provenance and settings written into every model file. */
export interface ModelMeta {
  format: string;
  version: string;
  lang: 'ar' | 'en';
  featureSet: string;
  labels: string[];
  trainedAt: string;
  seed: number;
  epochs: number;
  minFeatureCount: number;
  trainingData: { file: string; sha256: string; sentences: number }[];
  gazetteer: { version: string; sha256: string } | null;
  /** multiplier of raw scores before forward-backward, fitted on held-out data */
  confidenceScale: number;
  /** free-form notes (dev scores, pruning) */
  notes: Record<string, number | string>;
}

/** JSON layout of `*.model.json.gz`. */
interface ModelFile {
  meta: ModelMeta;
  features: string;
  quantScale: number;
  weights: string;
  transitions: number[];
  clusters: Record<string, string> | null;
}

/** A model ready to score sentences. */
export interface TaggerModel {
  meta: ModelMeta;
  featureIndex: Map<string, number>;
  /** numFeatures × L, dequantised */
  weights: Float32Array;
  transitions: Transitions;
  clusters: ReadonlyMap<string, string> | null;
  gazetteer: Gazetteer | null;
  /** the character name-likeness model its features read (attached separately, like the gazetteer) */
  nameLike: NameLikeness | null;
  /** the second model of a stacked tagger: same features plus features of this model's output (`stack.ts`) */
  stage2: TaggerModel | null;
}

/**
 * Serialises averaged weights: rows whose largest |weight| is below `prune` are dropped, the rest are
 * quantised to int16 with one global scale, then the JSON is gzipped.
 * @example writeModel('en.model.json.gz', meta, names, weights, transitions, null, 0.05)
 */
export function serialiseModel(
  meta: ModelMeta,
  featureNames: readonly string[],
  weights: Float64Array,
  transitions: Float64Array,
  clusters: ReadonlyMap<string, string> | null,
  prune: number,
): Buffer {
  let maxAbs = 0;
  for (const x of weights) maxAbs = Math.max(maxAbs, Math.abs(x));
  const quantScale = maxAbs / 32767 || 1;
  const kept: string[] = [];
  const rows: number[] = [];
  featureNames.forEach((name, f) => {
    let m = 0;
    for (let y = 0; y < L; y++) m = Math.max(m, Math.abs(weights[f * L + y]!));
    if (m >= prune && m / quantScale >= 0.5) {
      kept.push(name);
      rows.push(f);
    }
  });
  const q = new Int16Array(rows.length * L);
  rows.forEach((f, r) => {
    for (let y = 0; y < L; y++) q[r * L + y] = Math.round(weights[f * L + y]! / quantScale);
  });
  const file: ModelFile = {
    meta: { ...meta, notes: { ...meta.notes, keptFeatures: kept.length, totalFeatures: featureNames.length } },
    features: kept.join('\n'),
    quantScale,
    weights: Buffer.from(q.buffer, q.byteOffset, q.byteLength).toString('base64'),
    transitions: Array.from(transitions, (x) => Math.round(x * 1000) / 1000),
    clusters: clusters ? Object.fromEntries(clusters) : null,
  };
  return gzipSync(JSON.stringify(file), { level: 9 });
}

/**
 * Parses a serialised model (the gazetteer is attached separately).
 * @example const model = parseModel(readFileSync('ar.model.json.gz'));
 */
export function parseModel(gz: Buffer, origin = 'model'): TaggerModel {
  let file: ModelFile;
  try {
    file = JSON.parse(gunzipSync(gz).toString('utf8')) as ModelFile;
  } catch (cause) {
    throw new NerError('NER_MODEL_INVALID', `ner: ${origin} is not a gzip JSON model`, { cause });
  }
  if (file.meta?.format !== MODEL_FORMAT || file.meta.labels.join(' ') !== LABELS.join(' '))
    throw new NerError(
      'NER_MODEL_INVALID',
      `ner: ${origin} has format ${String(file.meta?.format)}, expected ${MODEL_FORMAT}`,
    );
  const names = file.features === '' ? [] : file.features.split('\n');
  const buf = Buffer.from(file.weights, 'base64');
  const q = new Int16Array(buf.buffer, buf.byteOffset, buf.byteLength / 2);
  const weights = new Float32Array(q.length);
  for (let k = 0; k < q.length; k++) weights[k] = q[k]! * file.quantScale;
  return {
    meta: file.meta,
    featureIndex: new Map(names.map((n, i) => [n, i])),
    weights,
    transitions: constrainedTransitions(file.transitions),
    clusters: file.clusters ? new Map(Object.entries(file.clusters)) : null,
    gazetteer: null,
    nameLike: null,
    stage2: null,
  };
}

/**
 * Writes a model file.
 * @example writeModelFile('models/ar.model.json.gz', buffer)
 */
export function writeModelFile(path: string, gz: Buffer): void {
  writeFileSync(path, gz);
}

/**
 * Reads a model file from disk.
 * @example readModelFile(new URL('../models/ar.model.json.gz', import.meta.url))
 */
export function readModelFile(path: string | URL): TaggerModel {
  let gz: Buffer;
  try {
    gz = readFileSync(path);
  } catch (cause) {
    throw new NerError('NER_MODEL_MISSING', `ner: no model at ${String(path)}`, { cause });
  }
  return parseModel(gz, String(path));
}

/** Adds the weight rows of the known features among `feats` into `out` at row offset `at`. */
function addRows(model: TaggerModel, feats: readonly string[], out: Float64Array, at: number): void {
  const { featureIndex, weights } = model;
  for (const f of feats) {
    const r = featureIndex.get(f);
    if (r === undefined) continue;
    const row = r * L;
    for (let y = 0; y < L; y++) out[at + y]! += weights[row + y]!;
  }
}

/** Emission scores of a sentence under a model and, when it has one, under its second stage. */
export interface SentenceScores {
  emissions: Float64Array;
  /** the second stage's scores of the shared features (stack features not yet added), or null */
  second: Float64Array | null;
  infos: WordInfo[];
}

/**
 * The weight table the scorer reads: one row of `width` scores per feature. For a stacked model the rows of both
 * stages are joined (first stage, then second: width 2L), so each feature string is hashed once for both.
 */
interface ScoreTable {
  index: ReadonlyMap<string, number>;
  weights: Float32Array;
  width: number;
}

function scoreTable(a: TaggerModel): ScoreTable {
  const b = a.stage2;
  if (!b) return { index: a.featureIndex, weights: a.weights, width: L };
  const index = new Map(a.featureIndex);
  for (const f of b.featureIndex.keys()) if (!index.has(f)) index.set(f, index.size);
  const weights = new Float32Array(index.size * 2 * L);
  for (const [m, off] of [
    [a, 0],
    [b, L],
  ] as const)
    for (const [f, r] of m.featureIndex) {
      const row = index.get(f)! * 2 * L + off;
      for (let y = 0; y < L; y++) weights[row + y] = m.weights[r * L + y]!;
    }
  return { index, weights, width: 2 * L };
}

/** Adds the rows of the known features among `feats` into `out` at offset `at`. */
function addTableRows(t: ScoreTable, feats: readonly string[], out: Float64Array, at: number): void {
  const { index, weights, width } = t;
  for (const f of feats) {
    const r = index.get(f);
    if (r === undefined) continue;
    const row = r * width;
    for (let y = 0; y < width; y++) out[at + y]! += weights[row + y]!;
  }
}

/**
 * A word's cached analysis and scores: slot 0 its own features, slots 1–4 what it adds to the token at each
 * NEIGHBOUR_OFFSETS; and the ids of its key, stem and trigger class among the words of the model's pair features.
 */
interface WordScores {
  info: WordInfo;
  slots: Float64Array;
  ids: Int32Array;
}

const PAIR_FIELDS = ['key', 'stem', 'trig'] as const;
/** Id of a field that holds a `|`: its pair feature strings cannot be split, so they are looked up whole. */
const UNSPLIT = -2;

/**
 * Word-pair features by interned word ids: one PairIndex per pair template over the model's feature names
 * `name=a|b` (names whose words hold a `|` themselves stay reachable by string only).
 */
class PairRows {
  readonly vocab = new Map<string, number>();
  readonly indexes: PairIndex[];
  readonly fields: Int32Array;
  constructor(
    readonly pairs: readonly WordPair[],
    index: ReadonlyMap<string, number>,
  ) {
    this.fields = Int32Array.from(pairs, (p) => PAIR_FIELDS.indexOf(p.field));
    const found = pairs.map((): [number, number, number][] => []);
    const id = (w: string): number => {
      let n = this.vocab.get(w);
      if (n === undefined) this.vocab.set(w, (n = this.vocab.size));
      return n;
    };
    const prefixes = pairs.map((p) => `${p.name}=`);
    for (const [name, row] of index) {
      const k = prefixes.findIndex((p) => name.startsWith(p));
      if (k < 0) continue;
      const words = name.slice(prefixes[k]!.length).split('|');
      if (words.length === 2) found[k]!.push([id(words[0]!), id(words[1]!), row]);
    }
    this.indexes = found.map((entries) => {
      const p = new PairIndex(entries.length);
      for (const [a, b, row] of entries) p.set(a, b, row);
      return p;
    });
  }

  /** A word's ids per PAIR_FIELDS: -1 when no pair feature holds it. */
  ids(info: WordInfo): Int32Array {
    return Int32Array.from(PAIR_FIELDS, (f) => (info[f].includes('|') ? UNSPLIT : (this.vocab.get(info[f]) ?? -1)));
  }
}

/**
 * Scores sentences for one model (and its second stage on the same feature strings). Each word's analysis, its
 * own scores and what it adds to its neighbours are cached (news vocabulary is Zipfian), so per token only the
 * pairwise and gazetteer features are looked up.
 * @example new EmissionScorer(model).score(['زار', 'أنقرة']).emissions.length // 2 * NUM_LABELS
 */
export class EmissionScorer {
  /** two generations of at most maxCached / 2 words each: a word used again is promoted, so frequent words stay */
  private cache = new Map<string, WordScores>();
  private older = new Map<string, WordScores>();
  private readonly ctx: FeatureContext;
  private readonly table: ScoreTable;
  private readonly pad: WordScores;
  private readonly gazMemo = new Map<string, Int32Array>();
  private readonly noGaz: number;
  private readonly pairRows: PairRows;
  constructor(
    readonly model: TaggerModel,
    private readonly maxCached = 50_000,
  ) {
    this.ctx = {
      lang: model.meta.lang,
      gazetteer: model.gazetteer,
      clusters: model.clusters,
      nameLike: model.nameLike,
    };
    this.table = scoreTable(model);
    this.pairRows = new PairRows(wordPairs(this.ctx), this.table.index);
    this.pad = this.analyse(PAD);
    this.noGaz = this.table.index.get('g=none') ?? -1;
  }

  private analyse(info: WordInfo): WordScores {
    const w = this.table.width;
    const slots = new Float64Array(w * (1 + NEIGHBOUR_OFFSETS.length));
    addTableRows(this.table, info.intrinsic, slots, 0);
    NEIGHBOUR_OFFSETS.forEach((d, k) =>
      addTableRows(this.table, neighbourFeatures(info, d, this.ctx), slots, (k + 1) * w),
    );
    // The feature strings are folded into `slots`: not keeping them in the cache saves most of its memory.
    return { info: { ...info, intrinsic: [] }, slots, ids: this.pairRows.ids(info) };
  }

  private addPairRows(words: readonly WordScores[], i: number, out: Float64Array, at: number): void {
    const { pairs, fields, indexes } = this.pairRows;
    for (let k = 0; k < pairs.length; k++) {
      const p = pairs[k]!;
      const a = words[i + p.left] ?? this.pad;
      const b = words[i + p.right] ?? this.pad;
      const ia = a.ids[fields[k]!]!;
      const ib = b.ids[fields[k]!]!;
      if (ia >= 0 && ib >= 0) this.addRow(indexes[k]!.get(ia, ib), out, at);
      else if (ia === UNSPLIT || ib === UNSPLIT)
        this.addRow(this.table.index.get(`${p.name}=${a.info[p.field]}|${b.info[p.field]}`) ?? -1, out, at);
    }
  }

  /** Gazetteer features come from a small vocabulary: their rows are memoised instead of building strings per token. */
  private addGazetteerRows(gaz: readonly string[][], i: number, out: Float64Array, at: number): void {
    const g0 = gaz[i] ?? NO_TAGS;
    for (const g of g0) this.addRow(this.gazRows(g)[0]!, out, at);
    for (const g of gaz[i - 1] ?? NO_TAGS) this.addRow(this.gazRows(g)[1]!, out, at);
    for (const g of gaz[i + 1] ?? NO_TAGS) this.addRow(this.gazRows(g)[2]!, out, at);
    if (g0.length === 0) this.addRow(this.noGaz, out, at);
  }

  private addRow(row: number, out: Float64Array, at: number): void {
    if (row < 0) return;
    const { weights, width } = this.table;
    for (let y = 0; y < width; y++) out[at + y]! += weights[row * width + y]!;
  }

  private gazRows(tag: string): Int32Array {
    let rows = this.gazMemo.get(tag);
    if (!rows) {
      rows = Int32Array.from(GAZ_PREFIXES, (p) => this.table.index.get(`${p}${tag}`) ?? -1);
      this.gazMemo.set(tag, rows);
    }
    return rows;
  }

  private joinedScores = new Float64Array(0);

  /** A buffer of at least `size` for the joined scores of both stages (reused: `score` writes each entry before adding). */
  private joined(size: number): Float64Array {
    if (this.joinedScores.length < size) this.joinedScores = new Float64Array(2 * size);
    return this.joinedScores;
  }

  private word(w: string): WordScores {
    let hit = this.cache.get(w);
    if (!hit) {
      hit = this.older.get(w);
      if (this.cache.size >= this.maxCached / 2) {
        this.older = this.cache;
        this.cache = new Map();
      }
      hit ??= this.analyse(wordInfo(w, this.ctx));
      this.cache.set(w, hit);
    }
    return hit;
  }

  /** Emission scores (n × L) and the word analyses of a sentence (plus the second stage's, for a stacked model). */
  score(tokens: readonly string[]): SentenceScores {
    const n = tokens.length;
    const w = this.table.width;
    const words = tokens.map((x) => this.word(x));
    const infos = words.map((x) => x.info);
    const gaz = gazetteerTags(infos, this.ctx.gazetteer);
    // A one-stage model returns this array itself; a stacked one splits it, so its buffer is reused.
    const all = w === L ? new Float64Array(n * w) : this.joined(n * w);
    for (let i = 0; i < n; i++) {
      const at = i * w;
      const own = words[i]!.slots;
      for (let y = 0; y < w; y++) all[at + y] = own[y]!;
      for (let k = 0; k < NEIGHBOUR_OFFSETS.length; k++) {
        const from = (words[i + NEIGHBOUR_OFFSETS[k]!] ?? this.pad).slots;
        const base = (k + 1) * w;
        for (let y = 0; y < w; y++) all[at + y]! += from[base + y]!;
      }
      this.addPairRows(words, i, all, at);
      if (this.ctx.lang === 'en') addTableRows(this.table, shapeFeatures(infos, i), all, at);
      this.addGazetteerRows(gaz, i, all, at);
    }
    if (w === L) return { emissions: all, second: null, infos };
    const emissions = new Float64Array(n * L);
    const second = new Float64Array(n * L);
    for (let i = 0; i < n; i++)
      for (let y = 0; y < L; y++) {
        emissions[i * L + y] = all[i * w + y]!;
        second[i * L + y] = all[i * w + L + y]!;
      }
    return { emissions, second, infos };
  }
}

/**
 * Emission scores (n × L) of a sentence's feature strings; unknown features are ignored.
 * @example const e = scoreFeatures(model, extractFeatures(tokens, ctx));
 */
export function scoreFeatures(model: TaggerModel, feats: readonly (readonly string[])[]): Float64Array {
  const out = new Float64Array(feats.length * L);
  feats.forEach((fs, i) => addRows(model, fs, out, i * L));
  return out;
}
