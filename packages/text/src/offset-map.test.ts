import { describe, expect, it } from '@jest/globals';
import { composeMaps, identityMap, OffsetMapBuilder } from './offset-map.js';

describe('OffsetMapBuilder', () => {
  it('records expansions, and attaches dropped units to the unit before them', () => {
    // original "aXbY" → "aab": a doubled, X dropped, b kept, Y dropped
    const b = new OffsetMapBuilder(4);
    b.emit(2, 0, 1);
    b.drop(2);
    b.emit(1, 2, 3);
    b.drop(4);
    const map = b.build();
    expect([0, 1, 2, 3].map((i) => map.toOriginal(i))).toEqual([0, 0, 2, 4]);
    expect(map.toOriginalSpan(1, 2)).toEqual([0, 2]);
    expect(map.toOriginalSpan(2, 3)).toEqual([2, 4]);
    expect(map.toOriginalSpan(2, 2)).toEqual([2, 2]);
  });

  it('builds an identity map when nothing changed', () => {
    const b = new OffsetMapBuilder(2);
    b.emit(1, 0, 1);
    b.emit(1, 1, 2);
    expect(composeMaps(identityMap(2), b.build()).toOriginalSpan(0, 2)).toEqual([0, 2]);
  });
});

describe('composeMaps', () => {
  it('chains a deletion after an expansion', () => {
    // "Z" → "zz" (first), then "zz" → "z" by dropping the second z (second)
    const first = new OffsetMapBuilder(1);
    first.emit(2, 0, 1);
    const second = new OffsetMapBuilder(2);
    second.emit(1, 0, 1);
    second.drop(2);
    const map = composeMaps(first.build(), second.build());
    expect(map.length).toBe(1);
    expect(map.originalLength).toBe(1);
    expect(map.toOriginalSpan(0, 1)).toEqual([0, 1]);
  });
});
