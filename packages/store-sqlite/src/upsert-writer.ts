// Writes one ExtractionResult in one immediate transaction with prepared statements; every write is an
// INSERT OR IGNORE on a deterministic key, so re-upserting creates nothing and evidence counts once.
import type Database from 'better-sqlite3';
import {
  externalEntityIds,
  modalityRankExpression,
  orientRelation,
  relationKeyOf,
  sameContent,
  unknownEntitiesError,
} from '@shabaka/schema';
import type { Document, Entity, Event, ExtractionResult, Relation, Sentence, UpsertSummary } from '@shabaka/schema';
import { ArticleRetraction } from './article-retraction.js';
import { locateEvidence } from './evidence-location.js';
import type { LocatedEvidence, SentenceRow } from './evidence-location.js';
import { searchKey } from './search-key.js';

type Counts = { nodesCreated: number; relationshipsCreated: number; propertiesSet: number };

function prepareAll(db: Database.Database) {
  return {
    insertArticle: db.prepare(
      `INSERT OR IGNORE INTO articles (id, title, url, source, published_at, lang, kind, content_hash)
       VALUES (@id, @title, @url, @source, @publishedAt, @lang, @kind, @contentHash)`,
    ),
    updateArticle: db.prepare(
      `UPDATE articles SET title = @title, url = @url, source = @source, published_at = @publishedAt, lang = @lang,
         kind = @kind, content_hash = @contentHash
       WHERE id = @id AND (title IS NOT @title OR url IS NOT @url OR source IS NOT @source
         OR published_at IS NOT @publishedAt OR lang IS NOT @lang OR kind IS NOT @kind OR content_hash IS NOT @contentHash)`,
    ),
    articleDate: db.prepare<[string], { published_at: string | null }>(
      `SELECT published_at FROM articles WHERE id = ?`,
    ),
    articleHash: db.prepare<[string], { content_hash: string | null }>(
      `SELECT content_hash FROM articles WHERE id = ?`,
    ),
    insertSentence: db.prepare(
      `INSERT OR IGNORE INTO sentences (id, doc_id, idx, start, end, text) VALUES (@id, @docId, @index, @start, @end, @text)`,
    ),
    entityExists: db.prepare<[string], { one: number }>(`SELECT 1 AS one FROM entities WHERE id = ?`),
    sentenceStart: db.prepare<[string], { start: number | null }>(`SELECT start FROM sentences WHERE id = ?`),
    insertEntity: db.prepare(
      `INSERT OR IGNORE INTO entities (id, type, subtype, name, name_en, wikidata, iso, lat, lon)
       VALUES (@id, @type, @subtype, @name, @nameEn, @wikidata, @iso, @lat, @lon)`,
    ),
    // Linking may learn a subtype or a linked id later; never overwrite one already known.
    fillEntity: db.prepare(
      `UPDATE entities SET subtype = coalesce(subtype, @subtype), wikidata = coalesce(wikidata, @wikidata),
         iso = coalesce(iso, @iso), lat = coalesce(lat, @lat), lon = coalesce(lon, @lon)
       WHERE id = @id AND ((subtype IS NULL AND @subtype IS NOT NULL) OR (wikidata IS NULL AND @wikidata IS NOT NULL)
         OR (iso IS NULL AND @iso IS NOT NULL) OR (lat IS NULL AND @lat IS NOT NULL))`,
    ),
    insertName: db.prepare(`INSERT OR IGNORE INTO names (entity_id, kind, text, key) VALUES (?, ?, ?, ?)`),
    indexName: db.prepare(`INSERT INTO names_fts (rowid, key) VALUES (?, ?)`),
    indexTrigrams: db.prepare(`INSERT INTO names_trigram (rowid, key) VALUES (?, ?)`),
    insertMention: db.prepare(`INSERT OR IGNORE INTO mentions (entity_id, doc_id, start, end) VALUES (?, ?, ?, ?)`),
    insertEvidence: db.prepare(
      `INSERT OR IGNORE INTO relation_evidence (rel_key, doc_id, start, end, sentence_id, span_start, span_end, extractor, confidence)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    // Runs only for evidence not seen before: creates the relation with weight 1 or adds one to its weight.
    addEvidence: db.prepare<[Record<string, string | number | null>], { weight: number }>(
      `INSERT INTO relations (key, subject, predicate, object, role, role_en, modality, weight, first_seen, last_seen, confidence)
       VALUES (@key, @subject, @predicate, @object, @role, @roleEn, @modality, 1, @date, @date, @confidence)
       ON CONFLICT (key) DO UPDATE SET weight = weight + 1,
         role = CASE WHEN role IS NULL OR role = role_en THEN @role ELSE role END,
         role_en = coalesce(role_en, @roleEn),
         first_seen = CASE WHEN @date IS NULL THEN first_seen WHEN first_seen IS NULL OR @date < first_seen THEN @date ELSE first_seen END,
         last_seen = CASE WHEN @date IS NULL THEN last_seen WHEN last_seen IS NULL OR @date > last_seen THEN @date ELSE last_seen END,
         confidence = max(confidence, @confidence),
         modality = CASE WHEN ${modalityRankExpression('@modality')} < ${modalityRankExpression('modality')}
           THEN @modality ELSE modality END
       RETURNING weight`,
    ),
    addDegree: db.prepare(`UPDATE entities SET degree = degree + ? WHERE id = ?`),
    insertEvent: db.prepare(
      `INSERT OR IGNORE INTO events (id, type, date, date_text, modality, location, confidence, doc_id, sentence_id, span_start, span_end)
       VALUES (@id, @type, @date, @dateText, @modality, @location, @confidence, @docId, @sentenceId, @spanStart, @spanEnd)`,
    ),
    insertParticipant: db.prepare(`INSERT OR IGNORE INTO event_participants (event_id, entity_id) VALUES (?, ?)`),
  };
}

/** Writes results into one database; create once per connection and reuse (statements are prepared once). */
export class UpsertWriter {
  private readonly s: ReturnType<typeof prepareAll>;
  private readonly retraction: ArticleRetraction;
  private readonly run: (result: ExtractionResult) => UpsertSummary;

  constructor(db: Database.Database) {
    this.s = prepareAll(db);
    this.retraction = new ArticleRetraction(db);
    const tx = db.transaction((result: ExtractionResult) => this.write(result));
    // IMMEDIATE takes the write lock up front, so two processes never deadlock upgrading a read lock.
    this.run = (result) => tx.immediate(result);
  }

  /**
   * Upserts `result` atomically and reports what was created.
   * @example new UpsertWriter(db).upsert(result) // { nodesCreated: 12, relationshipsCreated: 20, propertiesSet: 5 }
   */
  upsert(result: ExtractionResult): UpsertSummary {
    return this.run(result);
  }

  /** Writes `result` inside the caller's transaction (curation wraps it with its own writes). */
  write(result: ExtractionResult): UpsertSummary {
    const missing = new Set(externalEntityIds(result).filter((id) => this.s.entityExists.get(id) === undefined));
    if (missing.size > 0) throw unknownEntitiesError('store-sqlite', result, missing);
    const counts: Counts = { nodesCreated: 0, relationshipsCreated: 0, propertiesSet: 0 };
    const docs = new Map(result.documents.map((d) => [d.id, d]));
    const sentencesByDoc = new Map<string, Sentence[]>();
    for (const s of result.sentences) {
      const list = sentencesByDoc.get(s.docId) ?? [];
      list.push(s);
      sentencesByDoc.set(s.docId, list);
    }
    for (const doc of result.documents) this.writeArticle(doc, counts);
    for (const s of result.sentences) this.writeSentence({ ...s, index: s.index }, counts);
    for (const entity of result.entities) this.writeEntity(entity, counts);
    const dateOf = this.dateLookup(docs);
    // Many relations share a sentence: locate and write each sentence once per batch.
    const located = new Map<string, LocatedEvidence>();
    const locate = (ev: Relation['evidence']): LocatedEvidence => {
      const cacheKey = `${ev.doc}\u0000${ev.sentenceIndex ?? ''}\u0000${ev.start}\u0000${ev.end}\u0000${ev.sentence}`;
      let found = located.get(cacheKey);
      if (!found) {
        found = locateEvidence(ev, {
          sentences: sentencesByDoc.get(ev.doc) ?? [],
          docText: docs.get(ev.doc)?.text,
          storedStart: (id) => this.s.sentenceStart.get(id)?.start,
        });
        this.writeSentence(found.sentence, counts);
        located.set(cacheKey, found);
      }
      return found;
    };
    const degree = new Map<string, number>();
    for (const relation of result.relations) {
      this.writeRelation(relation, locate(relation.evidence), dateOf, degree, counts);
    }
    // Weighted degree changes once per entity per batch, not twice per relation.
    for (const [id, delta] of degree) this.s.addDegree.run(delta, id);
    for (const event of result.events) this.writeEvent(event, locate(event.evidence), counts);
    return counts;
  }

  private writeArticle(doc: Document, counts: Counts): void {
    const row = {
      id: doc.id,
      title: doc.title,
      url: doc.url ?? null,
      source: doc.source ?? null,
      publishedAt: doc.publishedAt ?? null,
      lang: doc.lang,
      kind: doc.kind,
      contentHash: doc.contentHash ?? null,
    };
    if (this.s.insertArticle.run(row).changes) {
      counts.nodesCreated++;
      return;
    }
    // A new content hash under the same id means the article was edited: its old facts go first. A stored
    // `pending:<hash>` is the same content half-committed by ingest's two-phase sink, not an edit.
    const stored = this.s.articleHash.get(doc.id)?.content_hash ?? null;
    if (stored !== null && row.contentHash !== null && !sameContent(stored, row.contentHash)) {
      counts.propertiesSet += this.retraction.retract(doc.id);
    }
    counts.propertiesSet += this.s.updateArticle.run(row).changes;
  }

  private writeSentence(row: SentenceRow, counts: Counts): void {
    counts.nodesCreated += this.s.insertSentence.run(row).changes;
  }

  private writeEntity(entity: Entity, counts: Counts): void {
    const row = {
      id: entity.id,
      type: entity.type,
      subtype: entity.subtype ?? null,
      name: entity.name,
      nameEn: entity.nameEn,
      wikidata: entity.wikidata ?? null,
      iso: entity.iso ?? null,
      lat: entity.lat ?? null,
      lon: entity.lon ?? null,
    };
    const created = this.s.insertEntity.run(row).changes > 0;
    if (created) counts.nodesCreated++;
    else counts.propertiesSet += this.s.fillEntity.run(row).changes;
    const names: Array<[string, string]> = [
      ['name', entity.name],
      ['nameEn', entity.nameEn],
      ...entity.aliases.map((a): [string, string] => ['alias', a]),
    ];
    for (const [kind, text] of names) {
      const key = searchKey(text);
      const inserted = this.s.insertName.run(entity.id, kind, text, key);
      if (!inserted.changes) continue;
      if (!created) counts.propertiesSet++;
      if (!key) continue;
      this.s.indexName.run(inserted.lastInsertRowid, key);
      this.s.indexTrigrams.run(inserted.lastInsertRowid, key);
    }
    for (const m of entity.mentions) {
      counts.relationshipsCreated += this.s.insertMention.run(entity.id, m.doc, m.start, m.end).changes;
    }
  }

  /** Article dates from the result first, then from the store (evidence may cite an earlier article). */
  private dateLookup(docs: Map<string, Document>): (docId: string) => string | null {
    const cache = new Map<string, string | null>();
    return (docId) => {
      if (docs.has(docId)) return docs.get(docId)?.publishedAt ?? null;
      if (!cache.has(docId)) cache.set(docId, this.s.articleDate.get(docId)?.published_at ?? null);
      return cache.get(docId) ?? null;
    };
  }

  private writeRelation(
    r: Relation,
    located: LocatedEvidence,
    dateOf: (docId: string) => string | null,
    degree: Map<string, number>,
    counts: Counts,
  ): void {
    const [subject, object] = orientRelation(r.subject, r.predicate, r.object);
    const key = relationKeyOf(r);
    const ev = r.evidence;
    const { sentence, spanStart, spanEnd } = located;
    const fresh = this.s.insertEvidence.run(
      key,
      ev.doc,
      ev.start,
      ev.end,
      sentence.id,
      spanStart,
      spanEnd,
      ev.extractor,
      ev.confidence,
    );
    if (!fresh.changes) return;
    const row = this.s.addEvidence.get({
      key,
      subject,
      predicate: r.predicate,
      object,
      role: r.role,
      roleEn: r.roleEn,
      modality: r.modality,
      date: dateOf(ev.doc),
      confidence: r.confidence,
    });
    if (row?.weight === 1) counts.relationshipsCreated++;
    else counts.propertiesSet++;
    degree.set(subject, (degree.get(subject) ?? 0) + 1);
    if (object !== subject) degree.set(object, (degree.get(object) ?? 0) + 1);
  }

  private writeEvent(event: Event, located: LocatedEvidence, counts: Counts): void {
    const created = this.s.insertEvent.run({
      id: event.id,
      type: event.type,
      date: event.date,
      dateText: event.dateText,
      modality: event.modality,
      location: event.location,
      confidence: event.confidence,
      docId: event.evidence.doc,
      sentenceId: located.sentence.id,
      spanStart: located.spanStart,
      spanEnd: located.spanEnd,
    }).changes;
    if (created) {
      counts.nodesCreated++;
      // OCCURRED_IN is a relationship in the graph model; count it like Neo4j would.
      if (event.location) counts.relationshipsCreated++;
    }
    for (const p of event.participants) {
      counts.relationshipsCreated += this.s.insertParticipant.run(event.id, p).changes;
    }
  }
}
