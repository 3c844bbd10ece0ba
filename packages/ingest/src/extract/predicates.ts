// One row per predicate: argument types, symmetry, role handling, whether it takes a date. The learned layer's class list and
// its type filter, the trainer's labels and the rules all read this table.
import type { EntityType, Predicate } from '@shabaka/schema';

export interface PredicateRow {
  /** Entity types the subject may have. */
  subject: readonly EntityType[];
  /** Entity types the object may have. */
  object: readonly EntityType[];
  /** Unordered (MET, SPOKE_WITH, SIGNED_AGREEMENT_WITH): one class, no direction. */
  symmetric: boolean;
  /** The relation carries a role text, taken from the rules' role binding of the subject. */
  role: boolean;
  /** It happens on a day, so it takes the date its sentence states; roles, membership, place and stance hold over time. */
  dated: boolean;
  /** What the subject and object are, for the README and the annotators' guide. */
  gloss: string;
}

const P: EntityType = 'PERSON';
const O: EntityType = 'ORGANIZATION';
const L: EntityType = 'LOCATION';
const ACTORS = [P, O, L] as const;

/** The predicate table. Adding a predicate: one row here, its triggers in lexicon.ts, annotated examples in the gold. */
export const PREDICATES: Readonly<Record<Predicate, PredicateRow>> = {
  MET: { subject: [P], object: [P, O], symmetric: true, role: false, dated: true, gloss: 'two people met' },
  SPOKE_WITH: {
    subject: [P],
    object: [P],
    symmetric: true,
    role: false,
    dated: true,
    gloss: 'two people spoke (a call)',
  },
  HOLDS_ROLE: {
    subject: [P],
    object: [L, O],
    symmetric: false,
    role: true,
    dated: false,
    gloss: 'person → country/body of the role',
  },
  MEMBER_OF: {
    subject: [P, O, L],
    object: [O],
    symmetric: false,
    role: false,
    dated: false,
    gloss: 'member → organisation',
  },
  LEADS: { subject: [P, L], object: [O], symmetric: false, role: false, dated: false, gloss: 'head → organisation' },
  LOCATED_IN: {
    subject: [P, O, L],
    object: [L],
    symmetric: false,
    role: false,
    dated: false,
    gloss: 'thing → place it is in',
  },
  ATTENDED: {
    subject: [P, L],
    object: [O],
    symmetric: false,
    role: false,
    dated: true,
    gloss: 'person → meeting body',
  },
  ARRESTED: {
    subject: [P, O],
    object: [P, O],
    symmetric: false,
    role: false,
    dated: true,
    gloss: 'arresting force → arrested',
  },
  ATTACKED: { subject: ACTORS, object: ACTORS, symmetric: false, role: false, dated: true, gloss: 'attacker → target' },
  ACCUSED: { subject: ACTORS, object: ACTORS, symmetric: false, role: false, dated: true, gloss: 'accuser → accused' },
  SAID_ABOUT: {
    subject: ACTORS,
    object: ACTORS,
    symmetric: false,
    role: false,
    dated: true,
    gloss: 'speaker → what was spoken of',
  },
  VISITED: { subject: [P, O], object: [L, O], symmetric: false, role: false, dated: true, gloss: 'visitor → place' },
  SIGNED_AGREEMENT_WITH: {
    subject: ACTORS,
    object: ACTORS,
    symmetric: true,
    role: false,
    dated: true,
    gloss: 'two parties signed',
  },
  SUPPORTS: {
    subject: ACTORS,
    object: ACTORS,
    symmetric: false,
    role: false,
    dated: false,
    gloss: 'supporter → supported',
  },
  OPPOSES: {
    subject: ACTORS,
    object: ACTORS,
    symmetric: false,
    role: false,
    dated: false,
    gloss: 'opponent → opposed',
  },
};

/**
 * The classifier's classes: `P` for a symmetric predicate, else `P:f` (subject first in the text) and `P:r`.
 * @example relationClasses().includes('HOLDS_ROLE:f') // true
 */
export function relationClasses(): string[] {
  return (Object.keys(PREDICATES) as Predicate[]).flatMap((p) =>
    PREDICATES[p].symmetric ? [p] : [`${p}:f`, `${p}:r`],
  );
}
