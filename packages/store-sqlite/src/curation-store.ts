// Curation over SQLite: every upsert logs its extraction slices and is written through the active decisions;
// a new decision or an undo rebuilds the entities it concerns from the log, in one immediate transaction.
import type Database from 'better-sqlite3';
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
import { CurationRecord, ExtractionSlice, ShabakaError, sameContent, sha256Hex } from '@shabaka/schema';
import type { CurationRequestInput, EntityType, ExtractionResult, UpsertSummary } from '@shabaka/schema';
import type { UpsertWriter } from './upsert-writer.js';

type SliceRow = { seq: number; doc_id: string; json: string };

function prepareAll(db: Database.Database) {
  const ids = `(SELECT value FROM json_each(@ids))`;
  return {
    sliceHashes: db.prepare<[string], { seq: number; content_hash: string | null }>(
      `SELECT seq, content_hash FROM extraction_slices WHERE doc_id = ?`,
    ),
    dropSlice: db.prepare(`DELETE FROM extraction_slices WHERE seq = ?`),
    dropSliceEntities: db.prepare(`DELETE FROM extraction_slice_entities WHERE seq = ?`),
    insertSlice: db.prepare(
      `INSERT OR IGNORE INTO extraction_slices (doc_id, digest, content_hash, json) VALUES (?, ?, ?, ?)`,
    ),
    insertSliceEntity: db.prepare(`INSERT OR IGNORE INTO extraction_slice_entities (entity_id, seq) VALUES (?, ?)`),
    // Every slice of every document that names one of the entities, and the document-less slices naming one.
    slicesFor: db.prepare<[{ ids: string; docs: string }], SliceRow>(
      `WITH named AS (SELECT DISTINCT s.doc_id FROM extraction_slice_entities e
                      JOIN extraction_slices s ON s.seq = e.seq WHERE e.entity_id IN ${ids}),
            docs AS (SELECT doc_id FROM named WHERE doc_id <> '' UNION SELECT value FROM json_each(@docs))
       SELECT seq, doc_id, json FROM extraction_slices WHERE doc_id IN (SELECT doc_id FROM docs)
          OR (doc_id = '' AND seq IN (SELECT seq FROM extraction_slice_entities WHERE entity_id IN ${ids}))
       ORDER BY seq`,
    ),
    records: db.prepare<[], { json: string }>(`SELECT json FROM curation ORDER BY seq`),
    activeRecords: db.prepare<[], { json: string }>(`SELECT json FROM curation WHERE undone = 0 ORDER BY seq`),
    record: db.prepare<[string], { json: string }>(`SELECT json FROM curation WHERE id = ?`),
    insertRecord: db.prepare(`INSERT INTO curation (id, undone, json) VALUES (?, 0, ?)`),
    updateRecord: db.prepare(`UPDATE curation SET undone = 1, json = ? WHERE id = ?`),
    entity: db.prepare<[string], { id: string; name: string; name_en: string; type: EntityType }>(
      `SELECT id, name, name_en, type FROM entities WHERE id = ?`,
    ),
    document: db.prepare<[string, string], { one: number }>(
      `SELECT 1 AS one FROM articles WHERE id = ? UNION SELECT 1 FROM extraction_slices WHERE doc_id = ? LIMIT 1`,
    ),
    // What is left of the entities once their documents' facts are retracted (facts logged before the log existed).
    dropMentions: db.prepare(`DELETE FROM mentions WHERE entity_id IN ${ids}`),
    dropEvidence: db.prepare(
      `DELETE FROM relation_evidence WHERE rel_key IN (SELECT key FROM relations WHERE subject IN ${ids} OR object IN ${ids})`,
    ),
    dropRelations: db.prepare(`DELETE FROM relations WHERE subject IN ${ids} OR object IN ${ids}`),
    dropParticipants: db.prepare(`DELETE FROM event_participants WHERE entity_id IN ${ids}`),
    clearLocations: db.prepare(`UPDATE events SET location = NULL WHERE location IN ${ids}`),
    unindexNames: db.prepare(
      `INSERT INTO names_fts (names_fts, rowid, key) SELECT 'delete', rowid, key FROM names WHERE entity_id IN ${ids} AND key <> ''`,
    ),
    unindexTrigrams: db.prepare(
      `INSERT INTO names_trigram (names_trigram, rowid, key) SELECT 'delete', rowid, key FROM names WHERE entity_id IN ${ids} AND key <> ''`,
    ),
    dropNames: db.prepare(`DELETE FROM names WHERE entity_id IN ${ids}`),
    dropEntities: db.prepare(`DELETE FROM entities WHERE id IN ${ids}`),
    dropArticle: db.prepare(`DELETE FROM articles WHERE id = ?`),
    // Weighted degree is the evidence count over an entity's relations (see UpsertWriter).
    redegree: db.prepare(
      `UPDATE entities SET degree = coalesce((SELECT sum(weight) FROM relations WHERE subject = entities.id), 0)
         + coalesce((SELECT sum(weight) FROM relations WHERE object = entities.id AND subject <> entities.id), 0)
       WHERE id IN ${ids}`,
    ),
  };
}

const ORIGIN = 'store-sqlite: curate';

/** Upserts through curation, and curation's own writes; share one per connection. */
export class SqliteCuration {
  private readonly s: ReturnType<typeof prepareAll>;
  private readonly tx: {
    upsert: (result: ExtractionResult) => UpsertSummary;
    curate: (input: CurationRequestInput) => CurationRecord;
    undo: (id: string, by: string) => CurationRecord;
  };

