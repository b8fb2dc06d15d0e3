import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { testDatabases } from '../../../test/support/test-databases.ts';
import type { Actor } from '../../core/accounts/roles.ts';
import { DEFAULT_PROGRAM_SETTINGS } from '../../core/eligibility/program-settings.ts';
import type { DatabaseHandle } from '../../db/connect.ts';
import { listAlerts } from '../../db/repos/alerts.repo.ts';
import { listAudit } from '../../db/repos/audit.repo.ts';
import { findCurrentListVersion } from '../../db/repos/list-versions.repo.ts';
import { insertProgramSettings } from '../../db/repos/program-settings.repo.ts';
import { insertUser } from '../../db/repos/users.repo.ts';
import { jobTestDeps } from '../../jobs/jobs-test-support.ts';
import type { ServiceDeps } from '../service-deps.ts';
import { importListContent } from './import-list-content.ts';
import { importListVersion } from './import-list-version.ts';
import { refreshList } from './refresh-list.ts';

const HEADER = 'id,name,aliases,type,countries,source';
/** A watchlist of `count` rows W-1 … W-count. */
const rows = (count: number, from = 1): string =>
  Array.from({ length: count }, (_, index) => `W-${from + index},Party number ${from + index},,company,AE,x\n`).join(
    '',
  );

