// Evaluation of the shipped tagger (model + rules + gazetteer) on CoNLL files, conlleval-style.
import { join } from 'node:path';
import { readConll } from './conll.js';
import { scoreEntities, type LangScores } from './conlleval.js';
import { fileDocuments } from './doc-windows.js';
import { tagDocument } from './document.js';
import type { TagTokensOptions } from './tagger.js';

/** The standard test files, relative to the data folder. */
export const TEST_FILES = { ar: 'anercorp/test.txt', en: 'conll2003-en/test.txt' } as const;

/**
 * Tags a CoNLL file as the product would, article by article where the file marks them (`-DOCSTART-`), else in blocks
 * of DOCUMENT_BLOCK sentences as documents (`fileDocuments`), and scores it
 * (PER/ORG/LOC; MISC ignored). `{ rules: false }` scores the model alone.
 * @example evaluateFile('/work/shared/data/anercorp/test.txt', 'ar').micro.f1
 */
export function evaluateFile(path: string, lang: 'ar' | 'en', options: TagTokensOptions = {}): LangScores {
  const sentences = readConll(path);
  const ranges = fileDocuments(sentences);
  const pred = tagDocument(
    sentences.map((s) => s.tokens),
    lang,
    { ...options, ranges },
  ).map((r) => r.labels);
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
