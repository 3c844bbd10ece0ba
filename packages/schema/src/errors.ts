// ShabakaError: the one error class every package throws, with a stable code and a hint.

export const ErrorCode = {
  INVALID_INPUT: 'INVALID_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  STORE_UNAVAILABLE: 'STORE_UNAVAILABLE',
  CYPHER_WRITE_REJECTED: 'CYPHER_WRITE_REJECTED',
  CYPHER_TIMEOUT: 'CYPHER_TIMEOUT',
  UNSUPPORTED: 'UNSUPPORTED',
  READ_FAILED: 'READ_FAILED',
  MODEL_MISSING: 'MODEL_MISSING',
  /** A model file is there but unreadable or stale (corrupt bytes, another format, older feature code). */
  MODEL_INVALID: 'MODEL_INVALID',
  /** The NER tagger threw on a document although its model loaded: a bug, not a setup problem. */
  TAGGER_FAILED: 'TAGGER_FAILED',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/**
 * @example throw new ShabakaError('UNSUPPORTED', 'store-sqlite: Cypher needs Neo4j', { hint: 'use --store neo4j://…' })
 */
export class ShabakaError extends Error {
  readonly code: ErrorCode;
  readonly hint: string | undefined;
  readonly retriable: boolean;

  constructor(code: ErrorCode, message: string, options: { hint?: string; cause?: unknown; retriable?: boolean } = {}) {
    super(options.hint ? `${message} (${options.hint})` : message, { cause: options.cause });
    this.name = 'ShabakaError';
    this.code = code;
    this.hint = options.hint;
    this.retriable = options.retriable ?? false;
  }
}
