// Page helpers for the end-to-end tests: open the viewer, wait for the graph, search and pick an entity.
import type { BrowserContext, Page } from 'playwright-core';

/**
 * Opens the viewer and waits until the overview is drawn; collects page errors and dialogs for assertions.
 * @example const { page, dialogs, errors } = await openViewer(context, server.url)
 */
export async function openViewer(context: BrowserContext, url: string, query = '') {
  const page = await context.newPage();
  const dialogs: string[] = [];
  const errors: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => errors.push(error.message));
  // Console errors include Content-Security-Policy violations (the server's CSP forbids inline scripts).
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(`${url}/${query}`);
  await page.waitForFunction(() => (window.__shabaka?.order() ?? 0) > 0, undefined, { timeout: 20_000 });
  return { page, dialogs, errors };
}

/**
 * Types into the search box and clicks the option whose text contains `expect`; returns the entity id.
 * @example const id = await pickEntity(page, 'فيدان', 'Hakan Fidan')
 */
export async function pickEntity(page: Page, query: string, expect: string | RegExp): Promise<string> {
  await page.fill('[data-testid=search-input]', query);
  const option = page.locator('[data-testid=search-option]', { hasText: expect }).first();
  await option.waitFor({ timeout: 10_000 });
  const id = await option.getAttribute('data-id');
  await option.click();
  await page.locator(`[data-testid=entity-card][data-id="${id}"]`).waitFor({ timeout: 10_000 });
  if (!id) throw new Error('viewer e2e: a search option has no data-id');
  return id;
}
