// Error breakdown of predicted vs gold entity spans: missed, spurious, wrong boundary, wrong class (for dev-split analysis).
import { spansFromTags, type TokenSpan } from '../src/labels.js';

/** Counts per gold / predicted class of each kind of error. */
export type ErrorCounts = Record<
  'missed' | 'spurious' | 'boundary' | 'type' | 'boundaryAndType',
  Record<string, number>
>;

const overlaps = (a: TokenSpan, b: TokenSpan): boolean => a.start < b.end && b.start < a.end;

/**
 * Classifies every non-matching span (MISC ignored): a gold span no prediction overlaps is missed, a predicted
 * span no gold overlaps is spurious; overlapping pairs are wrong in boundary, class, or both.
 * @example errorBreakdown([['B-PER', 'I-PER']], [['B-PER', 'O']]).boundary.PER // 1
 */
export function errorBreakdown(gold: readonly string[][], pred: readonly string[][]): ErrorCounts {
  const out: ErrorCounts = { missed: {}, spurious: {}, boundary: {}, type: {}, boundaryAndType: {} };
  const bump = (kind: keyof ErrorCounts, cls: string): void => void (out[kind][cls] = (out[kind][cls] ?? 0) + 1);
  gold.forEach((g, k) => {
    const gs = spansFromTags(g).filter((s) => s.cls !== 'MISC');
    const ps = spansFromTags(pred[k] ?? []).filter((s) => s.cls !== 'MISC');
    const same = (a: TokenSpan, b: TokenSpan): boolean => a.start === b.start && a.end === b.end;
    for (const s of gs) {
      if (ps.some((p) => same(p, s) && p.cls === s.cls)) continue;
      const o = ps.find((p) => overlaps(p, s));
      if (!o) bump('missed', s.cls);
      else if (same(o, s)) bump('type', `${s.cls}→${o.cls}`);
      else bump(o.cls === s.cls ? 'boundary' : 'boundaryAndType', o.cls === s.cls ? s.cls : `${s.cls}→${o.cls}`);
    }
    for (const p of ps) if (!gs.some((s) => overlaps(p, s))) bump('spurious', p.cls);
  });
  return out;
}
