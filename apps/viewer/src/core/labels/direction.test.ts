import { describe, expect, test } from '@jest/globals';
import { labelAnchor } from './draw-label.js';
import { isRtl, pathHeading } from './direction.js';

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

describe('pathHeading', () => {
  test('isolates each name inside a left-to-right run so an Arabic "from" stays before the arrow', () => {
    const text = pathHeading('هاكان فيدان', 'دونالد ترمب');
    expect(text).toBe('\u2066\u2068هاكان فيدان\u2069 → \u2068دونالد ترمب\u2069\u2069');
    expect(text.indexOf('هاكان')).toBeLessThan(text.indexOf('→'));
  });
});
