// Zod schemas of the server answers that @shabaka/schema does not hold (they belong to the HTTP boundary).
import { GraphData, UpsertSummary } from '@shabaka/schema';
import { z } from 'zod';

export const HealthResponse = z.object({
  ok: z.literal(true),
  store: z.enum(['sqlite', 'neo4j']),
  cypher: z.boolean(),
  version: z.string(),
});
export type HealthResponse = z.infer<typeof HealthResponse>;

export const CommunitiesResponse = z.object({
  communities: z.record(z.string(), z.number().int()),
  count: z.number().int(),
  modularity: z.number(),
});
export type CommunitiesResponse = z.infer<typeof CommunitiesResponse>;

export const IngestResponse = z.object({
  documents: z.number().int(),
  entities: z.number().int(),
  relations: z.number().int(),
  events: z.number().int(),
  documentIds: z.array(z.string()).optional(),
  summary: UpsertSummary.optional(),
  added: GraphData,
});
export type IngestResponse = z.infer<typeof IngestResponse>;

/** The body of every error answer of the server. */
export const ErrorBody = z.object({ error: z.string(), code: z.string(), hint: z.string().optional() });
