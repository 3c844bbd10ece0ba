// The trained model: its compact on-disk form (pruned, int16-quantised, gzip JSON) and its in-memory form.
import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { constrainedTransitions, type Transitions } from './decode.js';
import { NerError } from './errors.js';
import { contextFeatures, gazetteerTags, wordInfo, type FeatureContext, type WordInfo } from './features.js';
import type { Gazetteer } from './gazetteer.js';
import { LABELS, NUM_LABELS } from './labels.js';

const L = NUM_LABELS;
export const MODEL_FORMAT = 'shabaka-ner-perceptron/1';

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
    throw new NerError(
      'NER_MODEL_INVALID',
      `ner: ${origin} is not a gzip JSON model; retrain with \`pnpm --filter @shabaka/ner train\``,
      {
        cause,
      },
    );
  }
  if (file.meta?.format !== MODEL_FORMAT || file.meta.labels.join(' ') !== LABELS.join(' '))
    throw new NerError(
      'NER_MODEL_INVALID',
      `ner: ${origin} has format ${String(file.meta?.format)}, expected ${MODEL_FORMAT}; retrain`,
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
    throw new NerError(
      'NER_MODEL_MISSING',
      `ner: no model at ${String(path)}; run \`pnpm --filter @shabaka/ner train\``,
      { cause },
    );
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

/**
 * Scores sentences for one model, caching each word's analysis and intrinsic scores (news vocabulary is
 * Zipfian, so most tokens skip two thirds of the feature lookups).
 * @example new EmissionScorer(model).score(['زار', 'أنقرة']).emissions.length // 2 * NUM_LABELS
 */
export class EmissionScorer {
  private readonly cache = new Map<string, { info: WordInfo; scores: Float64Array }>();
  private readonly ctx: FeatureContext;
  constructor(
    readonly model: TaggerModel,
    private readonly maxCached = 100_000,
  ) {
    this.ctx = { lang: model.meta.lang, gazetteer: model.gazetteer, clusters: model.clusters };
  }

  private word(w: string): { info: WordInfo; scores: Float64Array } {
    let hit = this.cache.get(w);
    if (!hit) {
      if (this.cache.size >= this.maxCached) this.cache.clear();
      const info = wordInfo(w, this.ctx);
      const scores = new Float64Array(L);
      addRows(this.model, info.intrinsic, scores, 0);
      hit = { info, scores };
      this.cache.set(w, hit);
    }
    return hit;
  }

  /** Emission scores (n × L) and the word analyses of a sentence. */
  score(tokens: readonly string[]): { emissions: Float64Array; infos: WordInfo[] } {
    const words = tokens.map((w) => this.word(w));
    const infos = words.map((x) => x.info);
    const gaz = gazetteerTags(infos, this.ctx.gazetteer);
    const emissions = new Float64Array(tokens.length * L);
    words.forEach((x, i) => {
      emissions.set(x.scores, i * L);
      addRows(this.model, contextFeatures(infos, gaz, i, this.ctx), emissions, i * L);
    });
    return { emissions, infos };
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
