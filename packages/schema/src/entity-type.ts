// Entity types, languages and the tagger's mention: the vocabulary every stage shares.
import { z } from 'zod';

/** The three entity types Shabaka emits (MISC is never emitted). */
export const EntityType = z.enum(['PERSON', 'ORGANIZATION', 'LOCATION']);
export type EntityType = z.infer<typeof EntityType>;

/** Document languages the pipeline knows; `und` when detection is unsure. */
export const Lang = z.enum(['ar', 'en', 'und']);
export type Lang = z.infer<typeof Lang>;

/** Which stage of the NER decision order produced a mention. */
export const MentionSource = z.enum(['model', 'rule', 'gazetteer']);
export type MentionSource = z.infer<typeof MentionSource>;

/**
 * A typed span found by the tagger, with character offsets into the ORIGINAL text.
 * @example TaggedMention.parse({ text: 'أنقرة', type: 'LOCATION', start: 10, end: 15, confidence: 0.97, source: 'model' })
 */
export const TaggedMention = z.object({
  text: z.string(),
  type: EntityType,
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  confidence: z.number().min(0).max(1),
  source: MentionSource,
});
export type TaggedMention = z.infer<typeof TaggedMention>;
