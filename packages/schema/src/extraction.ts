// Entities, relations, events and their evidence: what extraction produces for one or more documents.
import { z } from 'zod';
import { Document, Sentence } from './document.js';
import { EntityType } from './entity-type.js';
import { EntitySubtype, EventType, Modality, Predicate } from './vocabulary.js';

/** Where an entity is mentioned: document id and character span in its text. */
export const MentionRef = z.object({
  doc: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type MentionRef = z.infer<typeof MentionRef>;

/**
 * The proof of a relation or event: the sentence and the character span (in the document text)
 * of the words that express it.
 */
export const Evidence = z.object({
  doc: z.string().min(1),
  sentence: z.string(),
  sentenceIndex: z.number().int().nonnegative().optional(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  extractor: z.string().default('shabaka'),
  confidence: z.number().min(0).max(1).default(1),
});
export type Evidence = z.infer<typeof Evidence>;

/** One real-world person, organisation or place, merged across mentions and documents. */
export const Entity = z.object({
  id: z.string().min(1),
  type: EntityType,
  subtype: EntitySubtype.optional(),
  name: z.string().min(1),
  nameEn: z.string().min(1),
  aliases: z.array(z.string()).default([]),
  wikidata: z
    .string()
    .regex(/^Q\d+$/)
    .optional(),
  iso: z.string().optional(),
  /** WGS84 coordinates of a place linked to the gazetteer (a city's own, a country's representative point). */
  lat: z.number().min(-90).max(90).optional(),
  lon: z.number().min(-180).max(180).optional(),
  mentions: z.array(MentionRef).default([]),
});
export type Entity = z.infer<typeof Entity>;
export type EntityInput = z.input<typeof Entity>;

/** A binary relation; `role` is the role text for HOLDS_ROLE, otherwise null. */
export const Relation = z.object({
  subject: z.string().min(1),
  predicate: Predicate,
  object: z.string().min(1),
  role: z.string().nullable().default(null),
  /**
   * English label of the role (`foreign minister` for وزير الخارجية): with subject and object it identifies the
   * HOLDS_ROLE edge, so an Arabic and an English statement of one role are one edge carrying both labels.
   */
  roleEn: z.string().nullable().default(null),
  modality: Modality.default('asserted'),
  evidence: Evidence,
  confidence: z.number().min(0).max(1),
  /** When the evidence sentence dates a happening (MET, ARRESTED …): ISO as in `Event.date`, and the text. */
  date: z.string().nullable().optional(),
  dateText: z.string().nullable().optional(),
});
export type Relation = z.infer<typeof Relation>;
export type RelationInput = z.input<typeof Relation>;

/** An n-ary event: all participants of one meeting, arrest or attack in one node. */
export const Event = z.object({
  id: z.string().min(1),
  type: EventType,
  participants: z.array(z.string().min(1)),
  location: z.string().nullable().default(null),
  /** ISO date (YYYY-MM-DD, or YYYY-MM / YYYY when only that is known). */
  date: z.string().nullable().default(null),
  dateText: z.string().nullable().default(null),
  modality: Modality.default('asserted'),
  evidence: Evidence,
  confidence: z.number().min(0).max(1),
});
export type Event = z.infer<typeof Event>;
export type EventInput = z.input<typeof Event>;

/** Everything extracted from a batch of documents: the unit a GraphStore upserts. */
export const ExtractionResult = z.object({
  documents: z.array(Document).default([]),
  sentences: z.array(Sentence).default([]),
  entities: z.array(Entity).default([]),
  relations: z.array(Relation).default([]),
  events: z.array(Event).default([]),
});
export type ExtractionResult = z.infer<typeof ExtractionResult>;
export type ExtractionResultInput = z.input<typeof ExtractionResult>;
