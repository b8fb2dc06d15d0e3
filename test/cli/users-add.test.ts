import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { exitCodeFor } from '../../src/cli/exit-codes.ts';
import { connectDatabase } from '../../src/db/connect.ts';
import { runCli } from '../../src/main/cli.ts';
import { captureIo } from '../support/capture-io.ts';

describe('aiexports users add and users list', () => {
  let dir: string;
  let env: Record<string, string>;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'aiexports-users-'));
    env = { AIEXPORTS_DATA_DIR: join(dir, 'data'), LOG_LEVEL: 'silent', AIEXPORTS_DEMO: 'false' };
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const add = (args: string[], stdin = 'first-admin-password\n') => {
    const io = captureIo({ env, stdin });
    return runCli(['users', 'add', ...args], io).then((code) => ({ code, out: io.out(), err: io.err() }));
  };

  it('creates the first admin of an empty database, audited as "cli"', async () => {
    const created = await add(['--email', 'Root@Agency.gov', '--role', 'admin', '--password-stdin']);
    assert.equal(created.code, 0, created.err);
    const id = created.out.trim();
    assert.match(id, /^[\w-]{8,}$/);
    const handle = await connectDatabase({ kind: 'pglite', dataDir: env.AIEXPORTS_DATA_DIR! });
    try {
      const user = await handle.db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
      assert.equal(user.email, 'root@agency.gov');
      assert.equal(user.status, 'active');
      assert.ok(user.password_hash?.startsWith('$argon2'), 'only the hash is stored');
      const entry = await handle.db
        .selectFrom('audit_entries')
        .select(['action', 'actor_name'])
        .where('object_id', '=', id)
        .executeTakeFirstOrThrow();
      assert.deepEqual(entry, { action: 'user.create', actor_name: 'cli' });
    } finally {
      await handle.close();
    }
    const list = captureIo({ env });
    assert.equal(await runCli(['users', 'list'], list), 0);
    assert.match(list.out(), /^root@agency\.gov\tadmin\t-\tactive\t/m);
  });

  it('exits 2 naming the missing or bad option', async () => {
    const noEmail = await add(['--role', 'admin', '--password-stdin']);
    assert.equal(noEmail.code, 2);
    assert.match(noEmail.err, /--email/);
    const badRole = await add(['--email', 'x@agency.gov', '--role', 'wizard', '--password-stdin']);
    assert.equal(badRole.code, 2);
    assert.match(badRole.err, /--role: unknown role "wizard"; choose one of applicant, program_officer/);
    const noStdin = await add(['--email', 'x@agency.gov', '--role', 'admin']);
    assert.equal(noStdin.code, 2);
    assert.match(noStdin.err, /--password-stdin/);
    const shortPassword = await add(['--email', 'x@agency.gov', '--role', 'admin', '--password-stdin'], 'short\n');
    assert.equal(shortPassword.code, 2);
    assert.match(shortPassword.err, /--password-stdin: use at least 12 characters/);
    const agencyForApplicant = await add([
      '--email',
      'x@company.example',
      '--role',
      'applicant',
      '--agency',
      'State',
      '--password-stdin',
    ]);
    assert.equal(agencyForApplicant.code, 2);
    assert.match(agencyForApplicant.err, /--agency: only government roles have an agency/);
    const unknownCompany = await add([
      '--email',
      'x@company.example',
      '--role',
      'applicant',
      '--company',
      'nope',
      '--password-stdin',
    ]);
    assert.equal(unknownCompany.code, exitCodeFor.not_found);
    assert.match(unknownCompany.err, /--company: no company with id nope/);
  });

  it('refuses a taken email with its own exit code', async () => {
    const duplicate = await add(['--email', 'ROOT@agency.gov', '--role', 'auditor', '--password-stdin']);
    assert.equal(duplicate.code, exitCodeFor.email_taken);
    assert.equal(duplicate.code, 12);
    assert.match(duplicate.err, /already exists/);
  });
});
