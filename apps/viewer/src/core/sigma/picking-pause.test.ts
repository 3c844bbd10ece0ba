import { describe, expect, test } from '@jest/globals';
import { isPickingPaused, pausePicking, renderPausable } from './picking-pause.js';
import type { PickingProgram } from './picking-pause.js';

/** A program whose render records whether it would draw the picking pass. */
function fakeProgram(renderer: object) {
  const pick = { name: 'pick' };
  const program: PickingProgram = { renderer, pickProgram: pick };
  const drawn: boolean[] = [];
  const render = () => drawn.push(program.pickProgram !== null);
  return { program, pick, drawn, render };
}

describe('picking pause', () => {
  test('a paused renderer draws without its picking pass, then gets it back', () => {
    const renderer = {};
    const { program, pick, drawn, render } = fakeProgram(renderer);
    renderPausable(program, render);
    pausePicking(renderer, true);
    expect(isPickingPaused(renderer)).toBe(true);
    renderPausable(program, render);
    expect(program.pickProgram).toBe(pick);
    pausePicking(renderer, false);
    renderPausable(program, render);
    expect(drawn).toEqual([true, false, true]);
    expect(isPickingPaused(renderer)).toBe(false);
  });

  test('pausing one renderer leaves the others alone', () => {
    const a = {};
    const b = fakeProgram({});
    pausePicking(a, true);
    renderPausable(b.program, b.render);
    expect(b.drawn).toEqual([true]);
    pausePicking(a, false);
  });

  test('the picking pass comes back even when the render throws', () => {
    const renderer = {};
    const { program, pick } = fakeProgram(renderer);
    pausePicking(renderer, true);
    expect(() =>
      renderPausable(program, () => {
        throw new Error('lost context');
      }),
    ).toThrow('lost context');
    expect(program.pickProgram).toBe(pick);
    pausePicking(renderer, false);
  });
});
