// Pixel checks on screenshots: what colour was drawn at given points and how much of a region is not background.
// Decoded in a blank page of the same browser (no CSP there, unlike the viewer's page).
import type { BrowserContext, Page } from 'playwright-core';

export interface Rgb {
  r: number;
  g: number;
  b: number;
}

export interface ScreenshotPixels {
  /** The colour at each requested point (coordinates relative to the clip). */
  at: Rgb[];
  /** Pixels of the clip whose colour is farther than `tolerance` from `background`. */
  nonBackground: number;
  total: number;
}

/**
 * Screenshots `clip` of `page` and reads it back.
 * @example const { at } = await screenshotPixels(context, page, box, [{ x: 10, y: 20 }])
 */
export async function screenshotPixels(
  context: BrowserContext,
  page: Page,
  clip: { x: number; y: number; width: number; height: number },
  points: readonly { x: number; y: number }[] = [],
  background: Rgb = { r: 255, g: 255, b: 255 },
  tolerance = 24,
): Promise<ScreenshotPixels> {
  const png = (await page.screenshot({ clip })).toString('base64');
  const scratch = await context.newPage();
  try {
    return await scratch.evaluate(
      async ({ png, points, background, tolerance }) => {
        const image = new Image();
        image.src = `data:image/png;base64,${png}`;
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = image.naturalWidth;
        canvas.height = image.naturalHeight;
        const context = canvas.getContext('2d');
        if (!context) throw new Error('pixels: no 2D context');
        context.drawImage(image, 0, 0);
        const data = context.getImageData(0, 0, canvas.width, canvas.height).data;
        // The browser runs at device pixel ratio 1 (launchBrowser), so screenshot pixels are CSS pixels.
        const rgb = (x: number, y: number) => {
          const i = (Math.round(y) * canvas.width + Math.round(x)) * 4;
          return { r: data[i] ?? 0, g: data[i + 1] ?? 0, b: data[i + 2] ?? 0 };
        };
        let nonBackground = 0;
        for (let i = 0; i < data.length; i += 4) {
          const d =
            Math.abs((data[i] ?? 0) - background.r) +
            Math.abs((data[i + 1] ?? 0) - background.g) +
            Math.abs((data[i + 2] ?? 0) - background.b);
          if (d > tolerance) nonBackground++;
        }
        return { at: points.map((p) => rgb(p.x, p.y)), nonBackground, total: data.length / 4 };
      },
      { png, points: [...points], background, tolerance },
    );
  } finally {
    await scratch.close();
  }
}

/**
 * Whether two colours are within `tolerance` (sum of channel differences).
 * @example near(hex('#f3a712'), { r: 243, g: 167, b: 18 }) // true
 */
export function near(a: Rgb, b: Rgb, tolerance = 60): boolean {
  return Math.abs(a.r - b.r) + Math.abs(a.g - b.g) + Math.abs(a.b - b.b) <= tolerance;
}

/** @example hex('#f3a712') // { r: 243, g: 167, b: 18 } */
export function hex(colour: string): Rgb {
  const n = Number.parseInt(colour.replace('#', ''), 16);
  return { r: (n >> 16) & 255, g: (n >> 8) & 255, b: n & 255 };
}
