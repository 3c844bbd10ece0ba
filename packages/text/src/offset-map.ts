// Offset maps: from an index in a transformed (normalised) string back to the original string.
import { TextError, TextErrorCode } from './errors.js';

/**
 * Maps indices (UTF-16 code units) of a transformed string back to the string it was made from.
 * `toOriginal` is monotone; `toOriginal(length)` is `originalLength`.
 */
export interface OffsetMap {
  /** Length of the transformed string. */
  readonly length: number;
  /** Length of the original string. */
  readonly originalLength: number;
  /** Original index of the transformed index `i` (0 ≤ i ≤ length). */
  toOriginal(i: number): number;
  /** Original span `[start, end)` covering the transformed span `[start, end)`. */
  toOriginalSpan(start: number, end: number): [number, number];
}

function checkIndex(i: number, length: number, what: string): void {
  if (!Number.isInteger(i) || i < 0 || i > length) {
    throw new TextError(
      TextErrorCode.OFFSET_OUT_OF_RANGE,
      `${what} ${i} is outside 0..${length}`,
      'pass an index into the normalised text (0..its length), not into the original',
    );
  }
}

function checkSpan(start: number, end: number, length: number): void {
  checkIndex(start, length, 'span start');
  checkIndex(end, length, 'span end');
  if (end < start) {
    throw new TextError(
      TextErrorCode.OFFSET_OUT_OF_RANGE,
      `span end ${end} is before its start ${start}`,
      'pass the span as (start, end) with start ≤ end',
    );
  }
}

/** The map of a transformation that changed nothing. */
class IdentityMap implements OffsetMap {
  constructor(readonly length: number) {}

  get originalLength(): number {
    return this.length;
  }

  toOriginal(i: number): number {
    checkIndex(i, this.length, 'index');
    return i;
  }

  toOriginalSpan(start: number, end: number): [number, number] {
    checkSpan(start, end, this.length);
    return [start, end];
  }
}

/** Each transformed code unit remembers the original span it came from. */
class SpanMap implements OffsetMap {
  constructor(
    private readonly starts: Int32Array,
    private readonly ends: Int32Array,
    readonly originalLength: number,
  ) {}

  get length(): number {
    return this.starts.length;
  }

  toOriginal(i: number): number {
    checkIndex(i, this.starts.length, 'index');
    return i === this.starts.length ? this.originalLength : (this.starts[i] as number);
  }

  toOriginalSpan(start: number, end: number): [number, number] {
    checkSpan(start, end, this.starts.length);
    if (start === end) {
      const at = this.toOriginal(start);
      return [at, at];
    }
    return [this.starts[start] as number, this.ends[end - 1] as number];
  }
}

/**
 * The map that does nothing: for text left unchanged.
 * @example identityMap(5).toOriginal(3) // 3
 */
export function identityMap(length: number): OffsetMap {
  return new IdentityMap(length);
}

/**
 * Builds a map while a transformation writes its output left to right.
 * `emit` says that `count` output code units came from original `[start, end)`;
 * `drop` says that original code units up to `end` produced nothing: they join the
 * previous output unit so that a span over a word also covers its removed marks.
 * @example
 * const b = new OffsetMapBuilder(3); // original 'بَا' (ب, fatha, ا) → 'با'
 * b.emit(1, 0, 1); b.drop(2); b.emit(1, 2, 3);
 * b.build().toOriginalSpan(0, 1); // [0, 2]: ب with its fatha
 */
export class OffsetMapBuilder {
  private starts: number[] = [];
  private ends: number[] = [];

  constructor(private readonly originalLength: number) {}

  emit(count: number, start: number, end: number): void {
    for (let k = 0; k < count; k++) {
      this.starts.push(start);
      this.ends.push(end);
    }
  }

  drop(end: number): void {
    const last = this.ends.length - 1;
    if (last >= 0) this.ends[last] = end;
  }

  build(): OffsetMap {
    const n = this.starts.length;
    const last = this.ends[n - 1];
    if (n === this.originalLength && last === this.originalLength && this.starts.every((s, i) => s === i)) {
      return new IdentityMap(n);
    }
    return new SpanMap(Int32Array.from(this.starts), Int32Array.from(this.ends), this.originalLength);
  }
}

/**
 * Chains two maps: `first` maps text B back to A, `second` maps C back to B; the result maps C back to A.
 * @example
 * const a = normalize(raw);                 // raw → a.text
 * const b = normalize(a.text, { forMatch: true }); // a.text → b.text
 * composeMaps(a.map, b.map).toOriginal(3);  // index in b.text → index in raw
 */
export function composeMaps(first: OffsetMap, second: OffsetMap): OffsetMap {
  if (first.length !== second.originalLength) {
    throw new TextError(
      TextErrorCode.MAP_MISMATCH,
      `cannot compose maps: the first maps a text of length ${first.length} but the second came from length ${second.originalLength}`,
      'pass the maps in the order their transformations were applied: composeMaps(first, second)',
    );
  }
  if (second instanceof IdentityMap) return first;
  if (first instanceof IdentityMap) return second;
  const n = second.length;
  const starts = new Int32Array(n);
  const ends = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const [midStart, midEnd] = second.toOriginalSpan(i, i + 1);
    const [start, end] = first.toOriginalSpan(midStart, midEnd);
    starts[i] = start;
    ends[i] = end;
  }
  return new SpanMap(starts, ends, first.originalLength);
}
