// Which renderers have their picking pass (the offscreen draw hover and click read back) paused while a layout
// runs: without a GPU, that second draw of every node is part of every layout frame. No sigma import (unit tests).

const paused = new WeakSet<object>();

/**
 * Pauses (or resumes) the picking pass of every pausable node program of `renderer` (a sigma instance). sigma
 * still re-allocates the blank picking texture on every render, so while paused nothing is under the mouse:
 * no hover, no click on a node — never a stale node at its old position.
 * @example pausePicking(sigma, true)
 */
export function pausePicking(renderer: object, pause: boolean): void {
  if (pause) paused.add(renderer);
  else paused.delete(renderer);
}

/**
 * Whether `renderer`'s picking pass is paused.
 * @example isPickingPaused(sigma) // false
 */
export function isPickingPaused(renderer: object): boolean {
  return paused.has(renderer);
}

/** The part of a sigma program that `renderPausable` touches. */
export interface PickingProgram {
  renderer: object;
  pickProgram: unknown;
}

/**
 * Runs `render` (a program's own render) without its picking pass when its renderer's picking is paused: sigma's
 * `Program#render` draws that pass only when `pickProgram` is set, so it is hidden for this one call.
 * @example renderPausable(this, () => super.render(params))
 */
export function renderPausable(program: PickingProgram, render: () => void): void {
  if (!paused.has(program.renderer)) return render();
  const pick = program.pickProgram;
  program.pickProgram = null;
  try {
    render();
  } finally {
    program.pickProgram = pick;
  }
}
