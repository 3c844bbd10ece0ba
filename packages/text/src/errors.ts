// Typed errors of @shabaka/text: every failure carries a stable code and a hint.

export const TextErrorCode = {
  OFFSET_OUT_OF_RANGE: 'TEXT_OFFSET_OUT_OF_RANGE',
  MAP_MISMATCH: 'TEXT_MAP_MISMATCH',
} as const;
export type TextErrorCode = (typeof TextErrorCode)[keyof typeof TextErrorCode];

/** An error raised by @shabaka/text; `code` says which rule was broken. */
export class TextError extends Error {
  readonly code: TextErrorCode;

  constructor(code: TextErrorCode, message: string) {
    super(`@shabaka/text: ${message}`);
    this.name = 'TextError';
    this.code = code;
  }
}
