// A collision pass for node labels: within one frame a label is drawn only where no label drawn before it sits.

/** A label's box on the canvas, in CSS pixels. */
export interface LabelBox {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Pixels kept free around each label so neighbours stay legible. */
const MARGIN = 2;

const overlaps = (a: LabelBox, b: LabelBox): boolean =>
  a.left < b.right + MARGIN && b.left < a.right + MARGIN && a.top < b.bottom + MARGIN && b.top < a.bottom + MARGIN;

/**
 * The boxes of one frame's labels. Sigma's label grid bounds how many labels a cell shows but not whether
 * labels of neighbouring cells overlap (the centre of the sample graph was unreadable); `place` refuses a box
 * that meets one already placed, `force` places it anyway (the selection, its neighbours, a path).
 * @example const placer = new LabelPlacer(); placer.place(box) // true, then false for an overlapping box
 */
export class LabelPlacer {
  private boxes: LabelBox[] = [];

  /** Starts a new frame. */
  reset(): void {
    this.boxes = [];
  }

  place(box: LabelBox, force = false): boolean {
    if (!force && this.boxes.some((b) => overlaps(b, box))) return false;
    this.boxes.push(box);
    return true;
  }

  /** The boxes of the labels drawn this frame (for tests and the debug handle). */
  placed(): readonly LabelBox[] {
    return this.boxes;
  }
}
