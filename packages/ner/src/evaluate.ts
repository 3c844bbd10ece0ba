// Evaluation of the shipped tagger (model + rules + gazetteer) on CoNLL files, conlleval-style.
import { join } from 'node:path';
import { readConll } from './conll.js';
import { scoreEntities, type LangScores } from './conlleval.js';
import { tagDocument } from './document.js';
import type { TagTokensOptions } from './tagger.js';

/** CoNLL files carry no reliable document boundaries: this many consecutive sentences stand for one document. */
export const DOCUMENT_BLOCK = 20;

/** The standard test files, relative to the data folder. */
export const TEST_FILES = { ar: 'anercorp/test.txt', en: 'conll2003-en/test.txt' } as const;

/**
 * Tags a CoNLL file as the product would (blocks of DOCUMENT_BLOCK sentences as documents) and scores it
 * (PER/ORG/LOC; MISC ignored). `{ rules: false }` scores the model alone.
 * @example evaluateFile('/work/shared/data/anercorp/test.txt', 'ar').micro.f1
 */
export function evaluateFile(path: string, lang: 'ar' | 'en', options: TagTokensOptions = {}): LangScores {
  const sentences = readConll(path);
  const pred: string[][] = [];
  for (let b = 0; b < sentences.length; b += DOCUMENT_BLOCK) {
    const block = sentences.slice(b, b + DOCUMENT_BLOCK).map((s) => s.tokens);
    pred.push(...tagDocument(block, lang, options).map((r) => r.labels));
  }
  return scoreEntities(
    sentences.map((s) => s.tags),
    pred,
  );
}

/**
 * Scores both languages on their standard test splits.
 * @example evaluateStandard('/work/shared/data').ar.micro.f1
 */
export function evaluateStandard(dataDir: string, options: TagTokensOptions = {}): Record<'ar' | 'en', LangScores> {
  return {
    ar: evaluateFile(join(dataDir, TEST_FILES.ar), 'ar', options),
    en: evaluateFile(join(dataDir, TEST_FILES.en), 'en', options),
  };
}
