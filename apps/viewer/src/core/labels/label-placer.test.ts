// The label collision pass: overlapping labels are refused within a frame, forced ones always placed.
import { describe, expect, test } from '@jest/globals';
import { LabelPlacer } from './label-placer.js';

const box = (left: number, top: number, width = 40, height = 14) => ({
  left,
  top,
  right: left + width,
  bottom: top + height,
});

describe('LabelPlacer', () => {
  test('refuses a label over one placed before, keeps a forced one, and forgets all on reset', () => {
    const placer = new LabelPlacer();
    expect(placer.place(box(0, 0))).toBe(true);
    expect(placer.place(box(30, 5))).toBe(false);
    expect(placer.place(box(0, 20))).toBe(true);
    expect(placer.place(box(10, 2), true)).toBe(true);
    expect(placer.placed()).toHaveLength(3);
    placer.reset();
    expect(placer.place(box(30, 5))).toBe(true);
  });
});
