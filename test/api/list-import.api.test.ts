import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { DatabaseHandle } from '../../src/db/connect.ts';
import type { ErrorBody } from '../../src/http/route-helpers.ts';
import type { AlertsResponse, ListImportResult } from '../../src/http/routes/screening/screening.schemas.ts';
import { loadListFile } from '../../src/services/screening/load-list-file.ts';
import { buildUser } from '../builders/build-user.ts';
import type { ApiClient } from '../support/api-client.ts';
import { fieldErrorPaths } from '../support/api-client-reads.ts';
import { fixturePath } from '../support/data-paths.ts';
import { buildTestApp, type TestApp } from '../support/test-app.ts';
import { testDatabases } from '../support/test-databases.ts';

const OFAC = fixturePath('lists/ofac');
const OFAC_2021 = fixturePath('lists/ofac/sdn_2021-07');
/** The files of a folder as the API takes them: [{ name, content }]. */
const filesOf = (folder: string) =>
  readdirSync(folder)
    .filter((name) => statSync(join(folder, name)).isFile())
    .map((name) => ({ name, content: readFileSync(join(folder, name), 'utf8') }));
const entryCount = async (folder: string): Promise<number> => {
  const loaded = await loadListFile('ofac', folder);
  assert.ok(loaded.ok);
  return loaded.value.length;
};

for (const engine of testDatabases()) {
  describe(`list import API on ${engine.name}`, () => {
    let database: DatabaseHandle;
    let t: TestApp;
    let compliance: ApiClient;
    before(async () => {
      database = await engine.open();
      t = await buildTestApp(database);
      compliance = (await buildUser(t, { role: 'compliance_officer' })).client;
    });
    after(async () => database.close());

    it("imports OFAC's SDN and non-SDN files sent as files, as the CLI imports their folder", async () => {
      const files = filesOf(OFAC);
      assert.equal(files.length, 8);
      const imported = await compliance.send<ListImportResult>('POST', '/api/v1/lists/import', {
        source: 'ofac',
        format: 'ofac',
        files,
      });
      assert.equal(imported.status, 201, JSON.stringify(imported.body));
      assert.equal(imported.body.version.entryCount, await entryCount(OFAC));
      assert.deepEqual([...imported.body.version.files].sort(), files.map((file) => file.name).sort());
    });

    it('refuses an OFAC version removing too many entries, then imports it when allowed with a reason, with an alert', async () => {
      const files = filesOf(OFAC_2021);
      const refused = await compliance.send<ErrorBody>('POST', '/api/v1/lists/import', {
        source: 'ofac',
        format: 'ofac',
        files,
      });
      assert.equal(refused.status, 409);
      assert.equal(refused.body.error.code, 'conflict');
      assert.match(refused.body.error.message, /would remove 25 of the 54 current entries \(46\.3%\)/);
      assert.match(refused.body.error.message, /"allowShrink": true/);
      const noReason = await compliance.send<ErrorBody>('POST', '/api/v1/lists/import', {
        source: 'ofac',
        format: 'ofac',
        files,
        allowShrink: true,
      });
      assert.equal(noReason.status, 400);
      assert.deepEqual(fieldErrorPaths(noReason.body), ['reason']);
      const allowed = await compliance.send<ListImportResult>('POST', '/api/v1/lists/import', {
        source: 'ofac',
        format: 'ofac',
        files,
        allowShrink: true,
        reason: 'restoring the 2021-07 list for a replay',
      });
      assert.equal(allowed.status, 201);
      assert.equal(allowed.body.version.entryCount, await entryCount(OFAC_2021));
      assert.equal(allowed.body.shrink?.removed, 25);
      const alerts = await compliance.get<AlertsResponse>('/api/v1/alerts');
      const alert = alerts.body.alerts.find((a) => a.listVersionId === allowed.body.version.id);
      assert.equal(alert?.kind, 'list_shrink_allowed');
      assert.equal(alert?.listSource, 'ofac');
      assert.match(alert?.message ?? '', /restoring the 2021-07 list/);
    });

    it('refuses OFAC as one text, more than 8 files, and a file without entries naming it', async () => {
      const asText = await compliance.send<ErrorBody>('POST', '/api/v1/lists/import', {
        source: 'ofac',
        format: 'ofac',
        content: 'x',
      });
      assert.equal(asText.status, 400);
      assert.match(asText.body.error.message, /OFAC lists are several files/);
      const nine = await compliance.send<ErrorBody>('POST', '/api/v1/lists/import', {
        source: 'ofac',
        format: 'ofac',
        files: [...filesOf(OFAC), { name: 'extra.csv', content: 'x' }],
      });
      assert.equal(nine.status, 400);
      const unnamed = await compliance.send<ErrorBody>('POST', '/api/v1/lists/import', {
        source: 'ofac',
        format: 'ofac',
        files: [{ name: '/tmp/upload/list.csv', content: '1,"X",-0-,"SDGT",-0-,-0-,-0-,-0-,-0-,-0-,-0-,-0-\n' }],
      });
      assert.equal(unnamed.status, 400);
      assert.equal(
        unnamed.body.error.message,
        'the files sent: no OFAC primary file (sdn*.csv or cons_prim*.csv) found',
      );
      const empty = await compliance.send<ErrorBody>('POST', '/api/v1/lists/import', {
        source: 'watchlist:agency',
        format: 'watchlist',
        fileName: 'agency-2026-12.csv',
        content: 'id,name,aliases,type,countries,source\n',
      });
      assert.equal(empty.status, 422);
      assert.equal(empty.body.error.code, 'list_malformed');
      assert.match(empty.body.error.message, /^agency-2026-12\.csv: the list holds no entries/);
    });
  });
}
