// The shared GraphStore contract suite, run against the real Neo4j store; its run-prefixed data
// is deleted afterwards so the shared database does not grow with every run.
import { afterAll } from '@jest/globals';
import { describeGraphStoreContract, runSeed, runTokens, seededRandom } from '@shabaka/store-contract';
import { deleteByIdPrefix, openTestStore } from './connection.fixtures.js';

// Fix the seed here (unless one is given to replay a run) so we know the prefix to clean up.
const seedGiven = process.env['SHABAKA_CONTRACT_SEED'] !== undefined;
process.env['SHABAKA_CONTRACT_SEED'] ??= String(runSeed());
const { prefix } = runTokens(seededRandom(runSeed()));

describeGraphStoreContract('neo4j', () => openTestStore());

afterAll(async () => {
  // Later suites in this worker must draw their own seed.
  if (!seedGiven) delete process.env['SHABAKA_CONTRACT_SEED'];
  await deleteByIdPrefix(prefix);
}, 120_000);
