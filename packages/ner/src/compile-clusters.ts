// Word clusters of the Arabic tagger from permitted unlabelled text: ANERcorp train, WikiANN-ar train and the Wojood sample (never news-ar).
import { join } from 'node:path';
import { matchKey } from '@shabaka/text';
import { readConll } from './conll.js';
import { wordClusters } from './word-clusters.js';

/** Cluster sizes (coarse to fine), minimum word count and exchange iterations: fixed, not tuned on any evaluation. */
export const CLUSTER_SIZES = [32, 128, 512] as const;
const MIN_COUNT = 3;
const ITERATIONS = 8;

/**
 * Clusters over `sentences` (e.g. ANERcorp train tokens) plus WikiANN-ar train and Wojood sample text, keyed by
 * the Arabic match key.
 * @example clustersFrom(readConll(trainFile).map((s) => s.tokens), '/work/shared/data').get('القاهره') // '1.21'
 */
export function clustersFrom(sentences: readonly (readonly string[])[], dataDir: string): Map<string, string> {
  const text = [
    ...sentences,
    ...readConll(join(dataDir, 'wikiann-ar/train.tsv')).map((s) => s.tokens),
    ...['train', 'val', 'test'].flatMap((f) => readConll(join(dataDir, `wojood-sample/${f}.txt`)).map((s) => s.tokens)),
  ].map((s) => s.map((t) => matchKey(t)));
  return wordClusters(text, CLUSTER_SIZES, MIN_COUNT, ITERATIONS);
}
