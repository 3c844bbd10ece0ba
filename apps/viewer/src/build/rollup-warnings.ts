// Rollup warnings of the viewer build that say nothing about our code, dropped by code and origin.
import type { Rollup } from 'vite';

type RollupLog = Rollup.RollupLog;

/**
 * Zod 4 writes doc comments that mention `@__PURE__` (explaining why its code is shaped for tree-shaking);
 * Rollup reads them as misplaced annotations, warns and drops them, which is harmless: nothing else in
 * the bundle depends on them. Every other warning, and this one from any other package, still prints.
 */
export function isZodAnnotationNoise(warning: RollupLog): boolean {
  return (
    warning.code === 'INVALID_ANNOTATION' &&
    /[\\/]node_modules[\\/](?:\.pnpm[\\/]zod@[^\\/]+[\\/]node_modules[\\/])?zod[\\/]/.test(warning.id ?? '')
  );
}

/**
 * `build.rollupOptions.onwarn` of the viewer: forwards everything but zod's annotation comments.
 * @example defineConfig({ build: { rollupOptions: { onwarn: viewerOnWarn } } })
 */
export function viewerOnWarn(warning: RollupLog, warn: (w: RollupLog) => void): void {
  if (!isZodAnnotationNoise(warning)) warn(warning);
}
