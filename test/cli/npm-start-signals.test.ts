import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { LOCK_FILE } from '../../src/main/data-dir-lock.ts';
import { pollUntil } from '../support/poll-until.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** `npm start` on a fresh PGlite folder, resolved once the server announces its address. */
const startNpm = async (dataDir: string): Promise<{ npm: ChildProcess; output: () => string }> => {
  const npm = spawn('npm', ['start', '--silent'], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      ...(process.env.TMPDIR ? { TMPDIR: process.env.TMPDIR } : {}),
      HOST: '127.0.0.1',
      PORT: '0',
      LOG_LEVEL: 'warn',
      AIEXPORTS_DATA_DIR: dataDir,
      AIEXPORTS_DEMO: 'false',
      AIEXPORTS_LIST_REFRESH_HOURS: '0',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  npm.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString('utf8');
  });
  npm.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString('utf8');
  });
  await pollUntil(async () => (/running at http/.test(output) ? true : npm.exitCode !== null ? true : null), {
    timeoutMs: 170_000,
    intervalMs: 100,
  });
  assert.match(output, /running at http/, `npm start did not start the server:\n${output}`);
  return { npm, output: () => output };
};

describe('npm start', () => {
  const folders: string[] = [];
  after(() => {
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  });

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    it(`stops the server and releases the data folder when npm receives ${signal}`, { timeout: 240_000 }, async () => {
      const dataDir = mkdtempSync(join(tmpdir(), 'aiexports-start-'));
      folders.push(dataDir);
      const { npm, output } = await startNpm(dataDir);
      const lock = join(dataDir, LOCK_FILE);
      const holder = JSON.parse(readFileSync(lock, 'utf8')) as { pid: number; role: string };
      assert.equal(holder.role, 'server');
      assert.ok(isAlive(holder.pid), 'the server runs before the signal');

      const exited = once(npm, 'exit');
      npm.kill(signal);
      const [code, npmSignal] = (await exited) as [number | null, NodeJS.Signals | null];
      // the server stops on its own: no process is left behind, and the lock is released (not just abandoned)
      await pollUntil(async () => (!isAlive(holder.pid) ? true : null), { timeoutMs: 30_000, intervalMs: 100 }).catch(
        () => assert.fail(`the server (pid ${holder.pid}) still runs after ${signal}:\n${output()}`),
      );
      assert.equal(existsSync(lock), false, `the lock file is still there after ${signal}`);
      assert.ok(code === 0 || npmSignal === signal, `npm start ended with code ${code}, signal ${npmSignal}`);
    });
  }
});
