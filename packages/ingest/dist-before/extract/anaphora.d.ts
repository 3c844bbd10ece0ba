import type { Cluster } from './coref.js';
import type { Kb } from './kb.js';
import type { Tok } from './doc-tokens.js';
import type { Mention } from './mention.js';
import type { RoleBinding, RolePhrase } from './roles.js';
export interface AnaphoraInput {
  toks: readonly Tok[];
  text: string;
  clusters: Cluster[];
  mentions: readonly Mention[];
  phrases: readonly RolePhrase[];
  bindings: readonly RoleBinding[];
  kb: Kb;
  lang: 'ar' | 'en';
}
/**
 * The country the article is about: the linked country mentioned most (names and adjectives).
 * @example mainCountry(clusters)?.target?.iso // 'TR'
 */
export declare function mainCountry(clusters: readonly Cluster[]): Cluster | undefined;
/**
 * Binds anaphors to clusters and returns the new mentions (already added to their clusters).
 * @example resolveAnaphors({ toks, text, clusters, mentions, phrases, bindings, kb, lang: 'ar' })
 */
export declare function resolveAnaphors(input: AnaphoraInput): Mention[];
//# sourceMappingURL=anaphora.d.ts.map
