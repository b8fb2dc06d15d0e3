import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const webRoot = fileURLToPath(new URL('.', import.meta.url));
const outDir = fileURLToPath(new URL('../../dist/web', import.meta.url));

/** The web UI: root src/web, built into dist/web (served by the API server at /), /api proxied in development. */
export default defineConfig({
  root: webRoot,
  plugins: [react()],
  build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 1200 },
  server: {
    port: Number(process.env.WEB_PORT ?? 5173),
    // only the server's paths: src/web/api/*.ts must stay with Vite
    proxy: {
      '^/api/(v1/|health|openapi\\.json)': {
        target: process.env.API_URL ?? 'http://localhost:3000',
        changeOrigin: false,
      },
    },
  },
  preview: { port: Number(process.env.WEB_PORT ?? 4173) },
});
