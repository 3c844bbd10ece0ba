import { describe, expect, test } from '@jest/globals';
import { labelAnchor } from './draw-label.js';
import { isRtl } from './direction.js';

describe('isRtl', () => {
  test.each([
    ['هاكان فيدان', true],
    ['«تحالف الراغبين»', true],
    ['2025 قمة', true],
    ['قمة G20', true],
    ['Hakan Fidan', false],
    ['G20 قمة', false],
    ['', false],
    ['123 - ()', false],
    ['שלום', true],
  ])('%s → %s', (text, expected) => {
    expect(isRtl(text)).toBe(expected);
  });
});

describe('labelAnchor', () => {
  test('an Arabic label ends left of the node, right-aligned, in rtl', () => {
    expect(labelAnchor('فيدان', 100, 5)).toEqual({ x: 92, direction: 'rtl', align: 'right' });
  });
  test('a Latin label starts right of the node, left-aligned, in ltr', () => {
    expect(labelAnchor('Fidan', 100, 5)).toEqual({ x: 108, direction: 'ltr', align: 'left' });
  });
});
