// The tagger's output mention, apart from tagger.ts so the rules it applies can build mentions without an import cycle.
import type { EntityType, MentionSource } from '@shabaka/schema';

/** A mention over tokens [start, end). */
export interface TokenMention {
  start: number;
  end: number;
  type: EntityType;
  confidence: number;
  source: MentionSource;
}
