// End-to-end: the built viewer over a real server and a temp SQLite store holding the sample page, in Chromium.
import { afterAll, beforeAll, describe, expect, jest, test } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { launchBrowser } from './browser.fixtures.js';
import { HOSTILE_NAME, MIXED_LABEL, hostileFixture } from './hostile.fixtures.js';
import { measureLabel } from './label-pixels.fixtures.js';
import { artifactsDir } from './paths.fixtures.js';
import { startSqliteViewer } from './server.fixtures.js';
import type { ViewerServer } from './server.fixtures.js';
import { openViewer, pickEntity } from './viewer-page.fixtures.js';

jest.setTimeout(90_000);

let server: ViewerServer;
let browser: { context: BrowserContext; close(): Promise<void> };
let hostile: ReturnType<typeof hostileFixture>['ids'];

beforeAll(async () => {
  server = await startSqliteViewer();
  const fixture = hostileFixture();
  await server.store.upsert(fixture.result);
  hostile = fixture.ids;
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const shot = (name: string) => join(artifactsDir(), `sqlite-${name}.png`);

describe('viewer on the SQLite store', () => {
  test('loads the sample page: the overview is drawn with Arabic labels and no error', async () => {
    const { page, errors } = await openViewer(browser.context, server.url);
    const order = await page.evaluate(() => window.__shabaka?.order() ?? 0);
    expect(order).toBeGreaterThan(10);
    await expect(page.locator('[data-testid=status-error]').count()).resolves.toBe(0);
    await page.waitForSelector('[data-testid=layout-toggle][aria-pressed=false]', { timeout: 15_000 });
    await page.screenshot({ path: shot('overview') });
    expect(errors).toEqual([]);
    await page.close();
  });

  test('search فيدان finds Hakan Fidan', async () => {
    const { page } = await openViewer(browser.context, server.url);
    await page.fill('[data-testid=search-input]', 'فيدان');
    const option = page.locator('[data-testid=search-option]', { hasText: 'Hakan Fidan' });
    await option.first().waitFor();
    await expect(option.first().innerText()).resolves.toContain('هاكان فيدان');
    await page.close();
  });

  test("Fidan's card shows the sentence proving he met Umerov, with his mention highlighted", async () => {
    const { page } = await openViewer(browser.context, server.url);
    await pickEntity(page, 'فيدان', 'Hakan Fidan');
    const card = page.locator('[data-testid=entity-card]');
    await expect(card.locator('[data-testid=entity-name]').innerText()).resolves.toBe('هاكان فيدان');
    await expect(card.locator('[data-testid=entity-name-en]').innerText()).resolves.toBe('Hakan Fidan');
    const proof = card.locator('[data-testid=evidence-item]', { hasText: 'عمروف' }).filter({ hasText: 'MET' });
    await proof.first().waitFor({ timeout: 10_000 });
    const marks = await proof.first().locator('[data-testid=evidence-mark]').allInnerTexts();
    expect(marks.some((m) => m.includes('فيدان'))).toBe(true);
    await page.screenshot({ path: shot('fidan-card') });
    await page.close();
  });

  test('expanding a node draws all its neighbours and collapsing removes the ones it brought', async () => {
    // The best-connected entity of the store, opened from a URL as a shared link would, over an overview of
    // that one entity so the expansion has something to bring.
    const overview = (await (await fetch(`${server.url}/api/overview?limit=1`)).json()) as { nodes: { id: string }[] };
    const id = overview.nodes[0]?.id ?? '';
    const response = await fetch(`${server.url}/api/entities/${encodeURIComponent(id)}/neighbors?limit=50`);
    const neighbours = ((await response.json()) as { nodes: { id: string }[] }).nodes.map((n) => n.id);
    expect(neighbours.length).toBeGreaterThan(1);
    const { page } = await openViewer(browser.context, server.url, `?sel=${encodeURIComponent(id)}&top=1`);
    await page.locator(`[data-testid=entity-card][data-id="${id}"]`).waitFor();
    const before = await page.evaluate(() => window.__shabaka?.nodeIds() ?? []);
    await page.click('[data-testid=expand-button]');
    await page.waitForSelector('[data-testid=collapse-button]');
    const present = await page.evaluate((ids) => ids.filter((n) => window.__shabaka?.hasNode(n)), neighbours);
    expect(present.sort()).toEqual([...neighbours].sort());
    const brought = neighbours.filter((n) => !before.includes(n));
    expect(brought.length).toBeGreaterThan(0);
    await page.click('[data-testid=collapse-button]');
    await page.waitForSelector('[data-testid=expand-button]');
    const still = await page.evaluate((ids) => ids.filter((n) => window.__shabaka?.hasNode(n)), brought);
    expect(still).toEqual([]);
    await page.close();
  });

  test('shortest path Erdogan → Umerov is found and listed end to end', async () => {
    const { page } = await openViewer(browser.context, server.url);
    const erdogan = await pickEntity(page, 'إردوغان', 'Erdogan');
    await page.click('[data-testid=path-from-button]');
    const umerov = await pickEntity(page, 'عمروف', 'عمروف');
    await page.click('[data-testid=path-to-button]');
    await page.click('[data-testid=path-run]');
    const items = page.locator('[data-testid=path-result] li');
    await items.first().waitFor();
    const ids = await items.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-id')));
    expect(ids.length).toBeGreaterThanOrEqual(2);
    expect(ids[0]).toBe(erdogan);
    expect(ids[ids.length - 1]).toBe(umerov);
    const drawn = await page.evaluate(
      (list) => list.every((n) => n && window.__shabaka?.node(n)?.hidden === false),
      ids,
    );
    expect(drawn).toBe(true);
    await page.screenshot({ path: shot('path') });
    await page.close();
  });

  test('the Cypher console explains that Cypher needs Neo4j', async () => {
    const { page, errors } = await openViewer(browser.context, server.url);
    await page.click('[data-testid=tab-cypher]');
    await expect(page.locator('[data-testid=cypher-unsupported]').innerText()).resolves.toMatch(/needs Neo4j/);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('a pasted article is ingested and its new entities are drawn', async () => {
    const { page } = await openViewer(browser.context, server.url);
    const before = await page.evaluate(() => window.__shabaka?.order() ?? 0);
    await page.click('[data-testid=tab-ingest]');
    await page.fill('[data-testid=ingest-title]', 'Talks in Lisbon');
    await page.fill(
      '[data-testid=ingest-text]',
      'التقى رئيس الوزراء البرتغالي لويس مونتينيغرو الرئيس البرازيلي لويس إيناسيو لولا دا سيلفا في لشبونة يوم الأحد، ' +
        'وبحثا العلاقات التجارية بين البرتغال والبرازيل.',
    );
    await page.click('[data-testid=ingest-submit]');
    await page.waitForSelector('[data-testid=ingest-result]');
    const notice = await page.locator('[data-testid=notice]').innerText();
    const added = Number(/(\d+) new nodes/.exec(notice)?.[1] ?? '0');
    expect(added).toBeGreaterThan(0);
    await expect(page.evaluate(() => window.__shabaka?.order() ?? 0)).resolves.toBe(before + added);
    await page.screenshot({ path: shot('ingest') });
    await page.close();
  });

  test('an entity named like an HTML tag is shown as text: no dialog, no <img> element', async () => {
    const { page, dialogs } = await openViewer(browser.context, server.url);
    await pickEntity(page, 'Harmless Person', 'Harmless Person');
    const neighbour = page.locator('[data-testid=neighbors] button', { hasText: HOSTILE_NAME });
    await neighbour.click();
    const card = page.locator(`[data-testid=entity-card][data-id="${hostile.hostile}"]`);
    await card.waitFor();
    await expect(card.locator('[data-testid=entity-name]').innerText()).resolves.toBe(HOSTILE_NAME);
    await expect(card.locator('[data-testid=evidence-sentence]').first().innerText()).resolves.toContain(HOSTILE_NAME);
    await page.waitForTimeout(300);
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('script:not([src])').count()).toBe(0);
    expect(dialogs).toEqual([]);
    await page.close();
  });

  test('Arabic labels are drawn right to left, to the left of their node', async () => {
    const { page } = await openViewer(browser.context, server.url, `?sel=${encodeURIComponent(hostile.mixed)}`);
    await page.locator(`[data-testid=entity-card][data-id="${hostile.mixed}"]`).waitFor();
    await page.waitForSelector('[data-testid=layout-toggle][aria-pressed=false]', { timeout: 15_000 });
    await page.waitForTimeout(800);
    const ink = await measureLabel(page, hostile.mixed, 'hovers');
    await page.screenshot({ path: shot('rtl-label') });
    expect(ink.label).toBe(MIXED_LABEL);
    expect(ink.inkLeft).not.toBeNull();
    // Left-anchored: the label ends just left of the node and nothing of it is on the node's right.
    expect(ink.inkRight ?? Infinity).toBeLessThan(ink.nodeX - ink.nodeSize);
    // Right to left: the glyphs match the browser's RTL rendering of the text far better than an LTR one.
    expect(ink.diffRtl).toBeLessThan(0.3);
    expect(ink.diffLtr).toBeGreaterThan(ink.diffRtl * 2);
    await page.close();
  });

  test('exports: a PNG of the canvas and the GEXF of the store are downloaded', async () => {
    const { page } = await openViewer(browser.context, server.url);
    const [png] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=export-png]')]);
    const pngBytes = await readFile((await png.path()) ?? '');
    expect(png.suggestedFilename()).toBe('shabaka.png');
    expect(pngBytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    // Not a blank image: a drawn graph compresses far worse than 1400×800 white pixels (~5 KB).
    expect(pngBytes.length).toBeGreaterThan(20_000);
    const [gexf] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=export-gexf]')]);
    const gexfText = await readFile((await gexf.path()) ?? '', 'utf8');
    expect(gexfText).toContain('<gexf');
    expect(gexfText).toContain('هاكان فيدان');
    await page.close();
  });

  test('the view is in the URL: selection, label script and filters survive a reload', async () => {
    const { page } = await openViewer(browser.context, server.url);
    const id = await pickEntity(page, 'فيدان', 'Hakan Fidan');
    await page.click('[data-testid=labels-toggle]');
    await page.click('[data-testid=filter-type-LOCATION]');
    const url = page.url();
    expect(url).toContain(`sel=${encodeURIComponent(id)}`);
    expect(url).toContain('labels=en');
    await page.close();
    const reopened = await openViewer(browser.context, url.replace(/\/\?.*$/, ''), `?${url.split('?')[1] ?? ''}`);
    await reopened.page.locator(`[data-testid=entity-card][data-id="${id}"]`).waitFor();
    const label = await reopened.page.evaluate((n) => window.__shabaka?.node(n)?.label, id);
    expect(label).toBe('Hakan Fidan');
    await expect(reopened.page.locator('[data-testid=filter-type-LOCATION]').isChecked()).resolves.toBe(false);
    await reopened.page.close();
  });
});
