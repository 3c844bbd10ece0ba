// Entity references of an ExtractionResult that the result itself does not define: a store must find them
// already stored, or refuse the upsert (a relationship to nowhere would otherwise vanish or dangle).
import { ShabakaError } from './errors.js';
import type { ExtractionResult } from './extraction.js';

/** Where a reference comes from, for the error message: `relations[3].object`, `events[0].participants[1]`. */
export type EntityReference = { id: string; field: string };

/**
 * Entity ids that relations (subject, object) and events (participants, location) use but `result.entities`
 * does not define, each with the first field that uses it.
 * @example externalReferences({ entities: [], relations: [{ subject: 'per_a', … }], … })[0] // { id: 'per_a', field: 'relations[0].subject' }
 */
export function externalReferences(result: ExtractionResult): EntityReference[] {
  const defined = new Set(result.entities.map((e) => e.id));
  const found = new Map<string, string>();
  const note = (id: string, field: string): void => {
    if (!defined.has(id) && !found.has(id)) found.set(id, field);
  };
  result.relations.forEach((r, i) => {
    note(r.subject, `relations[${i}].subject`);
    note(r.object, `relations[${i}].object`);
  });
  result.events.forEach((e, i) => {
    e.participants.forEach((p, j) => note(p, `events[${i}].participants[${j}]`));
    if (e.location) note(e.location, `events[${i}].location`);
  });
  return [...found].map(([id, field]) => ({ id, field }));
}

/**
 * The error a store throws, before writing anything, when references are neither in the result nor stored.
 * @example throw unknownEntitiesError('store-sqlite', [{ id: 'per_x', field: 'relations[0].object' }])
 */
export function unknownEntitiesError(store: string, missing: readonly EntityReference[]): ShabakaError {
  const shown = missing.slice(0, 5).map((m) => `${m.field} = ${JSON.stringify(m.id)}`);
  const more = missing.length > shown.length ? ` and ${missing.length - shown.length} more` : '';
  return new ShabakaError(
    'INVALID_INPUT',
    `${store}: upsert refused, ${missing.length} entity id(s) are neither in the result nor stored: ${shown.join(', ')}${more}`,
    { hint: 'include those entities in the result (nothing of this upsert was written)' },
  );
}
