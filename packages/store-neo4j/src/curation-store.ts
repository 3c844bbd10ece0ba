// Curation over Neo4j: every upsert logs its extraction slices and is written through the active decisions; a
// new decision or an undo rebuilds the entities it concerns from the log, in one write transaction.
import type { ManagedTransaction } from 'neo4j-driver';
import {
  applyCuration,
  newRecord,
  rebuildPlan,
  rebuildScope,
  seedDocuments,
  sliceByDocument,
  sliceEntityIds,
} from '@shabaka/curation';
import type { EntityFacts, LoggedSlice } from '@shabaka/curation';
import {
  CurationRecord,
  CurationRequest,
  EntityType,
  ExtractionSlice,
  ShabakaError,
  parseInput,
  sha256Hex,
} from '@shabaka/schema';
import type { CurationRequestInput, ExtractionResult, UpsertSummary } from '@shabaka/schema';
import {
  curationRecordsStatement,
  curationTargets,
  deleteArticles,
  deleteEntities,
  logSlices,
  saveCurationRecord,
  slicesFor,
} from './cypher/curation.js';
import type { SliceRow } from './cypher/curation.js';
import { retractArticle } from './cypher/retract.js';
import { awaitSearchRefresh } from './cypher/schema-setup.js';
import type { Executor } from './executor.js';
import { runCounted, runIn } from './executor.js';

const ORIGIN = 'store-neo4j: curate';

/** The store's writers curation goes through. */
export type CurationWriters = {
  /** An upsert of an already curated result (batched like any upsert). */
  write: (result: ExtractionResult) => Promise<UpsertSummary>;
  /** Every row of a result inside the caller's transaction. */
  writeIn: (tx: ManagedTransaction, result: ExtractionResult) => Promise<UpsertSummary>;
};

function parseRecords(rows: readonly Record<string, unknown>[]): CurationRecord[] {
  return rows.map((r) => CurationRecord.parse(JSON.parse(String(r['json']))));
}

/** The ids a request names, to look up before the record is made. */
function requestIds(input: CurationRequestInput): string[] {
  const request = parseInput(CurationRequest, input, ORIGIN);
  switch (request.action) {
    case 'merge':
      return [request.keep, request.other];
    case 'distinct':
      return [request.a, request.b];
    case 'retract':
      return [request.doc];
    default:
      return [request.id];
  }
}

export class Neo4jCuration {
  private seq = 0;

  constructor(
    private readonly executor: Executor,
    private readonly writers: CurationWriters,
  ) {}

  /**
   * Logs `result`'s slices (their own transaction: a slice logged but not yet written is what re-ingest
   * writes anyway), then writes it as the active decisions make it.
   */
  async upsert(result: ExtractionResult): Promise<UpsertSummary> {
    const rows: SliceRow[] = sliceByDocument(result).map((slice) => {
      const json = JSON.stringify(slice);
      const docId = slice.doc ?? '';
      // Client clock plus a counter: orders slices as they were written (names come from the first one).
      return {
        key: `${docId}|${sha256Hex(json)}`,
        docId,
        contentHash: slice.documents[0]?.contentHash ?? null,
        json,
        entityIds: sliceEntityIds(slice),
        seq: Date.now() * 1000 + (this.seq++ % 1000),
      };
    });
    if (rows.length > 0) await this.executor.write(logSlices(rows));
    const records = await this.records();
    return this.writers.write(applyCuration(result, records));
  }

  async records(): Promise<CurationRecord[]> {
    return this.executor.read(async (tx) => parseRecords(await runIn(tx, curationRecordsStatement())));
  }

  /** Stores a decision and rebuilds what it concerns, in one transaction. */
  async curate(input: CurationRequestInput): Promise<CurationRecord> {
    const ids = requestIds(input);
    const record = await this.executor.transaction(async (tx) => {
      const found = await runIn(tx, curationTargets(ids));
      const entities = new Map<string, EntityFacts>();
      const documents = new Set<string>();
      for (const row of found) {
        const id = String(row['id']);
        if (row['isEntity'] === true) {
          entities.set(id, {
            id,
            name: String(row['name']),
            nameEn: String(row['nameEn']),
            type: EntityType.parse(row['type']),
          });
        }
        if (row['isDocument'] === true) documents.add(id);
      }
      const made = newRecord(
        input,
        { entity: (id) => entities.get(id) ?? null, documentExists: (id) => documents.has(id), now: () => new Date() },
        ORIGIN,
      );
      await runCounted(tx, saveCurationRecord(made.id, made.at, JSON.stringify(made)));
      await this.rebuild(tx, made);
      return made;
    });
    await this.executor.write(awaitSearchRefresh());
    return record;
  }

  /** Marks a decision undone (idempotent) and rebuilds what it concerned, in one transaction. */
  async undo(id: string, by: string): Promise<CurationRecord> {
    const record = await this.executor.transaction(async (tx) => {
      const record = parseRecords(await runIn(tx, curationRecordsStatement())).find((r) => r.id === id);
      if (!record) {
        throw new ShabakaError('NOT_FOUND', `${ORIGIN}: no curation record ${JSON.stringify(id)}`, {
          hint: 'list them with `shabaka curate list`',
        });
      }
      if (record.undone) return record;
      const undone = { ...record, undone: true, undoneAt: new Date().toISOString(), undoneBy: by };
      await runCounted(tx, saveCurationRecord(undone.id, undone.at, JSON.stringify(undone)));
      await this.rebuild(tx, undone);
      return undone;
    });
    await this.executor.write(awaitSearchRefresh());
    return record;
  }

  /**
   * Rebuilds every entity `seed` concerns from the extraction log: the documents naming them lose their facts,
   * the entities their nodes, and the documents' logged slices are written again through the active decisions.
   */
  private async rebuild(tx: ManagedTransaction, seed: CurationRecord): Promise<void> {
    const records = parseRecords(await runIn(tx, curationRecordsStatement()));
    const slices = async (ids: readonly string[], docs: readonly string[]): Promise<LoggedSlice[]> =>
      (await runIn(tx, slicesFor(ids, docs))).map((r) => ({
        docId: String(r['docId']),
        slice: ExtractionSlice.parse(JSON.parse(String(r['json']))),
      }));
    const scope = rebuildScope(seed, records, await slices([], seedDocuments(seed)));
    const plan = rebuildPlan(records, await slices(scope.entities, scope.docs));
    for (const doc of plan.retract) await runCounted(tx, retractArticle(doc));
    await runCounted(tx, deleteEntities(scope.entities));
    await runCounted(tx, deleteArticles(plan.removeArticles));
    await this.writers.writeIn(tx, plan.result);
  }
}
