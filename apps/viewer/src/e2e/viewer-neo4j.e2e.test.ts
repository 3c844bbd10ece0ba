// End-to-end: the Cypher console against the REAL Neo4j (NEO4J_URI), with the sample page ingested there.
import { afterAll, beforeAll, describe, expect, jest, test } from '@jest/globals';
import { join } from 'node:path';
import { createNeo4jStore } from '@shabaka/store-neo4j';
import type { BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from './browser.fixtures.js';
import { artifactsDir } from './paths.fixtures.js';
import { ingestSample, serveStore } from './server.fixtures.js';
import type { ViewerServer } from './server.fixtures.js';
import { openViewer } from './viewer-page.fixtures.js';

jest.setTimeout(120_000);

const uri = process.env['NEO4J_URI'] ?? 'neo4j://127.0.0.1:7687';
const user = process.env['NEO4J_USER'] ?? 'neo4j';
const password = process.env['NEO4J_PASSWORD'] ?? 'shabaka-local';

let server: ViewerServer;
let browser: { context: BrowserContext; close(): Promise<void> };

beforeAll(async () => {
  const store = await createNeo4jStore({ uri, user, password }).catch((error: unknown) => {
    throw new Error(
      `viewer e2e: Neo4j is not reachable at ${uri} (start it with \`pnpm neo4j:start\`): ${String(error)}`,
    );
  });
  // The sample's ids are deterministic and every write is a MERGE, so sharing the database is safe.
  await ingestSample(store);
  server = await serveStore(store);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function runCypher(page: Page, query: string): Promise<void> {
  await page.click('[data-testid=tab-cypher]');
  const editor = page.locator('[data-testid=cypher-editor] .cm-content');
  await editor.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(query);
  await page.click('[data-testid=cypher-run]');
}

describe('viewer on the Neo4j store', () => {
  test('a Cypher query draws its nodes on the graph and its rows in the table', async () => {
    const query = "MATCH (p:Person {nameEn: 'Hakan Fidan'})-[r]-(o:Entity) RETURN p, r, o LIMIT 25";
    const direct = await fetch(`${server.url}/api/cypher`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ query, params: {} }),
    });
    expect(direct.status).toBe(200);
    const expected = ((await direct.json()) as { graph: { nodes: { id: string }[] } }).graph.nodes.map((n) => n.id);
    expect(expected.length).toBeGreaterThan(1);

    const { page, errors } = await openViewer(browser.context, server.url);
    await runCypher(page, query);
    await page.waitForSelector('[data-testid=cypher-table]');
    const rows = await page.locator('[data-testid=cypher-table] tbody tr').count();
    expect(rows).toBeGreaterThan(0);
    const drawn = await page.evaluate((ids) => ids.filter((id) => window.__shabaka?.hasNode(id)), expected);
    expect(drawn.sort()).toEqual([...expected].sort());
    await page.screenshot({ path: join(artifactsDir(), 'neo4j-cypher.png') });
    // The lazily loaded CodeMirror bundle runs under the server's CSP without a violation.
    expect(errors).toEqual([]);
    await page.close();
  });

  test('a write query is refused with a clear message and nothing is drawn', async () => {
    const { page } = await openViewer(browser.context, server.url);
    const before = await page.evaluate(() => window.__shabaka?.order() ?? 0);
    await runCypher(page, "CREATE (n:Entity {id: 'viewer-e2e-should-not-exist'}) RETURN n");
    const message = await page.locator('[data-testid=cypher-error]').innerText();
    expect(message.length).toBeGreaterThan(10);
    await expect(page.evaluate(() => window.__shabaka?.order() ?? 0)).resolves.toBe(before);
    await page.close();
  });
});
