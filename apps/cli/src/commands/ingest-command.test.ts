// The end-of-run table says what each count counts, beside what the store holds afterwards.
import { describe, expect, it } from '@jest/globals';
import { summaryTable } from './ingest-command.js';

describe('summaryTable', () => {
  it('labels per-sentence relation evidence apart from the distinct edges the store holds (62 vs 52)', () => {
    const summary = {
      inputs: 1,
      read: 9,
      skipped: 0,
      written: 9,
      failed: 0,
      sentences: 120,
      entities: 80,
      relations: 62,
      events: 14,
      tokens: 4000,
      elapsedMs: 2000,
      issues: [],
      workers: 1,
    };
    const stored = {
      documents: 9,
      entities: 68,
      relations: 52,
      events: 14,
      sentences: 120,
      byType: {},
      byPredicate: {},
    };
    const rows = summaryTable(summary, 'sqlite:g.db', stored).split('\n');
    const row = (label: string): string | undefined => rows.find((r) => r.trimStart().startsWith(label));
    expect(row('relation evidence (per sentence)')).toMatch(/\b62\b/);
    expect(row('store now: relations (distinct edges)')).toMatch(/\b52\b/);
    expect(row('entities found (per document)')).toMatch(/\b80\b/);
    expect(row('store now: entities')).toMatch(/\b68\b/);
    expect(rows.some((r) => /^\s*relations\s/.test(r))).toBe(false);
  });
});
