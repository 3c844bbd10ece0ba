// Public API of @shabaka/ner: a short list of named exports.

// Inference
export { tag } from './tag.js';
export type { TagOptions } from './tag.js';
export { tagTokens } from './tagger.js';
export { tagDocument } from './document.js';
export type { TagDocumentOptions } from './document.js';
export type { DocumentRange } from './doc-windows.js';
export type { TokenMention, TokenTagging, TagTokensOptions } from './tagger.js';
export { loadModel } from './load-model.js';
export type { TaggerModel, ModelMeta } from './model.js';

// Evaluation and training (developers)
export { evaluateFile, evaluateStandard } from './evaluate.js';
export { scoreEntities } from './conlleval.js';
export type { LangScores, Prf } from './conlleval.js';
export { readConll, parseConll } from './conll.js';
export type { LabelledSentence } from './conll.js';
export { trainLanguage } from './training.js';
export type { TrainConfig, TrainResult } from './training.js';
export { compileGazetteers } from './compile-gazetteers.js';

// Errors
export { NerError } from './errors.js';
export type { NerErrorCode } from './errors.js';
