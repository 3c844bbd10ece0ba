// Public API of @shabaka/ner: the tagger. Training and evaluation are the package's `train` / `eval` commands
// (src/cli/), experiments live in lab/; neither is part of the build.

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

// Errors
export { NerError } from './errors.js';
export type { NerErrorCode } from './errors.js';
