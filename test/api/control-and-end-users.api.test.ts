import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { DatabaseHandle } from '../../src/db/connect.ts';
import type { ErrorBody } from '../../src/http/route-helpers.ts';
import type { CompanyDetail } from '../../src/http/routes/companies/companies.schemas.ts';
import type { FindingsReport } from '../../src/http/routes/eligibility/eligibility.schemas.ts';
import { importListVersion } from '../../src/services/screening/import-list-version.ts';
import { buildCompany } from '../builders/build-company.ts';
import { buildConsortium } from '../builders/build-consortium.ts';
import { buildProposal } from '../builders/build-proposal.ts';
import { type BuiltUser, buildUser } from '../builders/build-user.ts';
import { fieldErrorPaths } from '../support/api-client-reads.ts';
import { fixturePath } from '../support/data-paths.ts';
import { buildTestApp, type TestApp } from '../support/test-app.ts';
import { testDatabases } from '../support/test-databases.ts';

/** The CSL sample holds an Entity List entry for "China Electronics Technology Group Corporation 13th Research Institute (CETC 13)". */
const CSL_SAMPLE = fixturePath('lists/consolidated_sample_2025-06.csv');
const ENTITY = 'China Electronics Technology Group Corporation 13th Research Institute';

for (const engine of testDatabases()) {
  describe(`control without equity and end-user list findings on ${engine.name}`, () => {
    let database: DatabaseHandle;
    let t: TestApp;
    let applicant: BuiltUser;
    let memberId: string;
    let controllerId: string;
    let proposalId: string;
    const findings = async (user: BuiltUser = applicant) =>
      (await user.client.get<FindingsReport>(`/api/v1/proposals/${proposalId}/findings`)).body;

    before(async () => {
      database = await engine.open();
      t = await buildTestApp(database);
      applicant = await buildUser(t, { role: 'applicant' });
      const member = await buildCompany(t, { by: applicant, legalName: 'Rhine Compute GmbH', country: 'DE' });
      const controller = await buildCompany(t, { by: applicant, legalName: 'Shenzhen Board Capital', country: 'CN' });
      controllerId = controller.id;
      const consortium = await buildConsortium(t, { anchor: applicant, members: [member] });
      memberId = consortium.anchorCompanyId; // the applicant's own company, whose owners and controllers it records
      const proposal = await buildProposal(t, {
        consortium,
        content: {
          title: 'Compute for the Rhine',
          targets: ['DE'],
          endUsers: [{ name: `${ENTITY} (CETC 13)`, country: 'CN' }],
        },
      });
      proposalId = proposal.id;
    });
    after(async () => database.close());

    it('blocks the end users while no Consolidated Screening List is loaded (fail-closed)', async () => {
      const report = await findings();
      const blocker = report.findings.find((f) => f.code === 'end_user_lists_unavailable');
      assert.equal(blocker?.severity, 'blocker');
      assert.ok(blocker?.explanation.includes(ENTITY));
    });

    it('blocks an end user on the Entity List, naming the entry, the list version and its date', async () => {
      const imported = await importListVersion(t.deps, null, {
        source: 'csl',
        format: 'csl',
        path: CSL_SAMPLE,
        asOf: '2026-11-27',
      });
      assert.ok(imported.ok, JSON.stringify(imported));
      const versionId = imported.value.version.id;
      const report = await findings();
      assert.ok(!report.findings.some((f) => f.code === 'end_user_lists_unavailable'));
      const blocker = report.findings.find((f) => f.code === 'end_user_on_entity_list');
      assert.equal(blocker?.severity, 'blocker');
      assert.equal(blocker?.subject?.path, 'content.endUsers.0');
      for (const words of [`${ENTITY} (CETC 13)`, `csl as of 2026-11-27`, `version ${versionId}`, 'Policy of denial']) {
        assert.ok(blocker?.explanation.includes(words), `${words} in ${blocker?.explanation}`);
      }
      assert.ok(blocker?.citations.some((c) => c.section.startsWith('744.11')));
      assert.ok((report.counts.blocker ?? 0) >= 1);
    });

    it('records control without equity, and the member is then controlled from a country of concern', async () => {
      const before = await findings();
      assert.ok(!before.findings.some((f) => f.code === 'member_controlled_from_country_of_concern'));
      const recorded = await applicant.client.send<CompanyDetail>('POST', `/api/v1/companies/${memberId}/controllers`, {
        controllerId,
        basis: 'board_seats',
        detail: 'appoints 3 of 5 directors',
      });
      assert.equal(recorded.status, 200);
      assert.deepEqual(recorded.body.controllers, [
        {
          controllerId,
          controllerName: 'Shenzhen Board Capital',
          basis: 'board_seats',
          detail: 'appoints 3 of 5 directors',
        },
      ]);
      const read = await applicant.client.get<CompanyDetail>(`/api/v1/companies/${memberId}`);
      assert.equal(read.body.controllers.length, 1);
      const finding = (await findings()).findings.find((f) => f.code === 'member_controlled_from_country_of_concern');
      assert.equal(finding?.severity, 'blocker');
      assert.ok(
        finding?.explanation.includes('Shenzhen Board Capital through board seats (appoints 3 of 5 directors)'),
      );
      assert.ok(finding?.explanation.includes('OFAC 50% rule aggregation'));

      const removed = await applicant.client.send<CompanyDetail>(
        'DELETE',
        `/api/v1/companies/${memberId}/controllers/${controllerId}/board_seats`,
      );
      assert.equal(removed.status, 200);
      assert.deepEqual(removed.body.controllers, []);
      assert.ok(!(await findings()).findings.some((f) => f.code === 'member_controlled_from_country_of_concern'));
      const again = await applicant.client.send<ErrorBody>(
        'DELETE',
        `/api/v1/companies/${memberId}/controllers/${controllerId}/board_seats`,
      );
      assert.equal(again.status, 404);
    });

    it('refuses a control relation with field errors, and to someone who may not record it', async () => {
      const bad = await applicant.client.send<ErrorBody>('POST', `/api/v1/companies/${memberId}/controllers`, {
        controllerId,
        basis: 'friendship',
        detail: '',
      });
      assert.equal(bad.status, 400);
      assert.deepEqual(fieldErrorPaths(bad.body).sort(), ['basis', 'detail']);
      const self = await applicant.client.send<ErrorBody>('POST', `/api/v1/companies/${memberId}/controllers`, {
        controllerId: memberId,
        basis: 'veto_rights',
        detail: 'veto over budgets',
      });
      assert.equal(self.status, 400);
      assert.deepEqual(fieldErrorPaths(self.body), ['controllerId']);
      const unknown = await applicant.client.send<ErrorBody>('POST', `/api/v1/companies/${memberId}/controllers`, {
        controllerId: 'no-such-company',
        basis: 'veto_rights',
        detail: 'veto over budgets',
      });
      assert.equal(unknown.status, 400);
      const stranger = await buildUser(t, { role: 'applicant' });
      const hidden = await stranger.client.send<ErrorBody>('POST', `/api/v1/companies/${memberId}/controllers`, {
        controllerId,
        basis: 'veto_rights',
        detail: 'veto over budgets',
      });
      assert.equal(hidden.status, 404);
      assert.equal(
        (await applicant.client.get<CompanyDetail>(`/api/v1/companies/${memberId}`)).body.controllers.length,
        0,
      );
    });
  });
}
