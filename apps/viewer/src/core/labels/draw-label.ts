// Sigma label renderers that draw right-to-left labels correctly: shaped, in logical order, to the left of the node.
import type { Settings } from 'sigma/settings';
import type { NodeDisplayData, PartialButFor } from 'sigma/types';
import { isRtl } from './direction.js';
import type { LabelBox, LabelPlacer } from './label-placer.js';

type LabelData = PartialButFor<NodeDisplayData, 'x' | 'y' | 'size' | 'label' | 'color'>;
/** The label settings the renderers read (any sigma Settings fits, whatever its attribute types). */
type LabelSettings = Pick<Settings, 'labelSize' | 'labelFont' | 'labelWeight' | 'labelColor'>;

const GAP = 3;

function labelColor(data: LabelData, settings: LabelSettings): string {
  const attribute = settings.labelColor.attribute;
  const fromData = attribute ? (data as Record<string, unknown>)[attribute] : undefined;
  return typeof fromData === 'string' ? fromData : (settings.labelColor.color ?? '#000');
}

/**
 * Where a label starts and how it is aligned: LTR labels start right of the node; RTL labels end left of it
 * (their first letter is nearest the node, as readers of Arabic expect). Fixes sigma #979.
 * @example labelAnchor('فيدان', 100, 5) // { x: 92, direction: 'rtl', align: 'right' }
 */
export function labelAnchor(
  label: string,
  x: number,
  size: number,
): { x: number; direction: CanvasDirection; align: CanvasTextAlign } {
  return isRtl(label)
    ? { x: x - size - GAP, direction: 'rtl', align: 'right' }
    : { x: x + size + GAP, direction: 'ltr', align: 'left' };
}

/**
 * `defaultDrawNodeLabel` for sigma: sets `context.direction = 'rtl'` for Arabic so canvas shapes and orders
 * the glyphs right to left, and anchors the label's right edge just left of the node.
 * @example new Sigma(graph, container, { defaultDrawNodeLabel: drawNodeLabel })
 */
export function drawNodeLabel(context: CanvasRenderingContext2D, data: LabelData, settings: LabelSettings): void {
  if (!data.label) return;
  const { labelSize: size, labelFont: font, labelWeight: weight } = settings;
  const anchor = labelAnchor(data.label, data.x, data.size);
  context.save();
  context.fillStyle = labelColor(data, settings);
  context.font = `${weight} ${size}px ${font}`;
  context.direction = anchor.direction;
  context.textAlign = anchor.align;
  context.fillText(data.label, anchor.x, data.y + size / 3);
  context.restore();
}

/**
 * The box a label occupies, measured with the context's font as `drawNodeLabel` sets it.
 * @example labelBox(context, { x: 100, y: 50, size: 5, label: 'فيدان', color: '#000' }, settings).right // 92
 */
export function labelBox(context: CanvasRenderingContext2D, data: LabelData, settings: LabelSettings): LabelBox {
  const { labelSize: size, labelFont: font, labelWeight: weight } = settings;
  const anchor = labelAnchor(data.label ?? '', data.x, data.size);
  context.save();
  context.font = `${weight} ${size}px ${font}`;
  const width = context.measureText(data.label ?? '').width;
  context.restore();
  const left = anchor.align === 'right' ? anchor.x - width : anchor.x;
  return { left, top: data.y - size / 2 - 1, right: left + width, bottom: data.y + size / 2 + 1 };
}

/**
 * A `defaultDrawNodeLabel` that skips a label overlapping one drawn before it in the frame (forced labels —
 * selection, neighbours, path — are always drawn); reset `placer` before each render.
 * @example new Sigma(graph, container, { defaultDrawNodeLabel: drawLabelWithoutOverlap(placer) })
 */
export function drawLabelWithoutOverlap(placer: LabelPlacer) {
  return (context: CanvasRenderingContext2D, data: LabelData, settings: LabelSettings): void => {
    if (!data.label) return;
    if (placer.place(labelBox(context, data, settings), data.forceLabel === true))
      drawNodeLabel(context, data, settings);
  };
}

/**
 * `defaultDrawNodeHover` for sigma: a white box around the node and its label, on the label's side.
 * @example new Sigma(graph, container, { defaultDrawNodeHover: drawNodeHover })
 */
export function drawNodeHover(context: CanvasRenderingContext2D, data: LabelData, settings: LabelSettings): void {
  const { labelSize: size, labelFont: font, labelWeight: weight } = settings;
  context.save();
  context.font = `${weight} ${size}px ${font}`;
  context.fillStyle = '#fff';
  context.shadowBlur = 8;
  context.shadowColor = 'rgba(0,0,0,0.45)';
  const padding = 2;
  const radius = Math.max(data.size, size / 2) + padding;
  context.beginPath();
  if (data.label) {
    const width = context.measureText(data.label).width + 2 * GAP;
    const height = size + 2 * padding;
    const rtl = isRtl(data.label);
    const left = rtl ? data.x - radius - width : data.x;
    context.rect(left, data.y - height / 2, width + radius, height);
  }
  context.arc(data.x, data.y, radius, 0, Math.PI * 2);
  context.fill();
  context.restore();
  drawNodeLabel(context, data, settings);
}
