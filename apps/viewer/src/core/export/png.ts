// PNG export: sigma's canvas layers (WebGL and 2D) composited onto one canvas over a white background.
import type { Attributes } from 'graphology-types';
import type Sigma from 'sigma';

/**
 * Renders once and composites every layer in DOM order; WebGL buffers are read in the same task as the
 * render, so no `preserveDrawingBuffer` is needed.
 * @example const blob = await exportPng(sigma)
 */
export async function exportPng<N extends Attributes, E extends Attributes>(sigma: Sigma<N, E>): Promise<Blob> {
  sigma.refresh();
  const { width, height } = sigma.getDimensions();
  const ratio = window.devicePixelRatio || 1;
  const output = document.createElement('canvas');
  output.width = Math.round(width * ratio);
  output.height = Math.round(height * ratio);
  const context = output.getContext('2d');
  if (!context) throw new Error('viewer: the browser gave no 2D canvas for the PNG export');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, output.width, output.height);
  const layers = Object.values(sigma.getCanvases()).sort((a, b) =>
    a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1,
  );
  for (const layer of layers) context.drawImage(layer, 0, 0, output.width, output.height);
  return new Promise((resolve, reject) =>
    output.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('viewer: PNG encoding failed'))), 'image/png'),
  );
}

/**
 * Offers a blob as a download with the given file name.
 * @example download(await exportPng(sigma), 'shabaka.png')
 */
export function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
