import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { connectDatabase, type DatabaseHandle } from '../../src/db/connect.ts';
import type { CatalogResponse } from '../../src/http/routes/catalog/catalog.schemas.ts';
import type { ListImportResult, ScreenResponse } from '../../src/http/routes/screening/screening.schemas.ts';
import { listCatalog } from '../../src/services/catalog/read-catalog.ts';
import { buildConsortium } from '../builders/build-consortium.ts';
import { buildProposal } from '../builders/build-proposal.ts';
import { buildUser } from '../builders/build-user.ts';
import type { ApiClient } from '../support/api-client.ts';
import { buildTestApp, type TestApp } from '../support/test-app.ts';
import { testDatabases } from '../support/test-databases.ts';

const HEADER = 'id,name,aliases,type,countries,source';
const V1 = `${HEADER}\nW-1,Zephyrion Dynamics Trading LLC,,company,AE,Agency watchlist\n`;
const V2 = `${V1}W-2,Quillon Aerospace Holdings,,company,CN,Agency watchlist\n`;

/**
 * Two apps over one database, each with its own caches (and, on PostgreSQL, its own connections): what one
 * writes, the other serves at its next request, while each builds its screening index and catalog only once
 * per version.
 */
for (const engine of testDatabases()) {
  describe(`two app instances over one database on ${engine.name}`, () => {
    let database: DatabaseHandle;
    let otherDatabase: DatabaseHandle;
    let first: TestApp;
    let second: TestApp;
    let firstCompliance: ApiClient;
    let secondCompliance: ApiClient;
    before(async () => {
      database = await engine.open();
      otherDatabase = engine.name === 'postgres' ? await connectDatabase(database.target) : database;
      first = await buildTestApp(database);
      second = await buildTestApp(otherDatabase);
      firstCompliance = (await buildUser(first, { role: 'compliance_officer' })).client;
      secondCompliance = (await buildUser(second, { role: 'compliance_officer' })).client;
    });
    after(async () => {
      if (otherDatabase !== database) await otherDatabase.close();
      await database.close();
    });

    const importThrough = async (client: ApiClient, content: string) => {
      const response = await client.send<ListImportResult>('POST', '/api/v1/lists/import', {
        source: 'watchlist:agency',
        format: 'watchlist',
        content,
      });
      assert.equal(response.status, 201);
    };
    const screenThrough = async (client: ApiClient, name: string) => {
      const response = await client.send<ScreenResponse>('POST', '/api/v1/screen', { names: [{ name }] });
      assert.equal(response.status, 200);
      return response.body.results[0]!.hits.map((hit) => hit.entryId);
    };

    it('screens against a list imported through the other instance at the next request', async () => {
      await importThrough(firstCompliance, V1);
      assert.deepEqual(await screenThrough(firstCompliance, 'Quillon Aerospace Holdings'), []);
      assert.deepEqual(await screenThrough(secondCompliance, 'Zephyrion Dynamics Trading'), ['W-1']);
      await importThrough(secondCompliance, V2);
      assert.deepEqual(await screenThrough(firstCompliance, 'Quillon Aerospace Holdings'), ['W-2']);
    });

    it('builds the catalog once for 10 concurrent requests, and shows a designation made through the other instance', async () => {
      const atlas = await buildConsortium(first);
      const gulf = await buildProposal(first, {
        consortium: atlas,
        status: 'designated',
        content: { title: 'Gulf Health AI Stack' },
      });
      const today = first.now.value.toISOString().slice(0, 10);
      const lists = await Promise.all(Array.from({ length: 10 }, () => listCatalog(first.deps, { today })));
      assert.deepEqual(
        lists.map((packages) => packages.map((p) => p.id)),
        Array.from({ length: 10 }, () => [gulf.id]),
      );
      // one build: every request got the very same package object
      assert.ok(lists.every((packages) => packages[0] === lists[0]![0]));
      const anonymous = first.client();
      assert.deepEqual(
        (await anonymous.get<CatalogResponse>('/api/v1/catalog')).body.packages.map((p) => p.id),
        [gulf.id],
      );

      const sahel = await buildProposal(second, {
        consortium: await buildConsortium(second),
        status: 'designated',
        content: { title: 'Sahel Crop Advisory Package' },
      });
      const after = (await anonymous.get<CatalogResponse>('/api/v1/catalog')).body.packages.map((p) => p.id);
      assert.deepEqual([...after].sort(), [gulf.id, sahel.id].sort());
    });
  });
}
