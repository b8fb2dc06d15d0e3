import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import type { DatabaseHandle } from '../../src/db/connect.ts';
import type { ErrorBody } from '../../src/http/route-helpers.ts';
import type { AuditEntriesResponse, AuditVerdict } from '../../src/http/routes/audit/audit.schemas.ts';
import type {
  CatalogPackageResponse,
  CatalogResponse,
  DeliveryResponse,
} from '../../src/http/routes/catalog/catalog.schemas.ts';
import { buildConsortium } from '../builders/build-consortium.ts';
import { buildProposal } from '../builders/build-proposal.ts';
import { buildProposalContent } from '../builders/build-proposal-content.ts';
import { type BuiltUser, buildUser } from '../builders/build-user.ts';
import { fieldErrorPaths } from '../support/api-client-reads.ts';
import { buildTestApp, type TestApp } from '../support/test-app.ts';
import { testDatabases } from '../support/test-databases.ts';

for (const engine of testDatabases()) {
  describe(`catalog and audit API on ${engine.name}`, () => {
    let database: DatabaseHandle;
    let t: TestApp;
    let designatedId: string;
    let decisionMaker: BuiltUser;
    let auditor: BuiltUser;
    before(async () => {
      database = await engine.open();
      t = await buildTestApp(database);
      const consortium = await buildConsortium(t);
      const programOfficer = await buildUser(t, { role: 'program_officer' });
      decisionMaker = await buildUser(t, { role: 'decision_maker' });
      auditor = await buildUser(t, { role: 'auditor' });
      const officers = { programOfficer, decisionMaker };
      // a designated package whose hardware values, financing and operator are business confidential
      const confidential = await buildProposal(t, {
        consortium,
        status: 'designated',
        ...officers,
        content: {
          title: 'Confidential Values Stack',
          targets: ['KE', 'NG'],
          operatingModel: { operator: { name: 'Secret Operator Ltd', country: 'KE' }, description: 'SECRET-TERMS' },
          bci: ['layers.hardware.*.valueUsd', 'financing', 'operatingModel'],
        },
      });
      designatedId = confidential.id;
      await buildProposal(t, {
        consortium,
        status: 'designated',
        ...officers,
        content: {
          title: 'Gulf Health AI Stack',
          targets: ['AE', 'SA'],
          bci: ['financing', 'layers.hardware.*.valueUsd', 'operatingModel.description'],
        },
      });
      // packages on their way, or sent back, that the catalog must not show
      const agriculture = buildProposalContent().layers;
      agriculture.applications = agriculture.applications.map((a) => ({ ...a, sector: 'agriculture' }));
      for (const [status, title] of [
        ['draft', 'Draft Agriculture Stack'],
        ['submitted', 'Kenya Agriculture Intelligence'],
        ['under_review', 'Gulf Health Review Stack'],
        ['returned', 'Returned Agriculture Stack'],
      ] as const) {
        await buildProposal(t, {
          consortium,
          status,
          ...officers,
          content: { title, targets: ['KE', 'AE'], layers: agriculture },
        });
      }
    });
    after(async () => database.close());

    it('lists designated packages to anyone, without BCI fields', async () => {
      const anonymous = t.client();
      const list = await anonymous.get<CatalogResponse>('/api/v1/catalog');
      assert.equal(list.status, 200);
      assert.deepEqual(list.body.packages.map((p) => p.title).sort(), [
        'Confidential Values Stack',
        'Gulf Health AI Stack',
      ]);
      const pkg = list.body.packages.find((p) => p.id === designatedId)!;
      assert.equal(pkg.layers.hardware.length, 1);
      assert.ok(!('valueUsd' in pkg.layers.hardware[0]!), 'BCI hardware value is absent');
      assert.equal(pkg.layers.hardware[0]!.eccn, '3A090.a', 'public fields stay');
      const raw = JSON.stringify(list.body);
      for (const secret of ['SECRET-TERMS', 'Secret Operator', 'financing', 'amountUsd', '1000000']) {
        assert.ok(!raw.includes(secret), `${secret} must not reach the catalog`);
      }
      const detail = await anonymous.get<CatalogPackageResponse>(`/api/v1/catalog/${designatedId}`);
      assert.ok(!JSON.stringify(detail.body).includes('valueUsd'));
    });

    it('tells a buyer, per country, whether the package ships without a licence and under which rule', async () => {
      const client = t.client();
      const list = await client.get<CatalogResponse>('/api/v1/catalog');
      const pkg = list.body.packages.find((p) => p.id === designatedId)!;
      // a 3A090.a chip: Kenya and Nigeria are in none of D:1/D:4/D:5
      assert.deepEqual(pkg.delivery.withoutLicense, ['KE', 'NG']);
      assert.deepEqual(pkg.delivery.licenseRequired, []);
      const china = await client.get<DeliveryResponse>(`/api/v1/catalog/${designatedId}/delivery?country=China`);
      assert.equal(china.status, 200);
      assert.equal(china.body.outlook.licenseRequired, true);
      assert.match(china.body.outlook.items[0]!.reasons[0]!.citation.section, /^742\.6/);
      const bad = await client.get<ErrorBody>(`/api/v1/catalog/${designatedId}/delivery?country=Atlantis`);
      assert.equal(bad.status, 400);
    });

    it('filters the catalog by country, sector and text', async () => {
      const client = t.client();
      const byCountry = await client.get<CatalogResponse>('/api/v1/catalog?country=ke');
      assert.deepEqual(
        byCountry.body.packages.map((p) => p.id),
        [designatedId],
      );
      const bySector = await client.get<CatalogResponse>('/api/v1/catalog?sector=agriculture');
      assert.deepEqual(bySector.body.packages, []);
      const byText = await client.get<CatalogResponse>('/api/v1/catalog?q=gulf%20health');
      assert.deepEqual(
        byText.body.packages.map((p) => p.title),
        ['Gulf Health AI Stack'],
      );
      const bad = await client.get<ErrorBody>('/api/v1/catalog?country=Kenya');
      assert.equal(bad.status, 400);
      assert.equal(fieldErrorPaths(bad.body)[0], 'country');
    });

    it('does not show packages under review, or suspended ones', async () => {
      const decision = decisionMaker.client;
      await decision.send('POST', `/api/v1/proposals/${designatedId}/transition`, {
        action: 'suspend',
        reason: 'Re-screening hit',
      });
      const client = t.client();
      assert.equal((await client.get(`/api/v1/catalog/${designatedId}`)).status, 404);
      await decision.send('POST', `/api/v1/proposals/${designatedId}/transition`, {
        action: 'reinstate',
        reason: 'Hit cleared',
      });
      assert.equal((await client.get(`/api/v1/catalog/${designatedId}`)).status, 200);
    });

    it('lets auditors verify the chain, and detects a tampered entry', async () => {
      const verdict = await auditor.client.get<AuditVerdict>('/api/v1/audit/verify');
      assert.equal(verdict.body.ok, true);
      assert.ok(verdict.body.count > 20);
      const applicant = await buildUser(t, { role: 'applicant' });
      assert.equal((await applicant.client.get('/api/v1/audit/verify')).status, 403);

      const entries = await auditor.client.get<AuditEntriesResponse>(`/api/v1/audit?objectId=${designatedId}`);
      const designation = entries.body.entries.find((e) => e.action === 'proposal.designate')!;
      await assert.rejects(
        sql`UPDATE audit_entries SET actor_name = 'someone else' WHERE seq = ${designation.seq}`.execute(database.db),
        /append-only/,
      );
      await sql`ALTER TABLE audit_entries DISABLE TRIGGER audit_entries_append_only`.execute(database.db);
      await sql`UPDATE audit_entries SET actor_name = 'someone else' WHERE seq = ${designation.seq}`.execute(
        database.db,
      );
      await sql`ALTER TABLE audit_entries ENABLE TRIGGER audit_entries_append_only`.execute(database.db);
      const broken = await auditor.client.get<AuditVerdict>('/api/v1/audit/verify');
      assert.deepEqual(
        { ok: broken.body.ok, brokenAt: broken.body.brokenAt },
        { ok: false, brokenAt: designation.seq },
      );
    });
  });
}
