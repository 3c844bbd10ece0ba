import type { EntitySubtype, EntityType } from '@shabaka/schema';
import type { LinkTarget } from './kb.js';
import type { Mention } from './mention.js';
import type { Tok } from './doc-tokens.js';
/** One entity of the document: its mentions and (when linked) its knowledge-base target. */
export interface Cluster {
  index: number;
  key: string;
  type: EntityType;
  target?: LinkTarget | undefined;
  mentions: Mention[];
  /** Role texts bound to this person in the document (for role anaphors). */
  roles: {
    role: string;
    owner?: number | undefined;
  }[];
  /** The organisation was introduced with a classifier head (تنظيم، حزب …). */
  heads: Set<string>;
}
/**
 * Marks a person mention introduced as another name of the person just before it
 * ("X، المكني «أبو محمد»", "X, known as Y").
 * @example linkAliases(toks, mentions)
 */
export declare function linkAliases(toks: readonly Tok[], mentions: readonly Mention[]): void;
/**
 * Groups mentions into clusters (entities) and sets `mention.entity`.
 * @example clusterMentions(mentions).map((c) => c.key)
 */
export declare function clusterMentions(mentions: readonly Mention[]): Cluster[];
/**
 * Subtype of a cluster, from the KB or from the head noun that introduced it.
 * @example subtypeOf(cluster) // 'POLITICAL_PARTY' for حزب «X»
 */
export declare function subtypeOf(c: Cluster): EntitySubtype | undefined;
//# sourceMappingURL=coref.d.ts.map
