// sigma's two node programs with a picking pass that pauses while a layout runs (see picking-pause).
import { NodeCircleProgram, NodePointProgram } from 'sigma/rendering';
import type { RenderParams } from 'sigma/types';
import type { EdgeAttrs, NodeAttrs } from '../graph/attributes.js';
import { renderPausable } from './picking-pause.js';

/** `NodePointProgram` (square points, for large graphs) with a pausable picking pass. */
export class PausableNodePointProgram extends NodePointProgram<NodeAttrs, EdgeAttrs> {
  override render(params: RenderParams): void {
    renderPausable(this, () => super.render(params));
  }
}

/** `NodeCircleProgram` (discs) with a pausable picking pass. */
export class PausableNodeCircleProgram extends NodeCircleProgram<NodeAttrs, EdgeAttrs> {
  override render(params: RenderParams): void {
    renderPausable(this, () => super.render(params));
  }
}
