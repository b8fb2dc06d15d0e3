import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { exitCodeFor } from '../../src/cli/exit-codes.ts';
import { runCli } from '../../src/main/cli.ts';
import { captureIo } from '../support/capture-io.ts';

describe('aiexports failures', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'aiexports-exit-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('exits with invalid_input when the command is unknown', async () => {
    const io = captureIo({ cwd: dir });
    assert.equal(await runCli(['frobnicate'], io), exitCodeFor.invalid_input);
    assert.match(io.err(), /^aiexports: unknown command "frobnicate"/);
  });

  it('exits with invalid_input, naming the setting, when a setting is bad', async () => {
    const io = captureIo({ env: { DATABASE_URL: 'not a url' }, cwd: dir });
    assert.equal(await runCli(['audit', 'verify'], io), exitCodeFor.invalid_input);
    assert.match(io.err(), /^aiexports audit verify: Invalid settings: DATABASE_URL/);
  });

  it('exits with internal_error when the database cannot be reached', async () => {
    const io = captureIo({ env: { DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' }, cwd: dir });
    assert.equal(await runCli(['migrate'], io), exitCodeFor.internal_error);
    assert.match(io.err(), /^aiexports migrate: unexpected failure: .*ECONNREFUSED/);
  });

  it('exits with not_found when the list file is missing, and list_malformed when it does not parse', async () => {
    const env = { AIEXPORTS_DATA_DIR: join(dir, 'data'), LOG_LEVEL: 'silent' };
    const missing = captureIo({ env, cwd: dir });
    const args = ['lists', 'import', '--source', 'watchlist:agency', '--format', 'watchlist'];
    assert.equal(await runCli([...args, 'missing.csv'], missing), exitCodeFor.not_found);
    assert.match(missing.err(), /^aiexports lists import: .*missing\.csv/);
    writeFileSync(join(dir, 'bad.csv'), 'id,name,aliases,type,countries,source\nW-1,,,company,,x\n');
    const malformed = captureIo({ env, cwd: dir });
    assert.equal(await runCli([...args, 'bad.csv'], malformed), exitCodeFor.list_malformed);
    assert.match(malformed.err(), /^aiexports lists import: .*bad\.csv, line 2/);
  });
});
