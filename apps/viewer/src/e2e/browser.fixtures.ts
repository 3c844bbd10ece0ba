// Debian Chromium driven by playwright-core, headless, with a fresh profile per launch.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { BrowserContext } from 'playwright-core';

export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // WebGL through SwiftShader (software), since there is no GPU: sigma needs WebGL.
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];

/**
 * Launches Chromium with a temporary user-data-dir; `close()` quits it and deletes the profile.
 * @example const { context, close } = await launchBrowser(); const page = await context.newPage()
 */
export async function launchBrowser(): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'shabaka-chromium-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH,
      args: ARGS,
      headless: true,
      viewport: { width: 1400, height: 900 },
      locale: 'en-GB',
      acceptDownloads: true,
    });
  } catch (error) {
    rmSync(profile, { recursive: true, force: true });
    throw new Error(
      `viewer e2e: cannot start Chromium at ${CHROMIUM_PATH} (install it with: sudo apt-get install chromium): ${String(error)}`,
    );
  }
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
