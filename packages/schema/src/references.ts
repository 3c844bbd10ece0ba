// Entity references of an ExtractionResult that the result itself does not define: a store must find them
// already stored, or refuse the upsert (a relationship to nowhere would otherwise vanish or dangle).
import { ShabakaError } from './errors.js';
import type { ExtractionResult } from './extraction.js';

type Field = 'subject' | 'object' | 'participants' | 'location';

/** The path of a reference in the result, for error messages: `relations[3].object`, `events[0].participants[1]`. */
function fieldPath(field: Field, i: number, j: number): string {
  if (field === 'subject' || field === 'object') return `relations[${i}].${field}`;
  return field === 'location' ? `events[${i}].location` : `events[${i}].participants[${j}]`;
}

/** Visits every entity id a relation (subject, object) or event (participants, location) uses; allocates nothing. */
function forEachReference(
  result: ExtractionResult,
  visit: (id: string, field: Field, i: number, j: number) => void,
): void {
  result.relations.forEach((r, i) => {
    visit(r.subject, 'subject', i, 0);
    visit(r.object, 'object', i, 0);
  });
  result.events.forEach((e, i) => {
    e.participants.forEach((p, j) => visit(p, 'participants', i, j));
    if (e.location) visit(e.location, 'location', i, 0);
  });
}

/**
 * Entity ids that relations and events use but `result.entities` does not define, each once, in order of
 * first use. Field paths are left for the error: building one per reference cost 0.2 s per 100k relations.
 * @example externalEntityIds({ entities: [], relations: [{ subject: 'per_a', … }], … }) // ['per_a', …]
 */
export function externalEntityIds(result: ExtractionResult): string[] {
  const defined = new Set(result.entities.map((e) => e.id));
  const found = new Set<string>();
  forEachReference(result, (id) => {
    if (!defined.has(id)) found.add(id);
  });
  return [...found];
}

/**
 * The error a store throws, before writing anything, when referenced ids are neither in the result nor
 * stored; it names the first field that uses each of the first five.
 * @example throw unknownEntitiesError('store-sqlite', result, new Set(['per_x']))
 */
export function unknownEntitiesError(
  store: string,
  result: ExtractionResult,
  missing: ReadonlySet<string>,
): ShabakaError {
  const shown = new Map<string, string>();
  forEachReference(result, (id, field, i, j) => {
    if (shown.size < 5 && missing.has(id) && !shown.has(id)) shown.set(id, fieldPath(field, i, j));
  });
  const named = [...shown].map(([id, field]) => `${field} = ${JSON.stringify(id)}`);
  const more = missing.size > named.length ? ` and ${missing.size - named.length} more` : '';
  return new ShabakaError(
    'INVALID_INPUT',
    `${store}: upsert refused, ${missing.size} entity id(s) are neither in the result nor stored: ${named.join(', ')}${more}`,
    { hint: 'include those entities in the result (nothing of this upsert was written)' },
  );
}
