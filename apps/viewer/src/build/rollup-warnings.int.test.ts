// The viewer build prints no warning about zod's annotation comments, and the filter hides nothing else:
// a real Vite/Rollup build of a module that imports zod as the viewer does.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it, jest } from '@jest/globals';
import { build, createLogger } from 'vite';

jest.setTimeout(120_000);
const VIEWER = fileURLToPath(new URL('../..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'shabaka-rollup-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The warnings Vite prints when building `source`, bare or with the viewer's vite.config.ts. */
async function warningsOf(source: string, withViewerConfig: boolean): Promise<string[]> {
  const entry = join(dir, `entry-${Math.random().toString(36).slice(2)}.js`);
  writeFileSync(entry, source);
  const printed: string[] = [];
  const logger = createLogger('warn');
  logger.warn = (message) => void printed.push(message);
  logger.warnOnce = logger.warn;
  await build({
    root: VIEWER,
    configFile: withViewerConfig ? join(VIEWER, 'vite.config.ts') : false,
    customLogger: logger,
    build: { write: false, lib: { entry, formats: ['es'], fileName: 'out' } },
  });
  return printed;
}

describe('viewer build warnings', () => {
  const zodEntry = `import { z } from '${join(VIEWER, 'node_modules/zod/index.js').replaceAll('\\', '/')}';
export const Event = z.object({ date: z.iso.date().nullable(), when: z.iso.datetime() });`;

  it('Rollup does warn about zod’s annotation comments without the filter (what `pnpm start` printed)', async () => {
    const raw = await warningsOf(zodEntry, false);
    expect(raw.filter((w) => /annotation that Rollup cannot interpret/.test(w) && /zod/.test(w)).length).toBe(2);
  });

  it('the viewer’s config drops them and keeps other warnings', async () => {
    expect(await warningsOf(zodEntry, true)).toEqual([]);
    const own = await warningsOf(`export const y = eval('1');`, true);
    expect(own.some((w) => /eval/.test(w))).toBe(true);
  });
});
