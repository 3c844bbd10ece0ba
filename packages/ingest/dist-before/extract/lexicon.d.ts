import type { EventType, Predicate } from '@shabaka/schema';
/**
 * A set of matchKeys built from natural spellings.
 * @example keySet(['الخارجية']).has('الخارجيه') // true
 */
export declare function keySet(words: readonly string[]): ReadonlySet<string>;
/** Role text of a counterpart phrase, replaced by the role of the person it mirrors. */
export declare const COUNTERPART = '\u0646\u0638\u064A\u0631';
/**
 * Role head nouns. `head` marks leaders (LEADS when the role belongs to an organisation).
 * Plural forms map to the singular written in the role text.
 */
export interface RoleNoun {
  singular: string;
  head: boolean;
}
export declare const ROLE_NOUNS: ReadonlyMap<string, RoleNoun>;
/** Words that may follow a role noun inside the role (construct state): الخارجية، المخابرات، الوزراء … */
export declare const ROLE_COMPLEMENTS_AR: ReadonlySet<string>;
/** English role phrases (lowercase), longest first; `head` as for Arabic. */
export declare const ROLES_EN: readonly {
  words: string[];
  role: string;
  head: boolean;
}[];
/** Event and relation triggers: the first key of `forms` (possibly multi-word) starts the trigger. */
export interface Trigger {
  forms: string[][];
  event: EventType | null;
  predicate: Predicate | null;
  /** Verbs take their subject before (English) or right after (Arabic VSO); nouns only take participants. */
  pos: 'verb' | 'noun';
  /** A verb in the future form (سيلتقي، will meet). */
  future?: boolean;
}
export declare const TRIGGERS_AR: readonly Trigger[];
export declare const TRIGGERS_EN: readonly Trigger[];
/** Negation cues (modality `negated`). */
export declare const NEGATION: ReadonlySet<string>;
/** Future cues (modality `future`). */
export declare const FUTURE: ReadonlySet<string>;
/** Reported-speech cues (modality `reported`): the source is unnamed or distanced. */
export declare const REPORTED: ReadonlySet<string>;
/** Generic heads that classify an organisation or place name and are not part of it. */
export declare const ORG_HEADS: ReadonlySet<string>;
export declare const PLACE_HEADS: ReadonlySet<string>;
/** Cues that introduce another name of the same person (kunya, nickname, alias). */
export declare const ALIAS_CUES: ReadonlySet<string>;
/** Heads of named state bodies and offices: مكتب المدعي العام في X، مديرية أمن X، وزارة الخارجية التركية. */
export declare const GOV_HEADS: ReadonlySet<string>;
/** Anaphors for "the country (of this article)". */
export declare const COUNTRY_ANAPHORS: ReadonlySet<string>;
/** Compass directions, for "مدينة X شمال غربي البلاد". */
export declare const DIRECTIONS: ReadonlySet<string>;
/** Prepositions that introduce a location. */
export declare const LOCATIVE: ReadonlySet<string>;
/** Words never starting or inside a person name found by the title rule (function words, verbs of saying…). */
export declare const NAME_STOP: ReadonlySet<string>;
/** Arabic and English month names → month number; Syriac (Levantine) names too. */
export declare const MONTHS: ReadonlyMap<string, number>;
/** Weekdays → JS day number (0 = Sunday). */
export declare const WEEKDAYS: ReadonlyMap<string, number>;
//# sourceMappingURL=lexicon.d.ts.map
