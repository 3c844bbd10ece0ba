// Typed errors of @shabaka/text: every failure carries a stable code and a hint.

export const TextErrorCode = {
  OFFSET_OUT_OF_RANGE: 'TEXT_OFFSET_OUT_OF_RANGE',
  MAP_MISMATCH: 'TEXT_MAP_MISMATCH',
} as const;
export type TextErrorCode = (typeof TextErrorCode)[keyof typeof TextErrorCode];

/**
 * An error raised by @shabaka/text; `code` says which rule was broken, `hint` how to call it instead. The message
 * ends with the hint, so a log line alone says what to do.
 * @example throw new TextError(TextErrorCode.OFFSET_OUT_OF_RANGE, 'index 9 is outside 0..4', 'pass an index into the normalised text')
 */
export class TextError extends Error {
  readonly code: TextErrorCode;
  readonly hint: string;

  constructor(code: TextErrorCode, message: string, hint: string) {
    super(`@shabaka/text: ${message} (${hint})`);
    this.name = 'TextError';
    this.code = code;
    this.hint = hint;
  }
}
