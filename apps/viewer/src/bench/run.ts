// `pnpm bench`: loads a generated 20k-node / 100k-edge graph in headless Chromium with the built viewer and
// prints time to first frame, ForceAtlas2 iterations/s in the worker and the longest main-thread task.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from '../e2e/browser.fixtures.js';
import { VIEWER_DIST, artifactsDir, assertViewerBuilt } from '../e2e/paths.fixtures.js';
import type { BenchResult } from './bench-result.js';
import { serveDist } from './serve-dist.js';

const NODES = Number(process.env['BENCH_NODES'] ?? 20_000);
const EDGES = Number(process.env['BENCH_EDGES'] ?? 100_000);
// Extra page flags for diagnostics, e.g. BENCH_FLAGS='&hideEdges&layoutMs=4000'.
const FLAGS = process.env['BENCH_FLAGS'] ?? '';
const TARGET_FIRST_FRAME_MS = 3000;
const TARGET_LONGEST_TASK_MS = 200;

assertViewerBuilt();
const site = await serveDist(VIEWER_DIST);
const browser = await launchBrowser();
try {
  const page = await browser.context.newPage();
  page.on('console', (m) => m.text().startsWith('bench:') && console.log(m.text()));
  await page.goto(`${site.url}/?bench=${NODES},${EDGES}${FLAGS}`);
  await page.waitForFunction(() => window.__bench !== undefined, undefined, { timeout: 180_000 });
  const result = (await page.evaluate(() => window.__bench)) as BenchResult | { error: string };
  if ('error' in result) throw new Error(`viewer bench: the page failed: ${result.error}`);
  const rows: [string, string, string][] = [
    ['graph', `${result.nodes} nodes / ${result.edges} edges`, ''],
    ['generate (not counted)', `${result.generateMs.toFixed(0)} ms`, ''],
    [
      'time to first frame',
      `${result.firstFrameMs.toFixed(0)} ms`,
      result.firstFrameMs < TARGET_FIRST_FRAME_MS
        ? `ok (< ${TARGET_FIRST_FRAME_MS})`
        : `MISSED (< ${TARGET_FIRST_FRAME_MS})`,
    ],
    [
      'FA2 iterations/s (in the worker)',
      result.iterationsPerSecond.toFixed(1),
      `${result.layoutIterations} in ${(result.layoutMs / 1000).toFixed(1)} s`,
    ],
    [
      'positions written to the graph',
      String(result.layoutApplies),
      `${(result.layoutApplies / (result.layoutMs / 1000)).toFixed(1)} /s`,
    ],
    [
      'layout start (main thread)',
      `${result.layoutStartMs.toFixed(0)} ms`,
      `first answer after ${result.firstIterationMs.toFixed(0)} ms`,
    ],
    [
      'sigma render during layout (JS)',
      `${result.meanRenderMs.toFixed(0)} ms mean`,
      `max ${result.longestRenderMs.toFixed(0)} ms over ${result.rendersDuringLayout} frames`,
    ],
    [
      'of which sigma process (JS)',
      `${result.meanProcessMs.toFixed(0)} ms mean`,
      `max ${result.longestProcessMs.toFixed(0)} ms`,
    ],
    [
      'long tasks during layout',
      String(result.longTasksDuringLayout),
      result.longTasksDuringLayoutMs.slice(0, 8).join(', ') + ' ms',
    ],
    [
      'long tasks during layout, in order',
      '',
      result.longTasksDuringLayoutAt.map(([at, ms]) => `${ms}@${at}`).join(', ') + ' (ms@ms after start)',
    ],
    [
      'longest main-thread task during layout',
      `${result.longestTaskDuringLayoutMs.toFixed(0)} ms`,
      result.longestTaskDuringLayoutMs <= TARGET_LONGEST_TASK_MS
        ? `ok (≤ ${TARGET_LONGEST_TASK_MS})`
        : `MISSED (≤ ${TARGET_LONGEST_TASK_MS})`,
    ],
    ['stop: edges back on screen', `${result.restoreEdgesMs.toFixed(0)} ms`, 'one re-process + draw, after the layout'],
    ['longest main-thread task from the stop on', `${result.longestTaskAfterLayoutMs.toFixed(0)} ms`, ''],
    ['longest main-thread task overall', `${result.longestTaskOverallMs.toFixed(0)} ms`, 'includes the first frame'],
  ];
  const width = Math.max(...rows.map((r) => r[0].length));
  console.log(`\nviewer bench (headless Chromium ${browser.context.browser()?.version() ?? ''}, software WebGL)\n`);
  for (const [name, value, note] of rows) console.log(`${name.padEnd(width)}  ${value.padStart(22)}  ${note}`);
  writeFileSync(join(artifactsDir(), 'bench.json'), `${JSON.stringify(result, null, 2)}\n`);
} finally {
  await browser.close();
  await site.close();
}
