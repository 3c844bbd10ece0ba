// ApiError: what the viewer's API client throws, with a stable code and the server's hint.

export const ApiErrorCode = {
  NETWORK: 'NETWORK',
  HTTP: 'HTTP',
  BAD_RESPONSE: 'BAD_RESPONSE',
  UNSUPPORTED: 'UNSUPPORTED',
  NOT_FOUND: 'NOT_FOUND',
  ABORTED: 'ABORTED',
} as const;
export type ApiErrorCode = (typeof ApiErrorCode)[keyof typeof ApiErrorCode];

/**
 * An error from the HTTP API, already in words an analyst can act on.
 * @example throw new ApiError('UNSUPPORTED', 'viewer: Cypher needs Neo4j', { status: 501 })
 */
export class ApiError extends Error {
  readonly code: ApiErrorCode;
  readonly status: number | undefined;
  readonly hint: string | undefined;
  /** The server's own error code (e.g. CYPHER_WRITE_REJECTED), when it sent one. */
  readonly serverCode: string | undefined;

  constructor(
    code: ApiErrorCode,
    message: string,
    options: { status?: number; hint?: string; serverCode?: string; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = 'ApiError';
    this.code = code;
    this.status = options.status;
    this.hint = options.hint;
    this.serverCode = options.serverCode;
  }
}

/** Whether a thrown value is the abort of a superseded request (never shown to the user). */
export function isAbort(error: unknown): boolean {
  return error instanceof ApiError && error.code === 'ABORTED';
}
