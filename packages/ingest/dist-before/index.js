// Public API of @shabaka/ingest: a short list of named exports.
// Readers (ingest/CLI engineer)
export { readDocuments } from './readers/read-documents.js';
export { expandInputs } from './readers/expand-inputs.js';
export { formatIssue, ReadIssueCode } from './readers/read-result.js';
export { MAX_DOCUMENT_CHARS } from './readers/decode-bytes.js';
export { parseFieldMap } from './readers/json-reader.js';
export { makeDocument } from './readers/make-document.js';
export { segmentPage } from './readers/page-segmenter.js';
// Pipeline (ingest/CLI engineer)
export { ingest } from './pipeline/ingest.js';
export { storeSink } from './pipeline/sink.js';
export { mergeResults } from './pipeline/merge-results.js';
export { createExtractPool, defaultWorkers } from './pipeline/extract-pool.js';
// Extraction (extraction engineer)
export { extract, EXTRACTOR_VERSION } from './extract/index.js';
//# sourceMappingURL=index.js.map
