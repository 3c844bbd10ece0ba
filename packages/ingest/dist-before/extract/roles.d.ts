import type { Tok } from './doc-tokens.js';
import type { Mention } from './mention.js';
/** A role phrase found in the text, with the country or organisation it names (if any). */
export interface RolePhrase {
  /** Token range of the role words (nationality included). */
  t0: number;
  t1: number;
  /** Normalised role text: singular, nationality dropped (وزير الخارجية, الرئيس, foreign minister). */
  role: string;
  head: boolean;
  plural: boolean;
  /** The country (name or adjective) or organisation the role belongs to. */
  owner?: Mention | undefined;
  sent: number;
}
/** Mentions indexed by their first token. */
export type MentionIndex = ReadonlyMap<number, Mention>;
/**
 * Finds role phrases over tokens, given the mentions found so far (indexed by first token).
 * @example scanRoles(toks, index, 'ar') // [{ role: 'وزير الخارجية', owner: <التركي>, … }]
 */
export declare function scanRoles(toks: readonly Tok[], at: MentionIndex, lang: 'ar' | 'en'): RolePhrase[];
/** A person bound to a role phrase, with the country/organisation mention it belongs to. */
export interface RoleBinding {
  person: Mention;
  phrase: RolePhrase;
  owner?: Mention | undefined;
  /** Token range of the whole construction (for the evidence span). */
  t0: number;
  t1: number;
}
/**
 * Binds role phrases to the person they name: the name right after the phrase (a comma may sit
 * between), pairs "COUNTRY NAME" after a plural role, or an apposition "NAME، ROLE".
 * @example bindRoles(toks, index, phrases) // [{ person: <X>, phrase: <وزير الخارجية>, owner: <تركيا> }]
 */
export declare function bindRoles(
  toks: readonly Tok[],
  at: MentionIndex,
  phrases: readonly RolePhrase[],
): RoleBinding[];
//# sourceMappingURL=roles.d.ts.map
