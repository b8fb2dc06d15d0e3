import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { runCli } from '../../src/main/cli.ts';
import { captureIo } from '../support/capture-io.ts';
import { fixturePath, snapshotPath } from '../support/data-paths.ts';

const DPL = fixturePath('lists/bis/dpl_2022-09.txt');

describe('aiexports lists import', () => {
  let dir: string;
  let env: Record<string, string>;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'aiexports-lists-'));
    env = { AIEXPORTS_DATA_DIR: join(dir, 'data'), LOG_LEVEL: 'silent' };
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('imports a list file, then recognises the same content', async () => {
    const first = captureIo({ env, cwd: dir });
    assert.equal(await runCli(['lists', 'import', '--source', 'dpl', '--format', 'dpl', DPL], first), 0);
    assert.match(first.out(), /dpl: imported version .+ entries, as of 2022-09, sha256 [0-9a-f]{64}/);
    const again = captureIo({ env, cwd: dir });
    assert.equal(await runCli(['lists', 'import', '--source', 'dpl', '--format', 'dpl', DPL], again), 0);
    assert.match(again.out(), /identical to the current version/);
  });

  it('imports the gzip-compressed UN snapshot with the date of its file name and the hash of its content', async () => {
    const io = captureIo({ env, cwd: dir });
    const path = snapshotPath('un_2026-02-27.xml.gz');
    assert.equal(await runCli(['lists', 'import', '--source', 'un', '--format', 'un', path], io), 0);
    const xml = gunzipSync(readFileSync(path));
    const entries = (xml.toString('utf8').match(/<(INDIVIDUAL|ENTITY)>/g) ?? []).length;
    const sha256 = createHash('sha256').update(xml).digest('hex');
    assert.match(
      io.out(),
      new RegExp(`un: imported version .+ ${entries} entries, as of 2026-02-27, sha256 ${sha256}`),
    );
  });

  it('refuses a malformed file naming the line, and a missing argument', async () => {
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, 'id,name,aliases,type,countries,source\nW-1,,,company,,x\n');
    const io = captureIo({ env, cwd: dir });
    const code = await runCli(['lists', 'import', '--source', 'watchlist:agency', '--format', 'watchlist', bad], io);
    assert.notEqual(code, 0);
    assert.match(io.err(), /bad\.csv, line 2/);
    const usage = captureIo({ env, cwd: dir });
    assert.equal(await runCli(['lists', 'import', '--source', 'dpl', DPL], usage), 2);
  });

  it('refuses a file without entries (exit 2) and a shrink over 20% (exit 5) unless --allow-shrink with a reason', async () => {
    const header = 'id,name,aliases,type,countries,source\n';
    const rows = (count: number) =>
      Array.from({ length: count }, (_, i) => `S-${i},Shrink party ${i},,company,,x\n`).join('');
    const write = (name: string, text: string) => {
      const path = join(dir, name);
      writeFileSync(path, text);
      return path;
    };
    const args = ['lists', 'import', '--source', 'watchlist:shrink', '--format', 'watchlist'];
    assert.equal(await runCli([...args, write('v1.csv', header + rows(10))], captureIo({ env, cwd: dir })), 0);
    const empty = captureIo({ env, cwd: dir });
    assert.equal(await runCli([...args, write('empty.csv', header)], empty), 2);
    assert.match(empty.err(), /empty\.csv: the list holds no entries/);
    const shrunk = write('v2.csv', header + rows(5));
    const refused = captureIo({ env, cwd: dir });
    assert.equal(await runCli([...args, shrunk], refused), 5);
    assert.match(refused.err(), /would remove 5 of the 10 current entries \(50%\).*--allow-shrink --reason/);
    assert.equal(await runCli([...args, '--allow-shrink', shrunk], captureIo({ env, cwd: dir })), 2);
    const allowed = captureIo({ env, cwd: dir });
    assert.equal(await runCli([...args, '--allow-shrink', '--reason', 'agency delisting', shrunk], allowed), 0);
    assert.match(
      allowed.err(),
      /shrank by 5 of 10 entries \(50%, over the 20% allowed\): allowed, audited and alerted/,
    );
  });
});
