// A joint-sequence (graphone) n-gram model with interpolated Witten-Bell smoothing (Bisani & Ney 2008).

/** Counts after one history: total tokens, distinct followers, follower id → count. */
export interface HistoryCounts {
  total: number;
  types: number;
  next: Map<number, number>;
}

/** Counts of every order: `tables[k]` maps a history of k graphone ids (joined by ',') to its followers. */
export class GraphoneNgram {
  readonly order: number;
  readonly tables: Map<string, HistoryCounts>[];
  readonly vocabSize: number;

  constructor(order: number, vocabSize: number, tables?: Map<string, HistoryCounts>[]) {
    this.order = order;
    this.vocabSize = vocabSize;
    this.tables = tables ?? Array.from({ length: order }, () => new Map<string, HistoryCounts>());
  }

  /** Counts one graphone sequence (ids), padded with `bos` before and `eos` after. */
  add(seq: readonly number[], bos: number, eos: number): void {
    const padded = [...Array<number>(this.order - 1).fill(bos), ...seq, eos];
    for (let i = this.order - 1; i < padded.length; i++) {
      const w = padded[i] as number;
      for (let k = 0; k < this.order; k++) {
        const key = padded.slice(i - k, i).join(',');
        const table = this.tables[k] as Map<string, HistoryCounts>;
        let h = table.get(key);
        if (!h) {
          h = { total: 0, types: 0, next: new Map() };
          table.set(key, h);
        }
        const c = h.next.get(w) ?? 0;
        if (c === 0) h.types++;
        h.next.set(w, c + 1);
        h.total++;
      }
    }
  }

  /**
   * P(w | history), history = the last `order − 1` ids (oldest first), Witten-Bell interpolated down to a
   * uniform distribution over the vocabulary. `maxHistory` caps the history used (a bigram view of the model).
   */
  prob(history: readonly number[], w: number, maxHistory = this.order - 1): number {
    let p = 1 / this.vocabSize;
    for (let k = 0; k <= Math.min(maxHistory, history.length); k++) {
      const h = (this.tables[k] as Map<string, HistoryCounts>).get(history.slice(history.length - k).join(','));
      if (!h) break;
      p = ((h.next.get(w) ?? 0) + h.types * p) / (h.total + h.types);
    }
    return p;
  }
}
