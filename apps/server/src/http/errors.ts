// HTTP error shape: every failure leaves the server as JSON `{ error, code, hint }` with a status mapped from its code.
import { ShabakaError } from '@shabaka/schema';
import type { ErrorBody, ErrorCode } from '@shabaka/schema';

/** Codes the server adds to `ErrorCode` for failures that only exist at the HTTP boundary. */
export const HttpErrorCode = {
  UNAUTHORIZED: 'UNAUTHORIZED',
  FORBIDDEN_ORIGIN: 'FORBIDDEN_ORIGIN',
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  UNSUPPORTED_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  ROUTE_NOT_FOUND: 'ROUTE_NOT_FOUND',
  METHOD_NOT_ALLOWED: 'METHOD_NOT_ALLOWED',
  INTERNAL: 'INTERNAL',
} as const;
export type HttpErrorCode = (typeof HttpErrorCode)[keyof typeof HttpErrorCode];

/**
 * An error with an HTTP status, thrown by routes and hooks and rendered by the error handler.
 * @example throw new HttpError(401, 'UNAUTHORIZED', 'server: missing bearer token', 'send Authorization: Bearer <token>')
 */
export class HttpError extends Error {
  readonly statusCode: number;
  readonly code: ErrorCode | HttpErrorCode;
  readonly hint: string | undefined;
  readonly issues: ErrorBody['issues'];

  constructor(
    statusCode: number,
    code: ErrorCode | HttpErrorCode,
    message: string,
    hint?: string,
    issues?: ErrorBody['issues'],
  ) {
    super(message);
    this.name = 'HttpError';
    this.statusCode = statusCode;
    this.code = code;
    this.hint = hint;
    this.issues = issues;
  }
}

const STATUS_BY_CODE: Record<ErrorCode, number> = {
  INVALID_INPUT: 400,
  NOT_FOUND: 404,
  STORE_UNAVAILABLE: 503,
  CYPHER_WRITE_REJECTED: 400,
  // The store gave up on a slow query; 504 tells the client the server itself is fine.
  CYPHER_TIMEOUT: 504,
  UNSUPPORTED: 501,
  READ_FAILED: 400,
  MODEL_MISSING: 503,
  MODEL_INVALID: 503,
  TAGGER_FAILED: 500,
};

/**
 * Status and body for any thrown value: HttpError and ShabakaError keep their code; fastify's own errors
 * (body too large, bad JSON, unsupported media type) are translated; anything else is a 500 that hides details.
 * @example toErrorResponse(new ShabakaError('NOT_FOUND', 'store: no entity x')) // { status: 404, body: {…} }
 */
export function toErrorResponse(err: unknown): { status: number; body: ErrorBody } {
  if (err instanceof HttpError) {
    return {
      status: err.statusCode,
      body: { error: err.message, code: err.code, hint: err.hint, ...(err.issues ? { issues: err.issues } : {}) },
    };
  }
  if (err instanceof ShabakaError) {
    // ShabakaError appends the hint to its message; send them apart so the viewer can style them.
    const message = err.hint ? err.message.replace(` (${err.hint})`, '') : err.message;
    return { status: STATUS_BY_CODE[err.code] ?? 500, body: { error: message, code: err.code, hint: err.hint } };
  }
  const fastifyError = err as { code?: unknown; statusCode?: unknown; message?: unknown };
  const status = typeof fastifyError.statusCode === 'number' ? fastifyError.statusCode : 500;
  if (status === 413) {
    return {
      status,
      body: {
        error: `server: request body too large (${String(fastifyError.message ?? '')})`,
        code: HttpErrorCode.PAYLOAD_TOO_LARGE,
        hint: 'JSON bodies are limited to 2 MB and uploads to 20 MB; split the input or use `shabaka ingest`',
      },
    };
  }
  if (status === 415) {
    return {
      status,
      body: {
        error: `server: unsupported content type`,
        code: HttpErrorCode.UNSUPPORTED_MEDIA_TYPE,
        hint: 'send application/json or multipart/form-data',
      },
    };
  }
  if (status >= 400 && status < 500) {
    return {
      status,
      body: {
        error: `server: bad request (${String(fastifyError.message ?? 'invalid request')})`,
        code: 'INVALID_INPUT',
        hint: 'check the request body and query against /openapi.json',
      },
    };
  }
  return {
    status: 500,
    body: { error: 'server: internal error', code: HttpErrorCode.INTERNAL, hint: 'see the server log for details' },
  };
}
