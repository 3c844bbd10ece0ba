// Entity-level precision/recall/F1 as conlleval computes them: exact span and class match, micro and per class.
import { spansFromTags } from './labels.js';

/** Scored classes: MISC is ignored on both sides, as the product never emits it. */
export const SCORED_CLASSES = ['PER', 'ORG', 'LOC'] as const;
export type ScoredClass = (typeof SCORED_CLASSES)[number];

/** Precision, recall and F1 in percent (0–100), rounded to two decimals. */
export interface Prf {
  p: number;
  r: number;
  f1: number;
}

/** Scores for one language: micro over PER/ORG/LOC plus one entry per class. */
export type LangScores = { micro: Prf } & Record<ScoredClass, Prf>;

interface Counts {
  tp: number;
  pred: number;
  gold: number;
}

const round2 = (x: number): number => Math.round(x * 100) / 100;

function prf(c: Counts): Prf {
  const p = c.pred === 0 ? 0 : (100 * c.tp) / c.pred;
  const r = c.gold === 0 ? 0 : (100 * c.tp) / c.gold;
  const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return { p: round2(p), r: round2(r), f1: round2(f1) };
}

/**
 * Scores predicted against gold tag sequences (one array per sentence), counting only PER/ORG/LOC.
 * @example scoreEntities([['B-PER', 'I-PER', 'O']], [['B-PER', 'O', 'O']]).micro // { p: 0, r: 0, f1: 0 }
 */
export function scoreEntities(gold: readonly (readonly string[])[], pred: readonly (readonly string[])[]): LangScores {
  const counts = new Map<ScoredClass, Counts>(SCORED_CLASSES.map((c) => [c, { tp: 0, pred: 0, gold: 0 }]));
  const scored = (cls: string): cls is ScoredClass => (SCORED_CLASSES as readonly string[]).includes(cls);
  gold.forEach((g, s) => {
    const p = pred[s] ?? [];
    const goldSpans = spansFromTags(g).filter((x) => scored(x.cls));
    const predSpans = spansFromTags(p).filter((x) => scored(x.cls));
    const goldKeys = new Set(goldSpans.map((x) => `${x.start}:${x.end}:${x.cls}`));
    for (const x of goldSpans) counts.get(x.cls as ScoredClass)!.gold++;
    for (const x of predSpans) {
      const c = counts.get(x.cls as ScoredClass)!;
      c.pred++;
      if (goldKeys.has(`${x.start}:${x.end}:${x.cls}`)) c.tp++;
    }
  });
  const total: Counts = { tp: 0, pred: 0, gold: 0 };
  for (const c of counts.values()) {
    total.tp += c.tp;
    total.pred += c.pred;
    total.gold += c.gold;
  }
  return {
    micro: prf(total),
    PER: prf(counts.get('PER')!),
    ORG: prf(counts.get('ORG')!),
    LOC: prf(counts.get('LOC')!),
  };
}
