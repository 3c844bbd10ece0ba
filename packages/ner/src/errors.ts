// Typed errors of @shabaka/ner: every failure carries a stable code and a hint.
export type NerErrorCode =
  | 'NER_BAD_CONLL'
  | 'NER_MODEL_MISSING'
  | 'NER_MODEL_INVALID'
  | 'NER_GAZETTEER_MISSING'
  | 'NER_BAD_ARGUMENT'
  | 'NER_DATA_MISSING';

/**
 * An error raised by the tagger, its training or its evaluation.
 * @example throw new NerError('NER_MODEL_MISSING', 'ner: no model for "fr"; only ar and en are trained');
 */
export class NerError extends Error {
  override readonly name = 'NerError';
  constructor(
    readonly code: NerErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
