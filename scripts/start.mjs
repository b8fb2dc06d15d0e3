#!/usr/bin/env node
// `npm start`: builds the web UI if it is missing, then serves the app (see `aiexports serve --help`).
// SIGINT and SIGTERM are passed on to the server, which stops cleanly (jobs, connections, database, the data
// folder's lock); this script then exits with the server. A second signal while it stops kills it at once.
// package.json runs it with `exec`, so npm's own signal reaches this process and not only the shell around it.
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
let stopping = false;
const stop = (signal) => {
  if (child.exitCode !== null || child.signalCode !== null) return;
  if (stopping) {
    console.error('aiexports: stopping at once');
    child.kill('SIGKILL');
    return;
  }
  stopping = true;
  child.kill(signal);
};
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'])
  process.on(signal, () => stop(signal === 'SIGHUP' ? 'SIGTERM' : signal));
// the server's code, or 0 for a stop this script asked for, 1 for a server killed by anything else
child.on('exit', (code, signal) => process.exit(code ?? (stopping && signal !== 'SIGKILL' ? 0 : 1)));
