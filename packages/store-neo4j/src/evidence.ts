// Turns the evidence pointers of an entity (relationship evidence keys and event mentions) plus
// their resolved sentences into EvidenceViews with offsets inside the sentence.
import type { EvidenceView } from '@shabaka/schema';
import { ArticleRef } from '@shabaka/schema';

interface Pointer {
  sentenceId: string;
  start: number;
  end: number;
  confidence: number;
  predicate: string | null;
}

/** Evidence key `<sentence id>|<start>|<end>`; the id may itself hold '|', so split from the right. */
export function parseEvidenceKey(key: string): { sentenceId: string; start: number; end: number } | null {
  const m = /^(.*)\|(\d+)\|(\d+)$/s.exec(key);
  return m ? { sentenceId: m[1] as string, start: Number(m[2]), end: Number(m[3]) } : null;
}

function asList(v: unknown): Record<string, unknown>[] {
  return Array.isArray(v) ? (v as Record<string, unknown>[]) : [];
}

/**
 * Collects pointers and returns the sentence ids to fetch plus a function that builds the views
 * once the sentences are known (pointers whose sentence is missing are dropped).
 * @example const { sentenceIds, evidence } = assembleEvidence(row.relationEvidence, row.eventEvidence)
 */
export function assembleEvidence(
  relationEvidence: unknown,
  eventEvidence: unknown,
): { sentenceIds: string[]; evidence: (sentences: readonly Record<string, unknown>[]) => EvidenceView[] } {
  const pointers: Pointer[] = [];
  for (const r of asList(relationEvidence)) {
    const parsed = typeof r.key === 'string' ? parseEvidenceKey(r.key) : null;
    if (parsed) pointers.push({ ...parsed, confidence: Number(r.confidence ?? 1), predicate: String(r.predicate) });
  }
  for (const e of asList(eventEvidence)) {
    pointers.push({
      sentenceId: String(e.sentenceId),
      start: Number(e.start),
      end: Number(e.end),
      confidence: Number(e.confidence ?? 1),
      predicate: typeof e.predicate === 'string' ? e.predicate : null,
    });
  }
  return {
    sentenceIds: [...new Set(pointers.map((p) => p.sentenceId))],
    evidence: (sentences) => {
      const byId = new Map(sentences.map((s) => [String(s.id), s]));
      return pointers.flatMap((p) => {
        const s = byId.get(p.sentenceId);
        const doc = ArticleRef.safeParse(s?.article);
        if (!s || !doc.success || typeof s.text !== 'string') return [];
        return [
          {
            sentence: s.text,
            start: p.start,
            end: p.end,
            predicate: p.predicate,
            confidence: p.confidence,
            doc: doc.data,
          },
        ];
      });
    },
  };
}
