import type { Event, Relation } from '@shabaka/schema';
import type { FactsInput } from './fact-context.js';
export type { FactsInput } from './fact-context.js';
/**
 * All relations and events of one document.
 * @example extractFacts(input).events.filter((e) => e.type === 'MEETING')
 */
export declare function extractFacts(input: FactsInput): {
  relations: Relation[];
  events: Event[];
};
//# sourceMappingURL=facts.d.ts.map
