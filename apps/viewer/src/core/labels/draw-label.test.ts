import { describe, expect, test } from '@jest/globals';
import { drawNodeLabel } from './draw-label.js';

/** A recording stand-in for CanvasRenderingContext2D: keeps the state each fillText saw. */
function recordingContext() {
  const calls: { text: string; x: number; y: number; direction: string; align: string; font: string }[] = [];
  const context = {
    direction: 'inherit',
    textAlign: 'start',
    font: '',
    fillStyle: '',
    save() {},
    restore() {},
    fillText(text: string, x: number, y: number) {
      calls.push({ text, x, y, direction: this.direction, align: this.textAlign, font: this.font });
    },
  };
  return { context: context as unknown as CanvasRenderingContext2D, calls };
}

const settings = { labelSize: 12, labelFont: 'Noto Sans Arabic', labelWeight: '500', labelColor: { color: '#000' } };

describe('drawNodeLabel', () => {
  test('draws Arabic with direction rtl, right-aligned just left of the node', () => {
    const { context, calls } = recordingContext();
    drawNodeLabel(context, { x: 200, y: 50, size: 10, label: 'رجب طيب إردوغان', color: '#f00' }, settings);
    expect(calls).toEqual([
      { text: 'رجب طيب إردوغان', x: 187, y: 54, direction: 'rtl', align: 'right', font: '500 12px Noto Sans Arabic' },
    ]);
  });

  test('draws English with direction ltr, left-aligned just right of the node', () => {
    const { context, calls } = recordingContext();
    drawNodeLabel(context, { x: 200, y: 50, size: 10, label: 'Erdogan', color: '#f00' }, settings);
    expect(calls[0]).toMatchObject({ x: 213, direction: 'ltr', align: 'left' });
  });

  test('draws nothing for an empty label (faded nodes)', () => {
    const { context, calls } = recordingContext();
    drawNodeLabel(context, { x: 0, y: 0, size: 1, label: '', color: '#000' }, settings);
    expect(calls).toEqual([]);
  });
});