  constructor(
    db: Database.Database,
    private readonly writer: UpsertWriter,
    private readonly retract: (docId: string) => number,
  ) {
    this.s = prepareAll(db);
    const upsert = db.transaction((result: ExtractionResult) => this.writeUpsert(result));
    const curate = db.transaction((input: CurationRequestInput) => this.writeRecord(input));
    const undo = db.transaction((id: string, by: string) => this.writeUndo(id, by));
    // IMMEDIATE: the write lock up front, like UpsertWriter, so concurrent processes never deadlock.
    this.tx = {
      upsert: (result) => upsert.immediate(result),
      curate: (input) => curate.immediate(input),
      undo: (id, by) => undo.immediate(id, by),
    };
  }

  /** Logs `result`'s slices, then writes it as the active decisions make it. */
  upsert(result: ExtractionResult): UpsertSummary {
    return this.tx.upsert(result);
  }

  /** Stores a decision and rebuilds what it concerns. */
  curate(input: CurationRequestInput): CurationRecord {
    return this.tx.curate(input);
  }

  /** Marks a decision undone (idempotent) and rebuilds what it concerned. */
  undo(id: string, by: string): CurationRecord {
    return this.tx.undo(id, by);
  }

  records(): CurationRecord[] {
    return this.s.records.all().map((r) => CurationRecord.parse(JSON.parse(r.json)));
  }

  private active(): CurationRecord[] {
    return this.s.activeRecords.all().map((r) => CurationRecord.parse(JSON.parse(r.json)));
  }

  private writeUpsert(result: ExtractionResult): UpsertSummary {
    for (const slice of sliceByDocument(result)) this.logSlice(slice);
    return this.writer.write(applyCuration(result, this.active()));
  }

  private logSlice(slice: ExtractionSlice): void {
    const doc = slice.doc ?? '';
    const hash = slice.documents[0]?.contentHash ?? null;
    // An edited article's earlier slices describe text that no longer exists.
    if (hash !== null) {
      for (const row of this.s.sliceHashes.all(doc)) {
        if (row.content_hash !== null && sameContent(row.content_hash, hash)) continue;
        this.s.dropSliceEntities.run(row.seq);
        this.s.dropSlice.run(row.seq);
      }
    }
    const json = JSON.stringify(slice);
    const inserted = this.s.insertSlice.run(doc, sha256Hex(json), hash, json);
    if (!inserted.changes) return;
    for (const id of sliceEntityIds(slice)) this.s.insertSliceEntity.run(id, inserted.lastInsertRowid);
  }

  private entityFacts(id: string): EntityFacts | null {
    const row = this.s.entity.get(id);
    return row ? { id: row.id, name: row.name, nameEn: row.name_en, type: row.type } : null;
  }

  private writeRecord(input: CurationRequestInput): CurationRecord {
    const record = newRecord(
      input,
      {
        entity: (id) => this.entityFacts(id),
        documentExists: (id) => this.s.document.get(id, id) !== undefined,
        now: () => new Date(),
      },
      ORIGIN,
    );
    this.s.insertRecord.run(record.id, JSON.stringify(record));
    this.rebuild(record);
    return record;
  }

  private writeUndo(id: string, by: string): CurationRecord {
    const row = this.s.record.get(id);
    if (!row) {
      throw new ShabakaError('NOT_FOUND', `${ORIGIN}: no curation record ${JSON.stringify(id)}`, {
        hint: 'list them with `shabaka curate list`',
      });
    }
    const record = CurationRecord.parse(JSON.parse(row.json));
    if (record.undone) return record;
    const undone = { ...record, undone: true, undoneAt: new Date().toISOString(), undoneBy: by };
    this.s.updateRecord.run(JSON.stringify(undone), id);
    this.rebuild(undone);
    return undone;
  }

  /**
   * Rebuilds every entity `seed` concerns from the extraction log: the documents naming them lose their facts,
   * the entities their rows, and the documents' logged slices are written again through the active decisions.
   */
  private rebuild(seed: CurationRecord): void {
    const records = this.records();
    const slices = (ids: readonly string[], docs: readonly string[]): LoggedSlice[] =>
      this.s.slicesFor
        .all({ ids: JSON.stringify(ids), docs: JSON.stringify(docs) })
        .map((r) => ({ docId: r.doc_id, slice: ExtractionSlice.parse(JSON.parse(r.json)) }));
    const scope = rebuildScope(seed, records, slices([], seedDocuments(seed)));
    const plan = rebuildPlan(records, slices(scope.entities, scope.docs));
    for (const doc of plan.retract) this.retract(doc);
    const ids = { ids: JSON.stringify(scope.entities) };
    for (const statement of [
      this.s.dropMentions,
      this.s.dropEvidence,
      this.s.dropRelations,
      this.s.dropParticipants,
      this.s.clearLocations,
      this.s.unindexNames,
      this.s.unindexTrigrams,
      this.s.dropNames,
      this.s.dropEntities,
    ]) {
      statement.run(ids);
    }
    for (const doc of plan.removeArticles) this.s.dropArticle.run(doc);
    this.writer.write(plan.result);
    const touched = new Set(scope.entities);
    for (const e of plan.result.entities) touched.add(e.id);
    for (const r of plan.result.relations) touched.add(r.subject).add(r.object);
    this.s.redegree.run({ ids: JSON.stringify([...touched]) });
  }
}
