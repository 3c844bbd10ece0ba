// The extraction function the ingest route calls: `extract` from @shabaka/ingest unless one is injected.
import type { ExtractOptions } from '@shabaka/ingest';
import type { Document, ExtractionResult } from '@shabaka/schema';

/** Document or text in, entities/relations/events out: synchronous and pure CPU, like `extract()` of @shabaka/ingest. */
export type ExtractFn = (input: Document | string, options?: ExtractOptions) => ExtractionResult;
