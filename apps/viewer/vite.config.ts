// Vite build of the viewer: React, @shabaka/schema from source, and no inline scripts (the server's CSP forbids them).
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { viewerOnWarn } from './src/build/rollup-warnings.js';

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: { '@shabaka/schema': fileURLToPath(new URL('../../packages/schema/src/index.ts', import.meta.url)) },
  },
  build: { outDir: 'dist', assetsInlineLimit: 0, chunkSizeWarningLimit: 2000, rollupOptions: { onwarn: viewerOnWarn } },
  server: { proxy: { '/api': 'http://127.0.0.1:5178' } },
});
