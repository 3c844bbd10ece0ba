// An open-addressing hash map from a pair of small non-negative integers to a row number: the scorer's lookup of
// word-pair features by interned word ids, instead of building and hashing one string per pair and token.

const EMPTY = -1;

/**
 * Maps (a, b) → row, for a, b ≥ 0. Fixed capacity (twice the entries, rounded up to a power of two), linear probing.
 * @example const p = new PairIndex(1); p.set(3, 7, 42); p.get(3, 7) // 42; p.get(7, 3) // -1
 */
export class PairIndex {
  private readonly first: Int32Array;
  private readonly second: Int32Array;
  private readonly rows: Int32Array;
  private readonly mask: number;

  constructor(entries: number) {
    let size = 2;
    while (size < entries * 2) size *= 2;
    this.first = new Int32Array(size).fill(EMPTY);
    this.second = new Int32Array(size);
    this.rows = new Int32Array(size);
    this.mask = size - 1;
  }

  private slot(a: number, b: number): number {
    return (Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x632be5ab, 0x85ebca77)) & this.mask;
  }

  set(a: number, b: number, row: number): void {
    let s = this.slot(a, b);
    while (this.first[s] !== EMPTY && (this.first[s] !== a || this.second[s] !== b)) s = (s + 1) & this.mask;
    this.first[s] = a;
    this.second[s] = b;
    this.rows[s] = row;
  }

  /** The row of (a, b), or -1. */
  get(a: number, b: number): number {
    let s = this.slot(a, b);
    for (;;) {
      const f = this.first[s]!;
      if (f === EMPTY) return -1;
      if (f === a && this.second[s] === b) return this.rows[s]!;
      s = (s + 1) & this.mask;
    }
  }
}
