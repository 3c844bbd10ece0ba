// parseInput: validates a value at a package boundary and turns a zod failure into a ShabakaError.
import type { z } from 'zod';
import { ShabakaError } from './errors.js';

/**
 * Parses `value` (undefined counts as `{}`) with `schema`; on failure throws `INVALID_INPUT` naming the origin,
 * the field and the reason, so callers never see a raw ZodError.
 * @example const { limit } = parseInput(OverviewOptions, options, 'store-sqlite: overview options');
 */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, origin: string): z.output<S> {
  const parsed = schema.safeParse(value ?? {});
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = issue?.path.length ? issue.path.join('.') : '(root)';
  throw new ShabakaError('INVALID_INPUT', `${origin}: field ${field}: ${issue?.message ?? 'invalid'}`, {
    hint: 'see the schemas in @shabaka/schema',
  });
}
