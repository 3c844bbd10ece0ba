// Zod schemas for every command's flags: commander parses the words, zod checks the values.
import { ShabakaError } from '@shabaka/schema';
import { z } from 'zod';

const count = z.coerce.number().int().min(0).max(256);
const list = z.array(z.string().min(1)).default([]);

export const IngestFlags = z.object({
  store: z.string().optional(),
  lang: z.enum(['auto', 'ar', 'en']).default('auto'),
  workers: count.optional(),
  map: z.string().optional(),
  glob: list,
  ignore: list,
  errors: z.string().optional(),
  batchSize: z.coerce.number().int().min(1).max(10_000).default(32),
  force: z.boolean().default(false),
  progress: z.boolean().default(true),
});
export type IngestFlags = z.infer<typeof IngestFlags>;

export const ExtractFlags = z.object({
  format: z.literal('jsonl').default('jsonl'),
  out: z.string().optional(),
  lang: z.enum(['auto', 'ar', 'en']).default('auto'),
  map: z.string().optional(),
});
export type ExtractFlags = z.infer<typeof ExtractFlags>;

export const ExportFlags = z.object({
  store: z.string().optional(),
  format: z.enum(['gexf', 'graphml', 'jsonl', 'csv']),
  out: z.string().optional(),
});
export type ExportFlags = z.infer<typeof ExportFlags>;

export const StatsFlags = z.object({ store: z.string().optional(), json: z.boolean().default(false) });
export type StatsFlags = z.infer<typeof StatsFlags>;

export const QueryFlags = z.object({
  store: z.string().optional(),
  json: z.boolean().default(false),
  param: z.array(z.string()).default([]),
});
export type QueryFlags = z.infer<typeof QueryFlags>;

export const ServeFlags = z.object({
  store: z.string().optional(),
  host: z.string().min(1).default('127.0.0.1'),
  port: z.coerce.number().int().min(0).max(65_535).default(5178),
  token: z.string().min(1).optional(),
  viewerDir: z.string().optional(),
});
export type ServeFlags = z.infer<typeof ServeFlags>;

/**
 * Validates flags, turning the first zod issue into a message naming the flag.
 * @example parseFlags(StatsFlags, { json: true }, 'stats') // { json: true }
 */
export function parseFlags<T extends z.ZodType>(schema: T, raw: unknown, command: string): z.infer<T> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const flag = String(issue?.path[0] ?? '').replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
  throw new ShabakaError('INVALID_INPUT', `${command}: --${flag}: ${issue?.message}`, {
    hint: `see shabaka ${command} --help`,
  });
}
