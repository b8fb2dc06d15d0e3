#!/usr/bin/env node
// Runs on `npm install` / `npm ci`: builds the web UI into dist/web so `npm start` serves it at once.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const root = new URL('..', import.meta.url).pathname;
if (!existsSync(`${root}src/web/vite.config.ts`)) process.exit(0);
const result = spawnSync(
  process.execPath,
  [`${root}node_modules/vite/bin/vite.js`, 'build', '--config', 'src/web/vite.config.ts', '--logLevel', 'warn'],
  {
    cwd: root,
    stdio: 'inherit',
  },
);
if (result.status !== 0) {
  console.error('aiexports: building the web UI failed; the API still works. Retry with "npm run build:web".');
}
