import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { connectDatabase } from '../../src/db/connect.ts';
import { runCli } from '../../src/main/cli.ts';
import { captureIo } from '../support/capture-io.ts';

describe('aiexports migrate, seed and audit verify', () => {
  let dir: string;
  let env: Record<string, string>;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'aiexports-cli-'));
    env = { AIEXPORTS_DATA_DIR: join(dir, 'data'), LOG_LEVEL: 'silent' };
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('migrates an empty embedded database, then reports it up to date', async () => {
    const first = captureIo({ env });
    assert.equal(await runCli(['migrate'], first), 0);
    assert.match(first.out(), /applied 0001-initial, 0002-program-settings/);
    const second = captureIo({ env });
    assert.equal(await runCli(['migrate'], second), 0);
    assert.match(second.out(), /already up to date/);
  });

  it('seeds the demo data once', async () => {
    const io = captureIo({ env });
    assert.equal(await runCli(['seed', '--demo'], io), 0);
    assert.match(io.out(), /decision_maker\s+decision@demo\.aiexports\.local/);
    const again = captureIo({ env });
    assert.equal(await runCli(['seed', '--demo'], again), 0);
    assert.match(again.out(), /nothing seeded/);
    const bare = captureIo({ env });
    assert.equal(await runCli(['seed'], bare), 2);
  });

  it('verifies the audit chain, and exits 7 naming the entry once a row is altered', async () => {
    const io = captureIo({ env });
    assert.equal(await runCli(['audit', 'verify', '--format', 'json'], io), 0);
    const verdict = JSON.parse(io.out()) as { ok: boolean; count: number };
    assert.equal(verdict.ok, true);
    assert.ok(verdict.count > 10);

    const handle = await connectDatabase({ kind: 'pglite', dataDir: env.AIEXPORTS_DATA_DIR! });
    await sql`ALTER TABLE audit_entries DISABLE TRIGGER audit_entries_append_only`.execute(handle.db);
    await sql`UPDATE audit_entries SET action = 'proposal.decline' WHERE seq = 5`.execute(handle.db);
    await handle.close();

    const broken = captureIo({ env });
    assert.equal(await runCli(['audit', 'verify'], broken), 7);
    assert.match(broken.out(), /BROKEN at entry 5/);
  });

  it('reports bad settings and unknown options as usage errors', async () => {
    const badPort = captureIo({ env: { ...env, PORT: 'eighty' } });
    assert.equal(await runCli(['migrate'], badPort), 2);
    assert.match(badPort.err(), /PORT/);
    const unknown = captureIo({ env });
    assert.equal(await runCli(['seed', '--demo', '--bogus'], unknown), 2);
    assert.match(unknown.err(), /bogus/);
    const help = captureIo();
    assert.equal(await runCli(['--help'], help), 0);
    for (const name of ['serve', 'migrate', 'seed', 'audit verify']) assert.ok(help.out().includes(name));
  });
});
