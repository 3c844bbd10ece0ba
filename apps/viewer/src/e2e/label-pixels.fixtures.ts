// In-page pixel checks of a node label on sigma's label layer: where its ink is, and whether its glyph order
// matches the browser's own right-to-left rendering of the same text rather than a left-to-right one.
import type { Page } from 'playwright-core';

export interface LabelInk {
  label: string;
  nodeX: number;
  nodeSize: number;
  /** Horizontal extent of the label's ink in CSS pixels, or null when nothing was drawn in the label's row. */
  inkLeft: number | null;
  inkRight: number | null;
  /** Share of ink pixels (0–1) that differ between the drawn label and references drawn with each base direction. */
  diffRtl: number;
  diffLtr: number;
}

/**
 * Reads a sigma layer ('hovers' for the selected node, 'labels' for the others) around `nodeId` and compares
 * the label's ink with two references drawn by the browser: the same text with `direction = 'rtl'` and with
 * `direction = 'ltr'` (what sigma's default renderer does).
 * @example const ink = await measureLabel(page, id); expect(ink.inkRight).toBeLessThan(ink.nodeX)
 */
export async function measureLabel(page: Page, nodeId: string, layerName = 'hovers'): Promise<LabelInk> {
  return page.evaluate(
    ([id, layerId]) => {
      const handle = window.__shabaka;
      const node = handle?.node(id);
      const layer = document.querySelector<HTMLCanvasElement>(`canvas.sigma-${layerId}`);
      if (!handle || !node || !layer) throw new Error(`label check: node ${id} or the label layer is missing`);
      const ratio = layer.width / layer.clientWidth;
      const font = handle.labelFont();
      const fontSize = Number(/(\d+)px/.exec(font)?.[1] ?? 14);
      // The label's row: one font size above the baseline to a third below it (sigma's baseline is y + size/3).
      const top = Math.max(0, Math.floor((node.y - fontSize) * ratio));
      const height = Math.ceil(fontSize * 1.6 * ratio);
      const context = layer.getContext('2d');
      if (!context) throw new Error('label check: no 2D context on the label layer');
      const row = context.getImageData(0, top, layer.width, height);
      // Ink is a dark, visible pixel: labels are dark text, on transparent (labels layer) or white (hovers layer).
      const inkAt = (data: ImageData, x: number, y: number) => {
        if (x < 0 || y < 0 || x >= data.width || y >= data.height) return 0;
        const i = (y * data.width + x) * 4;
        const [r = 0, g = 0, b = 0, a = 0] = [data.data[i], data.data[i + 1], data.data[i + 2], data.data[i + 3]];
        // More than half covered by dark text: on the hover layer's white box that is a dark grey; on a
        // transparent layer it is black at more than half opacity. The box's soft shadow stays below both.
        return a > 128 && r + g + b < 384 ? 1 : 0;
      };
      const inkColumns = (data: ImageData) => {
        const columns: number[] = [];
        for (let x = 0; x < data.width; x++) {
          for (let y = 0; y < data.height; y++) {
            if (inkAt(data, x, y)) {
              columns.push(x);
              break;
            }
          }
        }
        return columns;
      };
      // Only ink within reach of this node counts (other labels may share the row further away).
      const scratch = document.createElement('canvas').getContext('2d');
      if (!scratch) throw new Error('label check: no scratch canvas');
      scratch.font = font;
      const width = scratch.measureText(node.label).width * ratio;
      const reach = (node.size + 8) * ratio + width;
      const nodeX = node.x * ratio;
      const near = inkColumns(row).filter(
        (x) => Math.abs(x - nodeX) <= reach && Math.abs(x - nodeX) > node.size * ratio,
      );
      const inkLeft = near.length ? Math.min(...near) : null;
      const inkRight = near.length ? Math.max(...near) : null;

      const reference = (direction: CanvasDirection) => {
        const canvas = document.createElement('canvas');
        canvas.width = Math.ceil(width + 20 * ratio);
        canvas.height = height;
        const ctx = canvas.getContext('2d');
        if (!ctx) throw new Error('label check: no reference canvas');
        if (layerId === 'hovers') {
          // The hover layer draws labels on a white box: so does the reference, for the same anti-aliasing.
          ctx.fillStyle = '#fff';
          ctx.fillRect(0, 0, canvas.width, canvas.height);
        }
        ctx.font = font.replace(/(\d+)px/, `${fontSize * ratio}px`);
        ctx.direction = direction;
        ctx.textAlign = 'left';
        ctx.fillStyle = '#000';
        ctx.fillText(node.label, 10 * ratio, (node.y + fontSize / 3) * ratio - top);
        return ctx.getImageData(0, 0, canvas.width, canvas.height);
      };
      const topOf = (data: ImageData, left: number, right: number) => {
        for (let y = 0; y < data.height; y++) {
          for (let x = left; x <= right; x++) if (inkAt(data, x, y)) return y;
        }
        return 0;
      };
      // Ink masks aligned on their top-left ink pixel: the share of ink pixels present in only one of them.
      const compare = (ref: ImageData) => {
        if (inkLeft === null || inkRight === null) return 1;
        const refColumns = inkColumns(ref);
        const refLeft = refColumns[0] ?? 0;
        const refRight = refColumns[refColumns.length - 1] ?? 0;
        const rowTop = topOf(row, inkLeft, inkRight);
        const refTop = topOf(ref, refLeft, refRight);
        let differ = 0;
        let ink = 0;
        for (let x = 0; x <= Math.max(inkRight - inkLeft, refRight - refLeft); x++) {
          for (let y = 0; y < height; y++) {
            const a = inkAt(row, inkLeft + x, rowTop + y);
            const b = inkAt(ref, refLeft + x, refTop + y);
            if (a || b) {
              ink++;
              if (a !== b) differ++;
            }
          }
        }
        return ink ? differ / ink : 1;
      };
      return {
        label: node.label,
        nodeX: node.x,
        nodeSize: node.size,
        inkLeft: inkLeft === null ? null : inkLeft / ratio,
        inkRight: inkRight === null ? null : inkRight / ratio,
        diffRtl: compare(reference('rtl')),
        diffLtr: compare(reference('ltr')),
      };
    },
    [nodeId, layerName] as const,
  );
}
