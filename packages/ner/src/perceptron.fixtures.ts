// Test fixture: tiny encoded training sets for the perceptron and learner unit tests.
import { labelIndex, toBioes } from './labels.js';
import type { EncodedSentence } from './perceptron.js';

/**
 * An encoded sentence whose tokens all carry feature 0 (bias) plus the listed feature ids; `tags` are IOB2, stored as BIOES like training data.
 * @example encodedSentence([[], [3]], ['O', 'B-LOC'])
 */
export function encodedSentence(feats: number[][], tags: string[]): EncodedSentence {
  const offsets = new Int32Array(feats.length + 1);
  const ids: number[] = [];
  feats.forEach((f, i) => {
    ids.push(0, ...f);
    offsets[i + 1] = ids.length;
  });
  return { offsets, ids: Int32Array.from(ids), gold: Int32Array.from(toBioes(tags).map(labelIndex)) };
}

/** Four separable sentences. Feature 0 = bias, 1 = "capitalised", 2 = "after a title", 3 = "city word". */
export const TINY_TRAINING_SET: readonly EncodedSentence[] = [
  encodedSentence([[], [2], [1]], ['O', 'O', 'B-PER']),
  encodedSentence([[2], [1], [1]], ['O', 'B-PER', 'I-PER']),
  encodedSentence([[], [3]], ['O', 'B-LOC']),
  encodedSentence([[3], []], ['B-LOC', 'O']),
];
