// Zod validation at the HTTP boundary: a failed parse becomes a 400 with every issue listed.
import type { z } from 'zod';
import { HttpError } from './errors.js';

/**
 * Parses `value` with `schema`, or throws a 400 HttpError naming each failing field.
 * @example const options = parseOr400(OverviewOptions, request.query, 'query')
 */
export function parseOr400<S extends z.ZodType>(schema: S, value: unknown, where: string): z.output<S> {
  const parsed = schema.safeParse(value ?? {});
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((issue) => ({
    path: issue.path.map(String).join('.') || '(root)',
    message: issue.message,
  }));
  const first = issues[0];
  throw new HttpError(
    400,
    'INVALID_INPUT',
    `server: invalid ${where}${first ? `: ${first.path}: ${first.message}` : ''}`,
    'see /openapi.json for the accepted parameters',
    issues,
  );
}
