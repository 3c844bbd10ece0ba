// Public API of @shabaka/store-contract: the contract suite and the fixtures it is built from.

// The suite
export { describeGraphStoreContract } from './describe-contract.js';

// Fixtures, for benches and store-specific tests
export { buildWorld } from './world.fixtures.js';
export type { World, WorldIds } from './world.fixtures.js';
export { buildLargeBatch, buildUnicodeCase, buildWriterPair } from './batch.fixtures.js';
export type { LargeBatch, UnicodeCase, WriterPair } from './batch.fixtures.js';
export { ArticleDraft } from './article-draft.fixtures.js';
export { buildCurationWorld, snapshotWorld } from './curation-world.fixtures.js';
export type { CurationWorld } from './curation-world.fixtures.js';
export type { ArticleMeta } from './article-draft.fixtures.js';
export { runSeed, runTokens, seededRandom } from './seeded-random.js';
export type { Random, RunTokens } from './seeded-random.js';
