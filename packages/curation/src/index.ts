// Public API of @shabaka/curation: analyst decisions replayed over extraction results, the extraction log's
// slices, and the duplicate candidates an analyst reviews.

// Replay
export { applyCuration } from './replay.js';

// Records
export { curationClosure, newRecord, rebuildPlan, rebuildScope, seedDocuments } from './records.js';
export type { EntityFacts, LoggedSlice, RecordContext } from './records.js';

// Extraction log
export { joinSlices, sliceByDocument, sliceEntityIds } from './slices.js';

// Duplicate queue
export { duplicateCandidates } from './duplicates.js';
