import type { EntitySubtype, EntityType } from '@shabaka/schema';
/** What a surface form links to. `key` is the canonical key passed to `entityId`. */
export interface LinkTarget {
  key: string;
  kind: 'country' | 'city' | 'region' | 'person' | 'org';
  type: EntityType;
  subtype?: EntitySubtype | undefined;
  nameEn: string;
  nameAr?: string | undefined;
  wikidata?: string | undefined;
  iso?: string | undefined;
  /** ISO code of the country a city, person or organisation belongs to. */
  country?: string | undefined;
  /** English role key of a known office holder ('president', 'foreign minister', …). */
  role?: string | undefined;
  /** Rank among same-named targets (population for cities). */
  weight: number;
}
/**
 * How a phrase names its target. `short` names need the full name earlier in the document; `admin`
 * (provincial seats) need their country in the document; `weak` (small places) need a place head before them.
 */
export type PhraseKind = 'name' | 'demonym' | 'short' | 'weak' | 'admin';
export interface PhraseEntry {
  /** matchKeys of the tokens after the first. */
  rest: readonly string[];
  target: LinkTarget;
  kind: PhraseKind;
  /** Latin acronyms must match case too ('WHO' is not 'who'). */
  exact?: string | undefined;
  /** Another reading of the same words (عمان: Oman the country, Amman the city). */
  alt?: LinkTarget | undefined;
  /** Every spelling starts with ال (العراق، الكاميرون): a bare كاميرون is a surname, not the country. */
  article: boolean;
}
export interface Kb {
  /** First-token key (article stripped) → phrases starting with it. */
  readonly phrases: ReadonlyMap<string, readonly PhraseEntry[]>;
  readonly maxPhraseLength: number;
  /** Whole-phrase key (article stripped) → best target, for NER mentions. */
  lookup(surface: string):
    | {
        target: LinkTarget;
        kind: PhraseKind;
      }
    | undefined;
  /** Country by ISO code. */
  country(iso: string): LinkTarget | undefined;
  /** Arabic word (matchKey) → Latin spelling, from ANETAC. */
  readonly translit: ReadonlyMap<string, string>;
  /** Arabic person-name words (ANERGazet), matchKeys. */
  readonly nameWords: ReadonlySet<string>;
  /** First tokens known to the KB (for the clitic splitter's `isKnown`). */
  readonly known: ReadonlySet<string>;
  /** `known.has` as a stable function (the tokeniser caches per function). */
  readonly isKnown: (key: string) => boolean;
}
/**
 * The knowledge base, loaded once per process from packages/ingest/kb.
 * @example loadKb().country('TR')?.nameEn // 'Turkey'
 */
export declare function loadKb(): Kb;
//# sourceMappingURL=kb.d.ts.map
