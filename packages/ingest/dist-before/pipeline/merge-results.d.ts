import type { ExtractionResult } from '@shabaka/schema';
/**
 * Concatenates results; an entity found in several documents becomes one entity with all aliases
 * and mentions, so a batch never carries the same id twice.
 * @example mergeResults([a, b]).documents.length // a.documents.length + b.documents.length
 */
export declare function mergeResults(results: readonly ExtractionResult[]): ExtractionResult;
//# sourceMappingURL=merge-results.d.ts.map
