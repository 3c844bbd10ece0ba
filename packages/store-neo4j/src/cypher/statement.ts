// The shape every Cypher builder returns, and the only way labels and relationship types enter a query.
import { EntityType, Predicate, ShabakaError } from '@shabaka/schema';

/** A parameterised Cypher statement: values always travel in `params`, never in the text. */
export interface Statement {
  readonly cypher: string;
  readonly params: Record<string, unknown>;
}

/** Graph label of each entity type (DESIGN.md graph model). */
export const ENTITY_LABEL: Readonly<Record<EntityType, string>> = {
  PERSON: 'Person',
  ORGANIZATION: 'Organization',
  LOCATION: 'Location',
};

/** Every entity→entity relationship type, in vocabulary order. */
export const ALL_PREDICATES: readonly Predicate[] = Predicate.options;

/**
 * The label for an entity type, validated against the closed vocabulary so that nothing from
 * the outside is ever spliced into Cypher text.
 * @example entityLabel('PERSON') // 'Person'
 */
export function entityLabel(type: string): string {
  const parsed = EntityType.safeParse(type);
  if (!parsed.success) {
    throw new ShabakaError('INVALID_INPUT', `store-neo4j: unknown entity type ${JSON.stringify(type)}`, {
      hint: `expected one of ${EntityType.options.join(', ')}`,
    });
  }
  return ENTITY_LABEL[parsed.data];
}

/**
 * A relationship-type alternation (`MET|SPOKE_WITH`) from validated predicates; all predicates
 * when none are given.
 * @example predicateAlternation(['MET', 'VISITED']) // 'MET|VISITED'
 */
export function predicateAlternation(predicates?: readonly string[]): string {
  const chosen = predicates && predicates.length > 0 ? predicates : ALL_PREDICATES;
  return [...new Set(chosen.map(validPredicate))].join('|');
}

/**
 * A predicate checked against the vocabulary.
 * @example validPredicate('MET') // 'MET'
 */
export function validPredicate(predicate: string): Predicate {
  const parsed = Predicate.safeParse(predicate);
  if (!parsed.success) {
    throw new ShabakaError('INVALID_INPUT', `store-neo4j: unknown predicate ${JSON.stringify(predicate)}`, {
      hint: `expected one of ${Predicate.options.join(', ')}`,
    });
  }
  return parsed.data;
}
