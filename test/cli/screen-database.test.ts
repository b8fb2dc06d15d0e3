import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import { exitCodeFor } from '../../src/cli/exit-codes.ts';
import { runCli } from '../../src/main/cli.ts';
import { captureIo } from '../support/capture-io.ts';

const WATCHLIST =
  'id,name,aliases,type,countries,source\nW-1,Zephyrion Dynamics Trading LLC,,company,AE,Agency watchlist\n';

const admin = async (url: string, statement: string) => {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(statement);
  await client.end();
};

type Target = {
  name: string;
  setUp: (dir: string) => Promise<Record<string, string>>;
  tearDown: (env: Record<string, string>) => Promise<void>;
};

const pglite: Target = {
  name: 'pglite',
  setUp: async (dir) => ({ AIEXPORTS_DATA_DIR: join(dir, 'data') }),
  tearDown: async () => {},
};

const postgres = (url: string): Target => ({
  name: 'postgres',
  setUp: async () => {
    const name = `aiex_test_${randomBytes(6).toString('hex')}`;
    await admin(url, `CREATE DATABASE ${name}`);
    const target = new URL(url);
    target.pathname = `/${name}`;
    return { DATABASE_URL: target.toString() };
  },
  tearDown: async (env) =>
    admin(url, `DROP DATABASE IF EXISTS ${new URL(env.DATABASE_URL!).pathname.slice(1)} WITH (FORCE)`),
});

const targets = process.env.DATABASE_URL ? [pglite, postgres(process.env.DATABASE_URL)] : [pglite];

for (const target of targets) {
  describe(`aiexports screen against the database on ${target.name}`, () => {
    let dir: string;
    let env: Record<string, string>;
    const run = async (args: string[], stdin = '') => {
      const io = captureIo({ env, cwd: dir, stdin });
      return { code: await runCli(args, io), out: io.out(), err: io.err() };
    };
    before(async () => {
      dir = mkdtempSync(join(tmpdir(), 'aiexports-screen-db-'));
      env = { ...(await target.setUp(dir)), LOG_LEVEL: 'silent', AIEXPORTS_DEMO: 'false' };
      writeFileSync(join(dir, 'agency_2026-11-28.csv'), WATCHLIST);
    });
    after(async () => {
      await target.tearDown(env);
      rmSync(dir, { recursive: true, force: true });
    });

    it('refuses with lists_unavailable and says how to load a list when no list version is loaded', async () => {
      const result = await run(['screen', '--input', '-'], 'Zephyrion Dynamics Trading\n');
      assert.equal(result.code, exitCodeFor.lists_unavailable);
      assert.equal(result.code, 11);
      assert.equal(result.out, '', 'no "no match" answer against nothing');
      assert.match(result.err, /No screening list is loaded/);
      assert.match(result.err, /aiexports lists import/);
      assert.match(result.err, /POST \/api\/v1\/lists\/import/);
    });

    it('screens against the current list versions once one is imported', async () => {
      const args = [
        'lists',
        'import',
        '--source',
        'watchlist:agency',
        '--format',
        'watchlist',
        'agency_2026-11-28.csv',
      ];
      assert.equal((await run(args)).code, 0);
      const result = await run(['screen', '--input', '-'], 'Zephyrion Dynamics Trading\n');
      assert.equal(result.code, 0, result.err);
      const line = JSON.parse(result.out.trim()) as { matches: { entryId: string }[] };
      assert.equal(line.matches[0]?.entryId, 'W-1');
      assert.match(result.err, /screening against watchlist:agency as of 2026-11-28/);
    });
  });
}
