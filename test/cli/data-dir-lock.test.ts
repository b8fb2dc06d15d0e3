import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { exitCodeFor } from '../../src/cli/exit-codes.ts';
import { runCli } from '../../src/main/cli.ts';
import { acquireDataDirLock, LOCK_FILE } from '../../src/main/data-dir-lock.ts';
import { captureIo } from '../support/capture-io.ts';
import { fixturePath } from '../support/data-paths.ts';

const DPL = fixturePath('lists/bis/dpl_2022-09.txt');
const IMPORT = ['lists', 'import', '--source', 'dpl', '--format', 'dpl', DPL];

describe('one writer per embedded database', () => {
  let dir: string;
  let dataDir: string;
  let env: Record<string, string>;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'aiexports-lock-'));
    dataDir = join(dir, 'data');
    env = { AIEXPORTS_DATA_DIR: dataDir, LOG_LEVEL: 'silent' };
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses a CLI import while the server holds the data folder, and imports once it is released', async () => {
    const held = acquireDataDirLock(dataDir, 'server');
    assert.ok(held.ok);
    const refused = captureIo({ env, cwd: dir });
    assert.equal(await runCli(IMPORT, refused), exitCodeFor.database_in_use);
    assert.equal(exitCodeFor.database_in_use, 9);
    assert.match(refused.err(), /^aiexports lists import: the server is running: import through the API, or stop it/);
    assert.match(refused.err(), new RegExp(`pid ${process.pid}`));
    held.value.release();
    assert.equal(existsSync(join(dataDir, LOCK_FILE)), false);

    const imported = captureIo({ env, cwd: dir });
    assert.equal(await runCli(IMPORT, imported), 0, imported.err());
    assert.equal(existsSync(join(dataDir, LOCK_FILE)), false, 'the command releases the lock when it ends');
  });

  it('takes over a stale lock whose process is dead', async () => {
    const dead = spawnSync(process.execPath, ['-e', '']).pid;
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(
      join(dataDir, LOCK_FILE),
      JSON.stringify({ pid: dead, role: 'server', since: '2026-01-01T00:00:00Z', token: 'old' }),
    );
    const io = captureIo({ env, cwd: dir });
    assert.equal(await runCli(['audit', 'verify'], io), 0, io.err());
    assert.equal(existsSync(join(dataDir, LOCK_FILE)), false);
  });

  it('refuses a second holder in the same way while a CLI command holds the folder', () => {
    const first = acquireDataDirLock(dataDir, 'cli');
    assert.ok(first.ok);
    const second = acquireDataDirLock(dataDir, 'server');
    assert.ok(!second.ok);
    assert.equal(second.error.code, 'database_in_use');
    assert.match(second.error.message, /another aiexports command \(pid \d+\) is writing to the embedded database/);
    first.value.release();
  });

  it('tells a second server that one is already running on the folder', () => {
    const first = acquireDataDirLock(dataDir, 'server');
    assert.ok(first.ok);
    const second = acquireDataDirLock(dataDir, 'server');
    assert.ok(!second.ok);
    assert.match(second.error.message, /^a server is already running on this data folder \(pid \d+/);
    first.value.release();
  });
});
