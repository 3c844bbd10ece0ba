import type { Sentence } from '@shabaka/schema';
import type { Cluster } from './coref.js';
import type { Tok } from './doc-tokens.js';
import type { Mention } from './mention.js';
/** Receives one LOCATED_IN finding. */
export type AddPlace = (
  subject: Mention,
  object: Mention,
  s: Sentence,
  span: [number, number],
  confidence: number,
) => void;
/**
 * Finds LOCATED_IN relations stated by the text and passes them to `add`.
 * @example placeRelations({ toks, sentences, mentions, clusters, backgroundFacts: false }, add)
 */
export declare function placeRelations(
  input: {
    toks: readonly Tok[];
    sentences: readonly Sentence[];
    mentions: readonly Mention[];
    clusters: readonly Cluster[];
    backgroundFacts: boolean;
  },
  add: AddPlace,
): void;
//# sourceMappingURL=places.d.ts.map
