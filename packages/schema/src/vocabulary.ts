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

/**
 * Whether the text asserts that something happened. Only `asserted` facts are drawn as plain edges;
 * the others are kept so analysts can see denials, plans and claims for what they are.
 */
export const Modality = z.enum(['asserted', 'negated', 'future', 'reported']);
export type Modality = z.infer<typeof Modality>;

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
