// Public API of @shabaka/text: normalisation with offset maps, tokens, sentences, clitics, scripts.

// Normalisation and offsets
export { normalize, matchKey } from './normalize.js';
export type { NormalizeOptions, Normalized } from './normalize.js';
export { composeMaps, identityMap } from './offset-map.js';
export type { OffsetMap } from './offset-map.js';

// Tokens and sentences
export { tokenize } from './tokenize.js';
export type { Token, TokenKind } from './tokenize.js';
export { splitSentences } from './sentences.js';
export type { SentenceSpan } from './sentences.js';

// Arabic morphology
export { segmentClitics, stripArticle } from './clitics.js';
export type { CliticSegmentation, CliticOptions } from './clitics.js';

// Script and language
export { scriptOf, detectLanguage } from './script.js';
export type { Script, Language } from './script.js';

// Errors
export { TextError, TextErrorCode } from './errors.js';
