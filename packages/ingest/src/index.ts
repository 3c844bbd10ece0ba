// Public API of @shabaka/ingest: a short list of named exports.

// Readers (ingest/CLI engineer)
export { readContent, readDocuments } from './readers/read-documents.js';
export { expandInputs } from './readers/expand-inputs.js';
export type { Source } from './readers/expand-inputs.js';
export type { ReadOptions } from './readers/read-documents.js';
export { formatIssue, ReadIssueCode } from './readers/read-result.js';
export { MAX_DOCUMENT_CHARS } from '@shabaka/schema';
export type { ReadIssue, ReadResult } from './readers/read-result.js';
export type { FetchLike, FieldMap, Reader, ReaderContext } from './readers/reader-context.js';
export { parseFieldMap } from './readers/json-reader.js';
export { makeDocument } from './readers/make-document.js';
export { segmentPage } from './readers/page-segmenter.js';
export type { PageSegment } from './readers/page-segmenter.js';

// Pipeline (ingest/CLI engineer)
export { ingest } from './pipeline/ingest.js';
export type { IngestOptions } from './pipeline/ingest.js';
export type { IngestProgress, IngestSummary } from './pipeline/progress.js';
export { storeSink } from './pipeline/sink.js';
export { mergeResults } from './pipeline/merge-results.js';
export type { IngestSink } from './pipeline/sink.js';
export { createExtractPool, defaultWorkers, isSetupError } from './pipeline/extract-pool.js';
export type { ExtractPool } from './pipeline/extract-pool.js';

// Extraction (extraction engineer)
export { extract, EXTRACTOR_VERSION } from './extract/index.js';
export type { ExtractOptions, TagFn } from './extract/index.js';

// Romanisation of Arabic names (names engineer)
export { romaniseName, romaniseWord } from './romanise/index.js';
