import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import { exitCodeFor } from '../../src/cli/exit-codes.ts';
import { connectDatabase, type DatabaseHandle } from '../../src/db/connect.ts';
import { runCli } from '../../src/main/cli.ts';
import { captureIo } from '../support/capture-io.ts';
import { deleteAuditTail, rewriteAuditTrail } from '../support/tamper-audit.ts';

const KEY = 'cli-test-audit-key-0123456789-abcdefghij';

type Target = {
  name: string;
  /** the settings that point the CLI at a fresh database */
  setUp: (dir: string) => Promise<Record<string, string>>;
  /** a direct connection, as the database owner has */
  connect: (env: Record<string, string>) => Promise<DatabaseHandle>;
  tearDown: (env: Record<string, string>) => Promise<void>;
};

const pglite: Target = {
  name: 'pglite',
  setUp: async (dir) => ({ AIEXPORTS_DATA_DIR: join(dir, 'data') }),
  connect: (env) => connectDatabase({ kind: 'pglite', dataDir: env.AIEXPORTS_DATA_DIR! }),
  tearDown: async () => {},
};

const postgres = (url: string): Target => {
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(statement);
    await client.end();
  };
  return {
    name: 'postgres',
    setUp: async () => {
      const name = `aiex_test_${randomBytes(6).toString('hex')}`;
      await admin(`CREATE DATABASE ${name}`);
      const target = new URL(url);
      target.pathname = `/${name}`;
      return { DATABASE_URL: target.toString() };
    },
    connect: (env) => connectDatabase({ kind: 'postgres', url: env.DATABASE_URL! }),
    tearDown: async (env) =>
      admin(`DROP DATABASE IF EXISTS ${new URL(env.DATABASE_URL!).pathname.slice(1)} WITH (FORCE)`),
  };
};

const targets = process.env.DATABASE_URL ? [pglite, postgres(process.env.DATABASE_URL)] : [pglite];

for (const target of targets) {
  describe(`aiexports audit checkpoint and audit verify on ${target.name}`, () => {
    let dir: string;
    let env: Record<string, string>;
    let keyed: Record<string, string>;
    const run = async (args: string[], settings: Record<string, string>) => {
      const io = captureIo({ env: settings, cwd: dir });
      return { code: await runCli(args, io), out: io.out(), err: io.err() };
    };
    const tamper = async (change: (handle: DatabaseHandle) => Promise<unknown>) => {
      const handle = await target.connect(env);
      await change(handle);
      await handle.close();
    };
    before(async () => {
      dir = mkdtempSync(join(tmpdir(), 'aiexports-audit-'));
      env = { ...(await target.setUp(dir)), LOG_LEVEL: 'silent', AIEXPORTS_DEMO: 'false' };
      writeFileSync(join(dir, 'audit.key'), `${KEY}\n`);
      keyed = { ...env, AIEXPORTS_AUDIT_KEY_FILE: 'audit.key' };
      assert.equal((await run(['seed', '--demo'], env)).code, 0);
    });
    after(async () => {
      await target.tearDown(env);
      rmSync(dir, { recursive: true, force: true });
    });

    it('refuses a checkpoint without a key (exit 8), naming the settings', async () => {
      const result = await run(['audit', 'checkpoint'], env);
      assert.equal(result.code, exitCodeFor.audit_key_missing);
      assert.match(result.err, /^aiexports audit checkpoint: No audit key is configured: set AIEXPORTS_AUDIT_KEY/);
    });

    it('refuses a key shorter than 32 characters, or both settings at once, as invalid settings', async () => {
      const short = await run(['audit', 'checkpoint'], { ...env, AIEXPORTS_AUDIT_KEY: 'too-short' });
      assert.equal(short.code, exitCodeFor.invalid_input);
      assert.match(short.err, /AIEXPORTS_AUDIT_KEY: must be at least 32 characters/);
      const both = await run(['audit', 'checkpoint'], { ...keyed, AIEXPORTS_AUDIT_KEY: KEY });
      assert.equal(both.code, exitCodeFor.invalid_input);
      assert.match(both.err, /not both/);
      const missing = await run(['audit', 'checkpoint'], { ...env, AIEXPORTS_AUDIT_KEY_FILE: 'nowhere.key' });
      assert.equal(missing.code, exitCodeFor.invalid_input);
      assert.match(missing.err, /cannot read nowhere\.key/);
    });

    it('writes a checkpoint with the key file (exit 0) that verify then checks', async () => {
      const written = await run(['audit', 'checkpoint', '--format', 'json'], keyed);
      assert.equal(written.code, 0, written.err);
      const checkpoint = JSON.parse(written.out) as { entryCount: number; mac: string };
      assert.ok(checkpoint.entryCount > 10);
      const verified = await run(['audit', 'verify'], { ...env, AIEXPORTS_AUDIT_KEY: KEY });
      assert.equal(verified.code, 0, verified.out);
      assert.match(verified.out, /^Audit trail intact/);
      assert.match(verified.out, /1 of 1 checkpoints verified; the trail is vouched for up to entry/);
      const keyless = await run(['audit', 'verify'], env);
      assert.equal(keyless.code, 0);
      assert.match(keyless.out, /Checkpoints: checkpoints not checked: no audit key is configured/);
    });

    it('exits 7 on a consistent rewrite of the whole trail, and refuses to sign it', async () => {
      await tamper((handle) => rewriteAuditTrail(handle.db, { fromSeq: 1 }));
      const broken = await run(['audit', 'verify'], keyed);
      assert.equal(broken.code, exitCodeFor.audit_broken);
      assert.match(broken.out, /the trail was rewritten at or before entry/);
      const refused = await run(['audit', 'checkpoint'], keyed);
      assert.equal(refused.code, exitCodeFor.audit_broken);
      assert.match(refused.err, /does not verify, so it is not signed/);
    });
    it('exits 7 naming the deleted entries when the last 5 are deleted', async () => {
      let counts = { before: 0, after: 0 };
      await tamper(async (handle) => {
        counts = await deleteAuditTail(handle.db, { count: 5 });
      });
      const broken = await run(['audit', 'verify'], env);
      assert.equal(broken.code, exitCodeFor.audit_broken);
      assert.match(
        broken.out,
        new RegExp(`BROKEN at entry ${counts.after + 1}: .*entries ${counts.after + 1}–${counts.before} were deleted`),
      );
      // the owner moves the head back as well: the checkpoint still tells
      await tamper((handle) => deleteAuditTail(handle.db, { count: 0, fixHead: true }));
      const careful = await run(['audit', 'verify'], keyed);
      assert.equal(careful.code, exitCodeFor.audit_broken);
      assert.match(careful.out, /vouches for \d+ entries but the trail holds/);
    });
  });
}
