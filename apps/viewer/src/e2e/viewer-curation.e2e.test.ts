// End-to-end: curation in Chromium over a real server and SQLite store — rename from the entity card and undo from
// the history, the duplicates queue (accept merges, reject is remembered), merge and delete from the card.
import { afterAll, beforeAll, describe, expect, jest, test } from '@jest/globals';
import { ExtractionResult } from '@shabaka/schema';
import type { BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from './browser.fixtures.js';
import { startSqliteViewer } from './server.fixtures.js';
import type { ViewerServer } from './server.fixtures.js';
import { openViewer } from './viewer-page.fixtures.js';

jest.setTimeout(180_000);

const ids = {
  umerovAr: 'per_e2e_umerov_ar',
  umerovEn: 'per_e2e_umerov_en',
  kalinAr: 'per_e2e_kalin_ar',
  kalinEn: 'per_e2e_kalin_en',
  ghost: 'per_e2e_ghost',
};

/** Two spellings of two men (Arabic script and English) and one entity to rename and delete. */
const extra = ExtractionResult.parse({
  entities: [
    { id: ids.umerovAr, type: 'PERSON', name: 'رستم عمروفي', nameEn: 'Rustemi Umerovi' },
    { id: ids.umerovEn, type: 'PERSON', name: 'Rustemi Umerovi', nameEn: 'Rustemi Umerovi' },
    { id: ids.kalinAr, type: 'PERSON', name: 'إبراهيم قالني', nameEn: 'Ibrahimo Kalini' },
    { id: ids.kalinEn, type: 'PERSON', name: 'Ibrahimo Kalini', nameEn: 'Ibrahimo Kalini' },
    { id: ids.ghost, type: 'PERSON', name: 'شبح تجريبي', nameEn: 'Testing Ghost' },
  ],
});

let server: ViewerServer;
let browser: { context: BrowserContext; close(): Promise<void> };
let page: Page;
let errors: string[];

beforeAll(async () => {
  server = await startSqliteViewer();
  await server.store.upsert(extra);
  browser = await launchBrowser();
  ({ page, errors } = await openViewer(browser.context, server.url));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Searches `query` and opens the card of entity `id` from the options. */
async function openCard(query: string, id: string): Promise<void> {
  await page.fill('[data-testid=search-input]', query);
  await page.locator(`[data-testid=search-option][data-id="${id}"]`).click({ timeout: 10_000 });
  await page.locator(`[data-testid=entity-card][data-id="${id}"]`).waitFor({ timeout: 10_000 });
}

async function openCurationDrawer(): Promise<void> {
  if ((await page.getAttribute('[data-testid=tab-curation]', 'aria-pressed')) === 'true') {
    await page.click('[data-testid=tab-curation]');
  }
  await page.click('[data-testid=tab-curation]');
  await page
    .locator('[data-testid=curation-panel] [data-testid=history], [data-testid=curation-panel] .empty')
    .first()
    .waitFor();
}

const pair = (a: string, b: string) =>
  `[data-testid=duplicate][data-a="${a}"][data-b="${b}"], [data-testid=duplicate][data-a="${b}"][data-b="${a}"]`;

async function until(check: () => Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (await check()) return;
    await page.waitForTimeout(100);
  }
  throw new Error(`viewer curation e2e: timed out waiting for ${what}`);
}

describe('curation in the viewer (SQLite)', () => {
  test('rename from the entity card, then undo it from the history', async () => {
    await openCard('Testing Ghost', ids.ghost);
    await page.click('[data-testid=curate-rename]');
    await page.fill('[data-testid=rename-name-en]', 'Renamed Ghost');
    await page.click('[data-testid=rename-save]');
    await page.locator('[data-testid=entity-name-en]', { hasText: 'Renamed Ghost' }).waitFor();
    expect((await server.store.entity(ids.ghost))?.entity.nameEn).toBe('Renamed Ghost');

    await openCurationDrawer();
    const item = page.locator('[data-testid=history-item][data-action=rename]').first();
    await item.locator('[data-testid=history-undo]').click();
    await page.locator('[data-testid=history-item][data-action=rename][data-undone=true]').waitFor();
    await page.locator('[data-testid=entity-name-en]', { hasText: 'Testing Ghost' }).waitFor();
    expect((await server.store.entity(ids.ghost))?.entity.nameEn).toBe('Testing Ghost');
  });

  test('the duplicates queue: accepting merges the pair, rejecting is remembered', async () => {
    await openCurationDrawer();
    const umerov = page.locator(pair(ids.umerovAr, ids.umerovEn));
    await umerov.waitFor();
    const keep = await umerov.getAttribute('data-a');
    const other = keep === ids.umerovAr ? ids.umerovEn : ids.umerovAr;
    await umerov.locator('[data-testid=duplicate-accept]').click();
    await umerov.waitFor({ state: 'detached' });
    expect(await server.store.entity(other)).toBeNull();
    expect(await server.store.entity(keep!)).not.toBeNull();

    const kalin = page.locator(pair(ids.kalinAr, ids.kalinEn));
    await kalin.locator('[data-testid=duplicate-reject]').click();
    await kalin.waitFor({ state: 'detached' });
    await openCurationDrawer();
    await page.locator('[data-testid=history-item][data-action=distinct]').waitFor();
    expect(await page.locator(pair(ids.kalinAr, ids.kalinEn)).count()).toBe(0);
    expect(await server.store.entity(ids.kalinEn)).not.toBeNull();
  });

  test('merge another entity into this one, then delete it, from the card', async () => {
    await openCard('إبراهيم قالني', ids.kalinAr);
    await page.click('[data-testid=curate-merge]');
    await page.fill('[data-testid=merge-search]', 'Ibrahimo Kalini');
    await page.locator(`[data-testid=merge-into-this][data-id="${ids.kalinEn}"]`).click({ timeout: 10_000 });
    await until(async () => (await server.store.entity(ids.kalinEn)) === null, 'the merge');
    await page.locator('[data-testid=merge-form]').waitFor({ state: 'detached' });
    await page.locator(`[data-testid=entity-card][data-id="${ids.kalinAr}"]`).waitFor();

    await page.click('[data-testid=curate-delete]');
    await page.click('[data-testid=curate-delete-confirm]');
    await page.locator('[data-testid=card-empty]').waitFor();
    expect(await server.store.entity(ids.kalinAr)).toBeNull();
    expect(errors).toEqual([]);
  });
});
