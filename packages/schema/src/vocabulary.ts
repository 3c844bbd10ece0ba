// Relation predicates, event types and modality: the closed vocabularies of the graph.
import { z } from 'zod';

/** Binary entity→entity predicates (DESIGN.md "Relations"). */
export const Predicate = z.enum([
  'MET',
  'SPOKE_WITH',
  'HOLDS_ROLE',
  'MEMBER_OF',
  'LEADS',
  'LOCATED_IN',
  'ATTENDED',
  'VISITED',
  'ARRESTED',
  'ATTACKED',
  'ACCUSED',
  'SAID_ABOUT',
  'SUPPORTS',
  'OPPOSES',
  'SIGNED_AGREEMENT_WITH',
]);
export type Predicate = z.infer<typeof Predicate>;

/** Predicates whose direction carries no meaning: stores keep one canonical direction. */
export const SYMMETRIC_PREDICATES: ReadonlySet<Predicate> = new Set([
  'MET',
  'SPOKE_WITH',
  'SIGNED_AGREEMENT_WITH',
] as const);

/** N-ary event types. */
export const EventType = z.enum(['MEETING', 'CALL', 'ARREST', 'ATTACK', 'VISIT', 'NEGOTIATION', 'STATEMENT']);
export type EventType = z.infer<typeof EventType>;

/** The modalities, strongest first: what an edge with evidence of several modalities is shown as. */
export const MODALITIES = ['asserted', 'reported', 'planned', 'negated'] as const;

/**
 * Whether the text asserts that something happened: `asserted`; `reported` (hearsay: "reportedly",
 * "according to", بحسب، مصادر); `planned` (future, scheduled or conditional: "will meet", سيجري، إذا);
 * `negated` (denied or did not happen: "denied meeting", نفى، لم يلتق). Only `asserted` facts are drawn
 * as plain edges; the others are kept so analysts can see plans, claims and denials for what they are.
 */
export const Modality = z.enum(MODALITIES);
export type Modality = z.infer<typeof Modality>;

/**
 * The rank of a modality held in `expr` (0 = asserted, the strongest), as a CASE expression that SQL
 * and Cypher read alike: stores keep an edge's strongest modality with it, in the query that adds evidence.
 * @example modalityRankExpression('r.modality') // "CASE r.modality WHEN 'asserted' THEN 0 … ELSE 3 END"
 */
export function modalityRankExpression(expr: string): string {
  const ranks = MODALITIES.map((m, i) => `WHEN '${m}' THEN ${i}`).join(' ');
  return `CASE ${expr} ${ranks} WHEN 'future' THEN ${MODALITIES.indexOf('planned')} ELSE ${MODALITIES.length - 1} END`;
}

/**
 * A modality read back from a store, or undefined: `future`, the earlier name of `planned`, is still
 * read from graphs written before the rename.
 * @example storedModality('future') // 'planned'
 */
export function storedModality(value: unknown): Modality | undefined {
  const parsed = Modality.safeParse(value === 'future' ? 'planned' : value);
  return parsed.success ? parsed.data : undefined;
}

/**
 * The stronger of two modalities: a relation asserted once is asserted, whatever else was said of it.
 * @example strongerModality('negated', 'reported') // 'reported'
 */
export function strongerModality(a: Modality, b: Modality): Modality {
  return MODALITIES.indexOf(a) <= MODALITIES.indexOf(b) ? a : b;
}

/** Finer kinds of entity, where linking knows them. */
export const EntitySubtype = z.enum([
  'COUNTRY',
  'CITY',
  'REGION',
  'GOVERNMENT_BODY',
  'ARMED_GROUP',
  'POLITICAL_PARTY',
  'MEDIA',
  'COMPANY',
  'INTERNATIONAL_ORG',
  'SECURITY_FORCE',
  'OTHER',
]);
export type EntitySubtype = z.infer<typeof EntitySubtype>;
