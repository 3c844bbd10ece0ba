// End-to-end (Chromium, SQLite store with the sample page): layout defects a new user met — the canvas drawing
// over the "Add article" drawer, the path header's reading order, and the legend of community colouring.
import { afterAll, beforeAll, describe, expect, jest, test } from '@jest/globals';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from './browser.fixtures.js';
import { artifactsDir } from './paths.fixtures.js';
import { startSqliteViewer } from './server.fixtures.js';
import type { ViewerServer } from './server.fixtures.js';
import { openViewer, pickEntity } from './viewer-page.fixtures.js';

jest.setTimeout(90_000);

let server: ViewerServer;
let browser: { context: BrowserContext; close(): Promise<void> };

beforeAll(async () => {
  server = await startSqliteViewer();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const shot = (name: string) => join(artifactsDir(), `layout-${name}.png`);

/** The lowest bottom edge of sigma's canvases, in page pixels. */
const canvasBottom = (page: Page) =>
  page.evaluate(() =>
    Math.max(
      ...Array.from(document.querySelectorAll('[data-testid=graph-canvas] canvas')).map(
        (c) => c.getBoundingClientRect().bottom,
      ),
    ),
  );

describe('viewer layout', () => {
  test('opening "Add article" shrinks the canvas: its bottom stays above the drawer', async () => {
    const { page } = await openViewer(browser.context, server.url);
    await page.waitForSelector('[data-testid=layout-toggle][aria-pressed=false]', { timeout: 20_000 });
    const before = await canvasBottom(page);
    await page.click('[data-testid=tab-ingest]');
    await page.locator('[data-testid=ingest-panel]').waitFor();
    const drawerTop = await page.evaluate(
      () => document.querySelector('footer.drawer')?.getBoundingClientRect().top ?? 0,
    );
    expect(drawerTop).toBeLessThan(before);
    await page
      .waitForFunction(
        (top) =>
          Math.max(
            ...Array.from(document.querySelectorAll('[data-testid=graph-canvas] canvas')).map(
              (c) => c.getBoundingClientRect().bottom,
            ),
          ) <=
          top + 0.5,
        drawerTop,
        { timeout: 5_000 },
      )
      .catch(() => undefined);
    expect(await canvasBottom(page)).toBeLessThanOrEqual(drawerTop + 0.5);
    await page.screenshot({ path: shot('ingest-drawer') });
    await page.close();
  });

  test('the path header reads from → to, on screen and as text dropped into an Arabic paragraph', async () => {
    const { page } = await openViewer(browser.context, server.url);
    await pickEntity(page, 'فيدان', 'Hakan Fidan');
    await page.click('[data-testid=path-from-button]');
    await pickEntity(page, 'ترمب', 'Trump');
    await page.click('[data-testid=path-to-button]');
    const box = async (id: string) => (await page.locator(`[data-testid=${id}]`).boundingBox())?.x ?? NaN;
    expect(await box('path-from')).toBeLessThan(await box('path-to'));
    // Copied into a right-to-left paragraph, the text must still put the "from" name before the arrow.
    const order = await page.evaluate(() => {
      const text = document.querySelector('.path-ends')?.textContent ?? '';
      const p = document.createElement('p');
      p.dir = 'rtl';
      p.style.cssText = 'position:fixed;top:0;left:0;width:900px;font-size:16px';
      p.textContent = text;
      document.body.append(p);
      const node = p.firstChild as Text;
      const xOf = (needle: string) => {
        const at = text.indexOf(needle);
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + needle.length);
        return range.getBoundingClientRect().x;
      };
      const result = { from: xOf('فيدان'), arrow: xOf('→'), to: xOf('ترمب') };
      p.remove();
      return result;
    });
    expect(order.from).toBeLessThan(order.arrow);
    expect(order.arrow).toBeLessThan(order.to);
    await page.close();
  });

  test('colouring by community shows a community legend whose colours are the nodes’ colours', async () => {
    const { page } = await openViewer(browser.context, server.url);
    await page.selectOption('[data-testid=color-by]', 'community');
    const items = page.locator('[data-testid=community-legend-item]');
    await items.first().waitFor({ timeout: 20_000 });
    const legend = await items.evaluateAll((els) => els.map((e) => e.getAttribute('data-color')));
    const drawn = await page.evaluate(() => {
      const h = window.__shabaka;
      return [...new Set((h?.nodeIds() ?? []).map((id) => h?.node(id)?.color))];
    });
    expect(legend.length).toBeGreaterThan(1);
    for (const colour of legend) expect(drawn).toContain(colour);
    await page.selectOption('[data-testid=color-by]', 'type');
    await expect(page.locator('[data-testid=community-legend]').count()).resolves.toBe(0);
    await page.close();
  });

  test('the sample graph draws its labels without overlap once the layout settles', async () => {
    const { page } = await openViewer(browser.context, server.url);
    await page.waitForSelector('[data-testid=layout-toggle][aria-pressed=false]', { timeout: 20_000 });
    // Two frames after the layout stopped: the labels of a settled graph.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const boxes = await page.evaluate(() => window.__shabaka?.labelBoxes() ?? []);
    expect(boxes.length).toBeGreaterThan(5);
    const overlapping = boxes.flatMap((a, i) =>
      boxes
        .slice(i + 1)
        .filter((b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom)
        .map((b) => [a, b]),
    );
    expect(overlapping).toEqual([]);
    await page.screenshot({ path: shot('labels') });
    await page.close();
  });

  test('isolated nodes are collapsed into a count in the filters, and the checkbox brings them back', async () => {
    const { page } = await openViewer(browser.context, server.url);
    const visibleIsolates = () =>
      page.evaluate(() => {
        const h = window.__shabaka;
        return (h?.nodeIds() ?? []).filter((id) => h?.neighbors(id).length === 0 && h?.node(id)?.hidden === false)
          .length;
      });
    const toggle = page.locator('[data-testid=filter-isolates]');
    await toggle.waitFor();
    expect(await visibleIsolates()).toBe(0);
    await toggle.check();
    await page.waitForFunction(
      () => {
        const h = window.__shabaka;
        return (h?.nodeIds() ?? []).some((id) => h?.neighbors(id).length === 0 && h?.node(id)?.hidden === false);
      },
      undefined,
      { timeout: 5_000 },
    );
    expect(await visibleIsolates()).toBeGreaterThan(0);
    await page.close();
  });
});
