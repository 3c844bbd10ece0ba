// Paths the end-to-end tests and the bench share: the built viewer, the sample page, the artefacts folder.
import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const VIEWER_DIST = fileURLToPath(new URL('../../dist', import.meta.url));
export const SAMPLE_PAGE = fileURLToPath(new URL('../../../../examples/asharq-page.txt', import.meta.url));
export const ARTIFACTS_DIR = fileURLToPath(new URL('../../../../.artifacts/viewer', import.meta.url));

/**
 * Fails with a hint when the viewer has not been built (the tests drive the real build, not the dev server).
 * @example assertViewerBuilt()
 */
export function assertViewerBuilt(): void {
  if (!existsSync(`${VIEWER_DIST}/index.html`)) {
    throw new Error(
      `viewer e2e: no build in ${VIEWER_DIST} (run \`pnpm --filter @shabaka/viewer build\` or \`pnpm build\` first)`,
    );
  }
}

/** Creates (if needed) and returns the git-ignored folder for screenshots. */
export function artifactsDir(): string {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  return ARTIFACTS_DIR;
}
