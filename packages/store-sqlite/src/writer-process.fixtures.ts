// A separate writer process for the multi-process test: upserts the ExtractionResults stored as JSON in a
// file into a SQLite database, several times. Run: node --import tsx writer-process.fixtures.ts DB JSON TIMES
import { readFileSync } from 'node:fs';
import { ExtractionResult } from '@shabaka/schema';
import { createSqliteStore } from './sqlite-store.js';

/**
 * Upserts every result of `jsonPath` into `dbPath`, `times` times over; prints the summed summary as JSON.
 * @example await writeFromFile('/tmp/x.db', '/tmp/results.json', 3)
 */
export async function writeFromFile(dbPath: string, jsonPath: string, times: number): Promise<void> {
  const results = (JSON.parse(readFileSync(jsonPath, 'utf8')) as unknown[]).map((r) => ExtractionResult.parse(r));
  const store = await createSqliteStore({ path: dbPath });
  let nodesCreated = 0;
  let relationshipsCreated = 0;
  try {
    for (let i = 0; i < times; i++) {
      for (const result of results) {
        const summary = await store.upsert(result);
        nodesCreated += summary.nodesCreated;
        relationshipsCreated += summary.relationshipsCreated;
      }
    }
  } finally {
    await store.close();
  }
  process.stdout.write(JSON.stringify({ nodesCreated, relationshipsCreated }));
}

const [dbPath, jsonPath, times] = process.argv.slice(2);
if (dbPath && jsonPath) await writeFromFile(dbPath, jsonPath, Number(times ?? 1));
