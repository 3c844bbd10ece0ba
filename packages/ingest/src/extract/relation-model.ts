// The learned relation classifier: one-vs-rest logistic regression over sparse string features, its
// compact JSON file (models/relations.json, built by `pnpm --filter @shabaka/ingest train:relations`),
// loaded once per process.
import { readFileSync } from 'node:fs';
import { ShabakaError } from '@shabaka/schema';

export const RELATION_MODEL_FORMAT = 'shabaka-relations/1';

/** The weights file: classes are `PREDICATE:f` (subject first in the text), `PREDICATE:r`, or a symmetric `PREDICATE`. */
export interface RelationModelFile {
  format: typeof RELATION_MODEL_FORMAT;
  version: string;
  classes: string[];
  /** Per class, the probability from which a relation is emitted (chosen by cross-validation). */
  thresholds: number[];
  /**
   * Per class, the threshold when the rules found that relation too (their verdict is a feature and a
   * second, lower bar: a rule finding the model does not reject is kept). Chosen by cross-validation.
   */
  ruleThresholds: number[];
  /** Kinds of rule finding (`PREDICATE@confidence`, one per rule construction) kept as they are: high-precision overrides. */
  overrides: string[];
  /** feature → flat [classIndex, weight, classIndex, weight, …]. */
  weights: Record<string, number[]>;
  /** How it was trained: sources, cross-validation figures (the model card's numbers). */
  card: Record<string, unknown>;
}

export interface RelationModel {
  version: string;
  classes: readonly string[];
  thresholds: readonly number[];
  ruleThresholds: readonly number[];
  overrides: ReadonlySet<string>;
  /** Probability of each class for one candidate's features. */
  score(features: readonly string[]): Float64Array;
}

/**
 * A model over an in-memory weights file (the trainer's and the tests' entry point).
 * @example fromFile(json).score(['bias', 'T:P>Lc'])
 */
export function relationModelOf(file: RelationModelFile): RelationModel {
  const weights = new Map(Object.entries(file.weights));
  const n = file.classes.length;
  return {
    version: file.version,
    classes: file.classes,
    thresholds: file.thresholds,
    ruleThresholds: file.ruleThresholds,
    overrides: new Set(file.overrides),
    score(features) {
      const z = new Float64Array(n);
      for (const f of features) {
        const w = weights.get(f);
        if (!w) continue;
        for (let k = 0; k < w.length; k += 2) z[w[k] as number] = (z[w[k] as number] as number) + (w[k + 1] as number);
      }
      for (let c = 0; c < n; c++) z[c] = 1 / (1 + Math.exp(-(z[c] as number)));
      return z;
    },
  };
}

const MODEL_URL = new URL('../../models/relations.json', import.meta.url);
let loaded: RelationModel | undefined;

function parseModel(text: string, where: string): RelationModelFile {
  const rebuild = { hint: 'rebuild it with `pnpm --filter @shabaka/ingest train:relations` (needs ../shared/eval)' };
  let file: RelationModelFile;
  try {
    file = JSON.parse(text) as RelationModelFile;
  } catch (cause) {
    throw new ShabakaError('MODEL_MISSING', `ingest: the relation model ${where} is not valid JSON`, {
      ...rebuild,
      cause,
    });
  }
  const ok =
    file?.format === RELATION_MODEL_FORMAT &&
    Array.isArray(file.classes) &&
    Array.isArray(file.thresholds) &&
    file.thresholds.length === file.classes.length &&
    Array.isArray(file.ruleThresholds) &&
    Array.isArray(file.overrides) &&
    file.ruleThresholds.length === file.classes.length &&
    typeof file.weights === 'object' &&
    file.weights !== null;
  if (!ok)
    throw new ShabakaError(
      'MODEL_MISSING',
      `ingest: the relation model ${where} is not a ${RELATION_MODEL_FORMAT} file (format, classes, thresholds or weights missing)`,
      rebuild,
    );
  return file;
}

/**
 * The committed relation model, read once per process; a missing or corrupt file is a MODEL_MISSING error.
 * @example loadRelationModel().classes.includes('MET') // true
 */
export function loadRelationModel(): RelationModel {
  if (loaded) return loaded;
  let text: string;
  try {
    text = readFileSync(MODEL_URL, 'utf8');
  } catch (cause) {
    throw new ShabakaError('MODEL_MISSING', `ingest: the relation model ${MODEL_URL.pathname} cannot be read`, {
      hint: 'rebuild it with `pnpm --filter @shabaka/ingest train:relations` (needs ../shared/eval)',
      cause,
    });
  }
  loaded = relationModelOf(parseModel(text, MODEL_URL.pathname));
  return loaded;
}

/** Parses a weights file's text (for tests of the error path and for the trainer's round trip). */
export { parseModel as parseRelationModel };
