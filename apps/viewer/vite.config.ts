// Vite build of the viewer: React, @shabaka/schema from source, and no inline scripts (the server's CSP forbids them).
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: { '@shabaka/schema': fileURLToPath(new URL('../../packages/schema/src/index.ts', import.meta.url)) },
  },
  build: { outDir: 'dist', assetsInlineLimit: 0, chunkSizeWarningLimit: 2000 },
  server: { proxy: { '/api': 'http://127.0.0.1:5178' } },
});
