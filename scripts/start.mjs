#!/usr/bin/env node
// `npm start`: builds the web UI if it is missing, then serves the app (see `aiexports serve --help`).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const root = new URL('..', import.meta.url).pathname;
if (!existsSync(`${root}dist/web/index.html`) && existsSync(`${root}src/web/vite.config.ts`)) {
  console.error('aiexports: building the web UI (first start)…');
  spawnSync(process.execPath, [`${root}scripts/prepare.mjs`], { cwd: root, stdio: 'inherit' });
}
const child = spawn(process.execPath, [`${root}bin/aiexports.mjs`, 'serve', ...process.argv.slice(2)], {
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
