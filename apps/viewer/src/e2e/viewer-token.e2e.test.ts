// End-to-end: a server started with a bearer token. The viewer asks for it, or takes it from `#token=` once
// and wipes it from the address bar; the API refuses requests without it.
import { afterAll, beforeAll, describe, expect, jest, test } from '@jest/globals';
import type { BrowserContext } from 'playwright-core';
import { launchBrowser } from './browser.fixtures.js';
import { startSqliteViewer } from './server.fixtures.js';
import type { ViewerServer } from './server.fixtures.js';

jest.setTimeout(120_000);

const TOKEN = 'e2e-t0ken+with/odd=chars';
let server: ViewerServer;
let browser: { context: BrowserContext; close(): Promise<void> };

beforeAll(async () => {
  server = await startSqliteViewer({ token: TOKEN });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const drawnNodes = () => window.__shabaka?.order() ?? 0;

describe('viewer on a server with a token', () => {
  test('without a token the viewer asks for it; once given, the graph loads', async () => {
    expect((await fetch(`${server.url}/api/overview`)).status).toBe(401);
    const page = await browser.context.newPage();
    await page.goto(`${server.url}/`);
    await page.waitForSelector('[data-testid=token-form]', { timeout: 20_000 });
    await page.fill('[data-testid=token-input]', TOKEN);
    await page.click('[data-testid=token-submit]');
    await page.waitForFunction(drawnNodes, undefined, { timeout: 20_000 });
    expect(await page.locator('[data-testid=token-form]').count()).toBe(0);
    await page.close();
  });

  test('a token in the URL fragment signs the tab in and leaves the address bar', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.url}/#token=${encodeURIComponent(TOKEN)}`);
    await page.waitForFunction(drawnNodes, undefined, { timeout: 20_000 });
    expect(page.url()).not.toContain('token');
    await page.close();
  });

  test('a wrong token is refused and the form comes back', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.url}/#token=wrong`);
    await page.waitForSelector('[data-testid=token-form]', { timeout: 20_000 });
    expect(await page.evaluate(drawnNodes)).toBe(0);
    await page.close();
  });
});
