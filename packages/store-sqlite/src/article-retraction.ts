// Removes what an article contributed (sentences, mentions, evidence, events) when its content changed, so
// re-extracting an edited article replaces its facts instead of mixing old sentences with new offsets.
import type Database from 'better-sqlite3';

type Contribution = { rel_key: string; subject: string; object: string; n: number };

export class ArticleRetraction {
  private readonly s;

  constructor(db: Database.Database) {
    this.s = {
      contributions: db.prepare<[string], Contribution>(
        `SELECT ev.rel_key, r.subject, r.object, count(*) AS n
         FROM relation_evidence ev JOIN relations r ON r.key = ev.rel_key WHERE ev.doc_id = ? GROUP BY ev.rel_key`,
      ),
      deleteEvidence: db.prepare(`DELETE FROM relation_evidence WHERE doc_id = ?`),
      // Dates are recomputed from the evidence that remains (the edited article's date may change too).
      reweigh: db.prepare(
        `UPDATE relations SET weight = weight - @n,
           first_seen = (SELECT min(a.published_at) FROM relation_evidence ev JOIN articles a ON a.id = ev.doc_id
                         WHERE ev.rel_key = @key),
           last_seen = (SELECT max(a.published_at) FROM relation_evidence ev JOIN articles a ON a.id = ev.doc_id
                        WHERE ev.rel_key = @key)
         WHERE key = @key`,
      ),
      deleteEmpty: db.prepare(`DELETE FROM relations WHERE key = ? AND weight <= 0`),
      lowerDegree: db.prepare(`UPDATE entities SET degree = max(0, degree - ?) WHERE id = ?`),
      deleteMentions: db.prepare(`DELETE FROM mentions WHERE doc_id = ?`),
      deleteSentences: db.prepare(`DELETE FROM sentences WHERE doc_id = ?`),
      deleteParticipants: db.prepare(
        `DELETE FROM event_participants WHERE event_id IN (SELECT id FROM events WHERE doc_id = ?)`,
      ),
      deleteEvents: db.prepare(`DELETE FROM events WHERE doc_id = ?`),
    };
  }

  /**
   * Retracts everything `docId` contributed; entities stay (other articles may name them). Call inside the
   * upsert's transaction. Returns how many rows changed.
   * @example retraction.retract('doc_abc') // 42
   */
  retract(docId: string): number {
    const contributions = this.s.contributions.all(docId);
    let changed = this.s.deleteEvidence.run(docId).changes;
    const degree = new Map<string, number>();
    for (const c of contributions) {
      this.s.reweigh.run({ key: c.rel_key, n: c.n });
      changed += this.s.deleteEmpty.run(c.rel_key).changes;
      degree.set(c.subject, (degree.get(c.subject) ?? 0) + c.n);
      if (c.object !== c.subject) degree.set(c.object, (degree.get(c.object) ?? 0) + c.n);
    }
    for (const [id, n] of degree) this.s.lowerDegree.run(n, id);
    changed += this.s.deleteMentions.run(docId).changes;
    changed += this.s.deleteSentences.run(docId).changes;
    changed += this.s.deleteParticipants.run(docId).changes;
    changed += this.s.deleteEvents.run(docId).changes;
    return changed;
  }
}
