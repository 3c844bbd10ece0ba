// Entity search over the FTS5 index of name keys (exact > prefix > all words > substring, then degree),
// plus the small counting reads: stats and known documents.
import type Database from 'better-sqlite3';
import type { EntityType, SearchHit, StoreStats } from '@shabaka/schema';
import { ftsExpression, matchRank, searchScore, searchTokens } from './search-key.js';

/** Candidates read from the index before ranking; enough for any page the viewer asks for. */
const CANDIDATES = 1000;

type HitRow = { id: string; key: string; type: EntityType; name: string; name_en: string; degree: number };

const HIT_COLUMNS = 'e.id, n.key, e.type, e.name, e.name_en, e.degree';
const TYPE_FILTER = `(json_array_length(@types) = 0 OR e.type IN (SELECT value FROM json_each(@types)))`;

export class SearchReads {
  private readonly s;

  constructor(db: Database.Database) {
    this.s = {
      fts: db.prepare<[{ q: string; types: string; n: number }], HitRow>(
        `SELECT ${HIT_COLUMNS} FROM names_fts f JOIN names n ON n.rowid = f.rowid JOIN entities e ON e.id = n.entity_id
         WHERE names_fts MATCH @q AND ${TYPE_FILTER} ORDER BY e.degree DESC LIMIT @n`,
      ),
      exact: db.prepare<[{ key: string; types: string }], HitRow>(
        `SELECT ${HIT_COLUMNS} FROM names n JOIN entities e ON e.id = n.entity_id WHERE n.key = @key AND ${TYPE_FILTER}`,
      ),
      // The trigram index answers LIKE '%…%' without scanning every name (patterns of 3+ characters).
      contains: db.prepare<[{ like: string; types: string; n: number }], HitRow>(
        `SELECT ${HIT_COLUMNS} FROM names_trigram t JOIN names n ON n.rowid = t.rowid JOIN entities e ON e.id = n.entity_id
         WHERE t.key LIKE @like AND ${TYPE_FILTER} ORDER BY e.degree DESC LIMIT @n`,
      ),
      counts: db.prepare<
        [],
        { documents: number; entities: number; relations: number; events: number; sentences: number }
      >(
        `SELECT (SELECT count(*) FROM articles) AS documents, (SELECT count(*) FROM entities) AS entities,
           (SELECT count(*) FROM relations) AS relations, (SELECT count(*) FROM events) AS events,
           (SELECT count(*) FROM sentences) AS sentences`,
      ),
      byType: db.prepare<[], { k: string; n: number }>(`SELECT type AS k, count(*) AS n FROM entities GROUP BY type`),
      byPredicate: db.prepare<[], { k: string; n: number }>(
        `SELECT predicate AS k, count(*) AS n FROM relations GROUP BY predicate`,
      ),
      known: db.prepare<[string], { id: string; content_hash: string | null }>(
        `SELECT id, content_hash FROM articles WHERE id IN (SELECT value FROM json_each(?))`,
      ),
    };
  }

  /**
   * Entities whose name or alias matches `query`, best first. Tolerates Arabic spelling variants and
   * diacritics (see `searchTokens`); the last word is a prefix; falls back to substring matches.
   * @example search.search('اردوغان', { limit: 10 })
   */
  search(query: string, options: { types?: readonly EntityType[] | undefined; limit: number }): SearchHit[] {
    const tokens = searchTokens(query);
    if (!tokens.length) return [];
    const key = tokens.join(' ');
    const types = JSON.stringify(options.types ?? []);
    const rows = [
      ...this.s.exact.all({ key, types }),
      ...this.s.fts.all({ q: ftsExpression(tokens), types, n: CANDIDATES }),
    ];
    if (rows.length < options.limit && [...key].length >= 3) {
      // Keys hold only letters, digits and spaces (see searchTokens), so no LIKE wildcard needs escaping.
      const like = `%${key}%`;
      rows.push(...this.s.contains.all({ like, types, n: options.limit }));
    }
    const best = new Map<string, SearchHit>();
    for (const row of rows) {
      const score = searchScore(matchRank(row.key, key), row.degree);
      const seen = best.get(row.id);
      if (!seen || score > seen.score) {
        best.set(row.id, { id: row.id, name: row.name, nameEn: row.name_en, type: row.type, score });
      }
    }
    return [...best.values()].sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1)).slice(0, options.limit);
  }

  /** @example search.stats().entities */
  stats(): StoreStats {
    const counts = this.s.counts.get();
    const record = (rows: Array<{ k: string; n: number }>) => Object.fromEntries(rows.map((r) => [r.k, r.n]));
    return {
      documents: counts?.documents ?? 0,
      entities: counts?.entities ?? 0,
      relations: counts?.relations ?? 0,
      events: counts?.events ?? 0,
      sentences: counts?.sentences ?? 0,
      byType: record(this.s.byType.all()),
      byPredicate: record(this.s.byPredicate.all()),
    };
  }

  /** @example search.knownDocuments(['doc_a']).get('doc_a') // the content hash or null */
  knownDocuments(ids: readonly string[]): Map<string, string | null> {
    const known = new Map<string, string | null>();
    for (let i = 0; i < ids.length; i += 5000) {
      for (const row of this.s.known.all(JSON.stringify(ids.slice(i, i + 5000)))) known.set(row.id, row.content_hash);
    }
    return known;
  }
}
