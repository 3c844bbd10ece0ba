// describeGraphStoreContract: the one GraphStore suite every store runs (graphology's `specs` idea).
import { afterAll, beforeAll, describe } from '@jest/globals';
import type { GraphStore } from '@shabaka/schema';
import type { ContractContext } from './contract-context.js';
import { concurrencyCases } from './concurrency.cases.js';
import { curationCases } from './curation.cases.js';
import { detailCases } from './detail.cases.js';
import { graphQueryCases } from './graph-query.cases.js';
import { modalityCases } from './modality.cases.js';
import { runSeed, runTokens, seededRandom } from './seeded-random.js';
import type { RunTokens } from './seeded-random.js';
import { referencesCases } from './references.cases.js';
import { rolesCases } from './roles.cases.js';
import { retractionCases } from './retraction.cases.js';
import { searchCases } from './search.cases.js';
import { unicodeCases } from './unicode.cases.js';
import { upsertCases } from './upsert.cases.js';
import { buildWorld } from './world.fixtures.js';

/**
 * Registers the GraphStore contract as jest `describe` blocks. `open` must return an initialised store on
 * the same database each time it is called (the concurrency case opens a second writer). The suite writes
 * only ids with a run-unique prefix and asserts only on them, so it can share a database with other runs;
 * set `SHABAKA_CONTRACT_SEED` to replay a run. Returns the run's tokens, so a store's test can delete the
 * `prefix`-ed data afterwards.
 * @example
 * const { prefix } = describeGraphStoreContract('sqlite', () => createSqliteStore({ path: dbPath }));
 */
export function describeGraphStoreContract(name: string, open: () => Promise<GraphStore>): RunTokens {
  const random = seededRandom(runSeed());
  const tokens = runTokens(random);
  const world = buildWorld(tokens);
  const ctx = { open, random, tokens, world, firstUpserts: [] } as unknown as ContractContext;

  describe(`GraphStore contract: ${name} (seed ${random.seed})`, () => {
    beforeAll(async () => {
      ctx.store = await open();
      for (const result of world.results) ctx.firstUpserts.push(await ctx.store.upsert(result));
    }, 120_000);
    afterAll(async () => {
      await ctx.store?.close();
    });

    upsertCases(ctx);
    graphQueryCases(ctx);
    searchCases(ctx);
    detailCases(ctx);
    modalityCases(ctx);
    unicodeCases(ctx);
    retractionCases(ctx);
    referencesCases(ctx);
    rolesCases(ctx);
    concurrencyCases(ctx);
    curationCases(ctx);
  });
  return tokens;
}
