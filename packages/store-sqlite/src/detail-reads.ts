// Entity detail (names, roles, neighbours, evidence sentences, articles) and event queries over SQLite.
import type Database from 'better-sqlite3';
import { EventType, storedModality } from '@shabaka/schema';
import type { EntityDetail, EventSummary, EvidenceView, NeighborView, Predicate, RoleView } from '@shabaka/schema';
import type { GraphReads } from './graph-reads.js';
import { ENTITY_COLUMNS, toArticleRef } from './rows.js';
import type { ArticleRow, EntityRow } from './rows.js';

/** How many evidence sentences and neighbours an entity detail carries (the viewer pages beyond). */
const DETAIL_EVIDENCE = 50;
const DETAIL_NEIGHBORS = 100;

type EvidenceRow = ArticleRow & {
  sentence: string;
  span_start: number;
  span_end: number;
  predicate: string | null;
  confidence: number;
  doc_id: string;
};

type EventRow = {
  id: string;
  type: string;
  date: string | null;
  date_text: string | null;
  modality: string;
  location: string | null;
};

export type EventFilter = {
  from?: string | undefined;
  to?: string | undefined;
  place?: string | undefined;
  participant?: string | undefined;
  types?: readonly string[] | undefined;
  /** Only events with a participant or place among these entity ids (the overview's events). */
  touching?: readonly string[] | undefined;
  limit: number;
};

const EVIDENCE_ARTICLE = `a.id, coalesce(a.title, '') AS title, a.url, a.source, a.published_at`;

function toEvidence(row: EvidenceRow): EvidenceView {
  return {
    sentence: row.sentence,
    start: row.span_start,
    end: row.span_end,
    predicate: row.predicate,
    confidence: row.confidence,
    doc: toArticleRef({ ...row, id: row.doc_id }),
  };
}

export class DetailReads {
  private readonly s;

  constructor(
    db: Database.Database,
    private readonly graph: GraphReads,
  ) {
    this.s = {
      entity: db.prepare<[string], EntityRow>(`SELECT ${ENTITY_COLUMNS} FROM entities e WHERE e.id = ?`),
      aliases: db.prepare<[string], { text: string }>(
        `SELECT text FROM names WHERE entity_id = ? AND kind = 'alias' ORDER BY rowid`,
      ),
      mentionCount: db.prepare<[string], { n: number }>(`SELECT count(*) AS n FROM mentions WHERE entity_id = ?`),
      roles: db.prepare<
        [string],
        {
          role: string | null;
          role_en: string | null;
          org: string;
          org_name: string | null;
          org_name_en: string | null;
          first_seen: string | null;
          last_seen: string | null;
          weight: number;
        }
      >(
        `SELECT r.role, r.role_en, r.object AS org, e.name AS org_name, e.name_en AS org_name_en, r.first_seen, r.last_seen, r.weight
         FROM relations r LEFT JOIN entities e ON e.id = r.object
         WHERE r.subject = ? AND r.predicate = 'HOLDS_ROLE' ORDER BY r.first_seen, r.key`,
      ),
      // Relation evidence and the sentences of the events the entity took part in (or that happened there).
      evidence: db.prepare<[{ id: string; limit: number }], EvidenceRow>(
        `SELECT x.sentence, x.span_start, x.span_end, x.predicate, x.confidence, x.doc_id, ${EVIDENCE_ARTICLE}
         FROM (
           SELECT s.text AS sentence, ev.span_start, ev.span_end, r.predicate, ev.confidence, ev.doc_id, ev.start AS pos
           FROM relations r JOIN relation_evidence ev ON ev.rel_key = r.key JOIN sentences s ON s.id = ev.sentence_id
           WHERE r.subject = @id OR r.object = @id
           UNION ALL
           SELECT s.text, e.span_start, e.span_end, e.type, e.confidence, e.doc_id, e.span_start
           FROM events e JOIN sentences s ON s.id = e.sentence_id
           WHERE e.location = @id OR e.id IN (SELECT event_id FROM event_participants WHERE entity_id = @id)
         ) x LEFT JOIN articles a ON a.id = x.doc_id
         ORDER BY a.published_at DESC, x.doc_id, x.pos LIMIT @limit`,
      ),
      articles: db.prepare<[{ id: string }], ArticleRow>(
        `SELECT a.id, a.title, a.url, a.source, a.published_at FROM articles a WHERE a.id IN (
           SELECT doc_id FROM mentions WHERE entity_id = @id
           UNION SELECT ev.doc_id FROM relations r JOIN relation_evidence ev ON ev.rel_key = r.key
             WHERE r.subject = @id OR r.object = @id
           UNION SELECT e.doc_id FROM events e JOIN event_participants p ON p.event_id = e.id WHERE p.entity_id = @id)
         ORDER BY a.published_at DESC, a.id`,
      ),
      participants: db.prepare<[string], EntityRow>(
        `SELECT ${ENTITY_COLUMNS} FROM event_participants p JOIN entities e ON e.id = p.entity_id
         WHERE p.event_id = ? ORDER BY e.name`,
      ),
      eventEvidence: db.prepare<[string], EvidenceRow>(
        `SELECT s.text AS sentence, ev.span_start, ev.span_end, ev.type AS predicate, ev.confidence, ev.doc_id, ${EVIDENCE_ARTICLE}
         FROM events ev JOIN sentences s ON s.id = ev.sentence_id LEFT JOIN articles a ON a.id = ev.doc_id
         WHERE ev.id = ?`,
      ),
      events: db.prepare<[{ f: string }], EventRow>(
        `SELECT e.id, e.type, e.date, e.date_text, e.modality, e.location FROM events e
         WHERE (@f ->> '$.from' IS NULL OR e.date >= @f ->> '$.from')
           AND (@f ->> '$.to' IS NULL OR substr(e.date, 1, length(@f ->> '$.to')) <= @f ->> '$.to')
           AND (@f ->> '$.place' IS NULL OR e.location = @f ->> '$.place')
           AND (@f ->> '$.participant' IS NULL OR EXISTS (
             SELECT 1 FROM event_participants p WHERE p.event_id = e.id AND p.entity_id = @f ->> '$.participant'))
           AND (json_array_length(@f, '$.types') = 0 OR e.type IN (SELECT value FROM json_each(@f, '$.types')))
           AND (@f -> '$.touching' IS NULL
             OR e.location IN (SELECT value FROM json_each(@f, '$.touching'))
             OR EXISTS (SELECT 1 FROM event_participants p WHERE p.event_id = e.id
               AND p.entity_id IN (SELECT value FROM json_each(@f, '$.touching'))))
         ORDER BY e.date, e.id LIMIT @f ->> '$.limit'`,
      ),
    };
  }