for (const engine of testDatabases()) {
  describe(`list import guards on ${engine.name}`, () => {
    let database: DatabaseHandle;
    let deps: ServiceDeps;
    let now: { value: Date };
    let dir: string;
    let officer: Actor;
    before(async () => {
      database = await engine.open();
      ({ deps, now } = jobTestDeps(database.db));
      dir = mkdtempSync(join(tmpdir(), 'aiex-guards-'));
      officer = { userId: deps.newId(), name: 'Casey Officer', role: 'compliance_officer', companyIds: [] };
      await insertUser(deps.db, {
        id: officer.userId,
        email: 'casey@test.aiexports.local',
        name: officer.name,
        role: officer.role,
        agency: 'Commerce',
        passwordHash: 'x',
        companyIds: [],
      });
    });
    after(async () => {
      rmSync(dir, { recursive: true, force: true });
      await database.close();
    });

    const write = (name: string, text: string | Buffer): string => {
      const path = join(dir, name);
      writeFileSync(path, text);
      return path;
    };
    const importWatchlist = (source: string, name: string, text: string, extra: object = {}) =>
      importListVersion(deps, null, { source, format: 'watchlist', path: write(name, text), ...extra });

    it('refuses a version without entries naming the file, whatever the format, and keeps the current one', async () => {
      const first = await importWatchlist('watchlist:empty', 'v1.csv', `${HEADER}\n${rows(3)}`);
      assert.ok(first.ok);
      const headerOnly = await importWatchlist('watchlist:empty', 'header-only.csv', `${HEADER}\n`);
      assert.ok(!headerOnly.ok);
      assert.equal(headerOnly.error.code, 'list_malformed');
      assert.match(headerOnly.error.message, /header-only\.csv: the list holds no entries/);
      const csl = await importListVersion(deps, null, {
        source: 'csl',
        format: 'csl',
        path: write('csl_2026-08-01.csv', '_id,source,type,programs,name,addresses,alt_names\n'),
      });
      assert.ok(!csl.ok);
      assert.match(csl.error.message, /csl_2026-08-01\.csv: the list holds no entries/);
      const un = await importListVersion(deps, null, {
        source: 'un',
        format: 'un',
        path: write('un.xml', '<CONSOLIDATED_LIST><INDIVIDUALS/><ENTITIES/></CONSOLIDATED_LIST>'),
      });
      assert.ok(!un.ok);
      assert.equal(un.error.code, 'list_malformed');
      assert.equal((await findCurrentListVersion(deps.db, 'watchlist:empty'))?.id, first.value.version.id);
      assert.equal(await findCurrentListVersion(deps.db, 'un'), null);
    });

    it('refuses a version removing more than 20% of the entries, saying how many and how to override', async () => {
      const first = await importWatchlist('watchlist:shrink', 'v1.csv', `${HEADER}\n${rows(10)}`);
      assert.ok(first.ok);
      const exactly20 = await importWatchlist('watchlist:shrink', 'v2.csv', `${HEADER}\n${rows(8)}`);
      assert.ok(exactly20.ok, 'removing exactly 20% is allowed');
      assert.equal(exactly20.value.shrink?.percent, 20);
      const refused = await importWatchlist('watchlist:shrink', 'v3.csv', `${HEADER}\n${rows(5)}`);
      assert.ok(!refused.ok);
      assert.equal(refused.error.code, 'conflict');
      assert.match(refused.error.message, /would remove 3 of the 8 current entries \(37\.5%\), more than the 20%/);
      assert.match(refused.error.message, /--allow-shrink --reason/);
      assert.equal((await findCurrentListVersion(deps.db, 'watchlist:shrink'))?.id, exactly20.value.version.id);
      const noReason = await importWatchlist('watchlist:shrink', 'v3.csv', `${HEADER}\n${rows(5)}`, {
        allowShrink: true,
      });
      assert.ok(!noReason.ok);
      assert.equal(noReason.error.code, 'invalid_input');
    });

    it('imports an allowed shrink with its reason, audits it and raises a list alert', async () => {
      await importWatchlist('watchlist:allowed', 'v1.csv', `${HEADER}\n${rows(10)}`);
      const allowed = await importWatchlist('watchlist:allowed', 'v2.csv', `${HEADER}\n${rows(2)}`, {
        allowShrink: true,
        reason: 'the agency delisted eight parties (notice 2026-41)',
      });
      assert.ok(allowed.ok);
      assert.equal(allowed.value.shrink?.removed, 8);
      const audit = (await listAudit(deps.db, { objectId: allowed.value.version.id }))[0];
      assert.deepEqual(audit?.summary.shrinkAllowed, {
        removed: 8,
        current: 10,
        percent: 80,
        maxPercent: 20,
        excessive: true,
        reason: 'the agency delisted eight parties (notice 2026-41)',
      });
      const alert = (await listAlerts(deps.db)).find((a) => a.listVersionId === allowed.value.version.id);
      assert.equal(alert?.kind, 'list_shrink_allowed');
      assert.equal(alert?.hitId, null);
      assert.match(alert?.message ?? '', /removed 8 of 10 entries \(80%.*notice 2026-41/);
    });

    it('follows the program setting maxListShrinkPercent in force', async () => {
      await importWatchlist('watchlist:setting', 'v1.csv', `${HEADER}\n${rows(10)}`);
      await insertProgramSettings(deps.db, {
        version: 1,
        settings: { ...DEFAULT_PROGRAM_SETTINGS, maxListShrinkPercent: 50 },
        reason: 'test',
        changedBy: null,
        changedAt: now.value,
      });
      const half = await importWatchlist('watchlist:setting', 'v2.csv', `${HEADER}\n${rows(5)}`);
      assert.ok(half.ok, half.ok ? '' : half.error.message);
      assert.equal(half.value.shrink?.maxPercent, 50);
    });

    it('refuses a duplicate id naming its line, except a CSL party repeated at another address', async () => {
      const watchlist = await importWatchlist('watchlist:dup', 'dup.csv', `${HEADER}\n${rows(2)}W-1,Another,,,,x\n`);
      assert.ok(!watchlist.ok);
      assert.match(watchlist.error.message, /dup\.csv, line 4, field id: duplicate id "W-1"/);
      const head = '_id,source,type,programs,name,addresses,alt_names\n';
      const party = 'a1,Entity List (EL),Entity,,Orvanta Kinetics,"1 Road, Dubai, AE",\n';
      const repeated = 'a1,Entity List (EL),Entity,,Orvanta Kinetics,"2 Street, Sharjah, AE",\n';
      const other = 'a1,Entity List (EL),Entity,,Tessaline Marine,"3 Quay, Doha, QA",\n';
      const sameParty = await importListVersion(deps, null, {
        source: 'csl',
        format: 'csl',
        path: write('csl-same.csv', head + party + repeated),
      });
      assert.ok(sameParty.ok, sameParty.ok ? '' : sameParty.error.message);
      assert.equal(sameParty.value.version.entryCount, 2);
      const otherParty = await importListVersion(deps, null, {
        source: 'csl',
        format: 'csl',
        path: write('csl-other.csv', head + party + other),
      });
      assert.ok(!otherParty.ok);
      assert.match(otherParty.error.message, /csl-other\.csv, line 3, field _id: duplicate id "a1" \(line 2\)/);
    });

    it('refuses bytes that are not UTF-8 naming the line and the byte', async () => {
      const bytes = Buffer.concat([
        Buffer.from(`${HEADER}\nW-1,Café One,,company,,x\nW-2,Caf`),
        Buffer.from([0xe9]),
        Buffer.from(' Two,,company,,x\n'),
      ]);
      const result = await importListVersion(deps, null, {
        source: 'watchlist:latin1',
        format: 'watchlist',
        path: write('latin1.csv', bytes),
      });
      assert.ok(!result.ok);
      assert.equal(result.error.code, 'list_malformed');
      const offset = Buffer.from(`${HEADER}\nW-1,Café One,,company,,x\nW-2,Caf`).length;
      assert.match(result.error.message, new RegExp(`latin1\\.csv, line 3: not UTF-8: byte 0xE9 at offset ${offset}`));
      assert.deepEqual(result.error.details, { line: 3, file: join(dir, 'latin1.csv'), byte: offset });
    });

    it('names the file the user sent in errors of an upload, never the temporary folder', async () => {
      const result = await importListContent(deps, officer, {
        source: 'watchlist:upload',
        format: 'watchlist',
        fileName: 'C:\\Users\\casey\\agency list.csv',
        content: `${HEADER}\nW-1,,,company,,x\n`,
      });
      assert.ok(!result.ok);
      assert.match(result.error.message, /^agency list\.csv, line 2, field name: required value is empty$/);
      assert.equal((result.error.details as { file?: string }).file, 'agency list.csv');
      const empty = await importListContent(deps, officer, {
        source: 'watchlist:upload',
        format: 'watchlist',
        fileName: 'empty.csv',
        content: `${HEADER}\n`,
      });
      assert.ok(!empty.ok);
      assert.match(empty.error.message, /^empty\.csv: the list holds no entries/);
      assert.doesNotMatch(JSON.stringify(empty.error), new RegExp(tmpdir().replace(/[/\\]/g, '.')));
      const wrongName = await importListContent(deps, officer, {
        source: 'dpl',
        format: 'dpl',
        fileName: 'dpl.exe',
        content: 'x',
      });
      assert.ok(!wrongName.ok);
      assert.match(wrongName.error.message, /^dpl\.exe: a dpl list must end in/);
    });

    it('keeps the current version when a refresh fetches a file without entries, with an alert and an audit entry', async () => {
      const first = await importWatchlist('watchlist:feed', 'feed.csv', `${HEADER}\n${rows(4)}`);
      assert.ok(first.ok);
      const refreshed = await refreshList(deps, {
        source: 'watchlist:feed',
        url: 'https://lists.example.gov/feed.csv',
        format: 'watchlist',
        fetch: async () => new Response(`${HEADER}\n`, { status: 200 }),
      });
      assert.ok(refreshed.ok);
      const value = refreshed.value;
      assert.ok(!value.notModified && value.refused !== null);
      assert.equal(value.refused.code, 'list_malformed');
      assert.match(value.refused.message, /^feed\.csv: the list holds no entries/);
      const { alertId } = value;
      assert.equal((await findCurrentListVersion(deps.db, 'watchlist:feed'))?.id, first.value.version.id);
      const alert = (await listAlerts(deps.db)).find((a) => a.id === alertId);
      assert.equal(alert?.kind, 'list_refresh_refused');
      assert.equal(alert?.listVersionId, first.value.version.id);
      const audit = (await listAudit(deps.db, { objectId: 'watchlist:feed' })).at(-1);
      assert.equal(audit?.action, 'list.refresh.refuse');
      assert.equal(audit?.summary.keptVersionId, first.value.version.id);

      const shrunk = await refreshList(deps, {
        source: 'watchlist:feed',
        url: 'https://lists.example.gov/feed.csv',
        format: 'watchlist',
        fetch: async () => new Response(`${HEADER}\n${rows(1)}`, { status: 200 }),
      });
      assert.ok(shrunk.ok && !shrunk.value.notModified && shrunk.value.refused !== null);
      assert.equal(shrunk.value.refused.code, 'conflict');
      assert.equal((await findCurrentListVersion(deps.db, 'watchlist:feed'))?.id, first.value.version.id);
    });
  });
}
