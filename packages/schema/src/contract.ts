// The extraction JSONL contract (`shabaka extract --format jsonl`): what evaluation tools read.
// Bump JSONL_CONTRACT_VERSION on any incompatible change.
import { z } from 'zod';
import { Lang } from './entity-type.js';
import { Entity, Event, Evidence, Relation } from './extraction.js';
import type { ExtractionResult } from './extraction.js';

export const JSONL_CONTRACT_VERSION = 1;

const EvidenceLine = Evidence.pick({ doc: true, sentence: true, start: true, end: true }).extend({
  extractor: z.string().optional(),
  confidence: z.number().optional(),
});

export const DocumentLine = z.object({
  kind: z.literal('document'),
  id: z.string(),
  title: z.string(),
  lang: Lang,
  source: z.string().nullable(),
  url: z.string().nullable().optional(),
  publishedAt: z.string().nullable().optional(),
  docKind: z.enum(['article', 'teaser']).optional(),
  contractVersion: z.number().int().optional(),
});
export const EntityLine = Entity.extend({ kind: z.literal('entity') });
export const RelationLine = Relation.extend({ kind: z.literal('relation'), evidence: EvidenceLine });
export const EventLine = Event.extend({ kind: z.literal('event'), evidence: EvidenceLine });

/** One line of the contract. Every id a line references is defined by an earlier line. */
export const ContractLine = z.discriminatedUnion('kind', [DocumentLine, EntityLine, RelationLine, EventLine]);
export type ContractLine = z.infer<typeof ContractLine>;

/**
 * The lines of a result in contract order: documents, entities, relations, events.
 * @example toContractLines(result).map((l) => JSON.stringify(l)).join('\n')
 */
export function toContractLines(result: ExtractionResult): ContractLine[] {
  return [
    ...result.documents.map((d) => ({
      kind: 'document' as const,
      id: d.id,
      title: d.title,
      lang: d.lang,
      source: d.source ?? null,
      url: d.url ?? null,
      publishedAt: d.publishedAt ?? null,
      docKind: d.kind,
      contractVersion: JSONL_CONTRACT_VERSION,
    })),
    ...result.entities.map((e) => ({ kind: 'entity' as const, ...e })),
    ...result.relations.map((r) => ({ kind: 'relation' as const, ...r })),
    ...result.events.map((e) => ({ kind: 'event' as const, ...e })),
  ];
}

/**
 * Parses one JSONL line, with an error naming the line number and the failing field.
 * @example parseContractLine('{"kind":"document",…}', 1)
 */
export function parseContractLine(line: string, lineNumber: number): ContractLine {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch (cause) {
    throw new Error(`contract: line ${lineNumber}: not JSON (${(cause as Error).message})`);
  }
  const parsed = ContractLine.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`contract: line ${lineNumber}: field ${issue?.path.join('.') || '(root)'}: ${issue?.message}`);
  }
  return parsed.data;
}