  /**
   * The entity with its aliases, roles, neighbours, evidence sentences and articles; null when unknown.
   * @example detail.entity('per_x')?.evidence[0]?.sentence
   */
  entity(id: string): EntityDetail | null {
    const row = this.s.entity.get(id);
    if (!row) return null;
    const roles: RoleView[] = this.s.roles.all(id).map((r) => ({
      role: r.role ?? '',
      ...(r.role_en ? { roleEn: r.role_en } : {}),
      org: r.org_name === null ? null : { id: r.org, name: r.org_name, nameEn: r.org_name_en ?? r.org_name },
      firstSeen: r.first_seen,
      lastSeen: r.last_seen,
      weight: r.weight,
    }));
    const adjacent = this.graph
      .adjacentOf(id)
      .sort((a, b) => b.weight - a.weight || (a.other < b.other ? -1 : 1))
      .slice(0, DETAIL_NEIGHBORS);
    const others = new Map(this.graph.entitiesById([...new Set(adjacent.map((a) => a.other))]).map((e) => [e.id, e]));
    const neighbors: NeighborView[] = adjacent.flatMap((a) => {
      const other = others.get(a.other);
      if (!other) return [];
      return [
        {
          id: other.id,
          name: other.name,
          nameEn: other.name_en,
          type: other.type,
          predicate: a.predicate as Predicate,
          direction: a.subject === id ? ('out' as const) : ('in' as const),
          weight: a.weight,
          ...(storedModality(a.modality) ? { modality: storedModality(a.modality) } : {}),
        },
      ];
    });
    return {
      entity: {
        id: row.id,
        type: row.type,
        ...(row.subtype ? { subtype: row.subtype as EntityDetail['entity']['subtype'] } : {}),
        name: row.name,
        nameEn: row.name_en,
        aliases: this.s.aliases.all(id).map((a) => a.text),
        ...(row.wikidata ? { wikidata: row.wikidata } : {}),
        ...(row.iso ? { iso: row.iso } : {}),
        ...(row.lat !== null && row.lon !== null ? { lat: row.lat, lon: row.lon } : {}),
        mentionCount: this.s.mentionCount.get(id)?.n ?? 0,
      },
      roles,
      neighbors,
      evidence: this.s.evidence.all({ id, limit: DETAIL_EVIDENCE }).map(toEvidence),
      articles: this.s.articles.all({ id }).map(toArticleRef),
    };
  }

  /**
   * Events matching every given filter, by date; `to` is inclusive at its own precision (`2025-05` covers May).
   * @example detail.events({ place: 'loc_ankara', from: '2025-01-01', limit: 50 })
   */
  events(filter: EventFilter): EventSummary[] {
    const rows = this.s.events.all({ f: JSON.stringify({ ...filter, types: filter.types ?? [] }) });
    const summaries: EventSummary[] = [];
    for (const row of rows) {
      const evidence = this.s.eventEvidence.get(row.id);
      const type = EventType.safeParse(row.type);
      if (!evidence || !type.success) continue;
      const location = row.location ? this.s.entity.get(row.location) : undefined;
      summaries.push({
        id: row.id,
        type: type.data,
        date: row.date,
        dateText: row.date_text,
        modality: storedModality(row.modality) ?? 'asserted',
        location: location
          ? { id: location.id, name: location.name, nameEn: location.name_en, lat: location.lat, lon: location.lon }
          : null,
        participants: this.s.participants
          .all(row.id)
          .map((p) => ({ id: p.id, name: p.name, nameEn: p.name_en, type: p.type })),
        evidence: toEvidence(evidence),
      });
    }
    return summaries;
  }
}
