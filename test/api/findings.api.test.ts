import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DEFAULT_PROGRAM_SETTINGS } from '../../src/core/eligibility/program-settings.ts';
import type { DatabaseHandle } from '../../src/db/connect.ts';
import type { ErrorBody } from '../../src/http/route-helpers.ts';
import type { FindingsReport } from '../../src/http/routes/eligibility/eligibility.schemas.ts';
import type { ProgramSettingsHistory, ProgramSettingsSaved } from '../../src/http/routes/settings/settings.schemas.ts';
import { buildCompany } from '../builders/build-company.ts';
import { buildConsortium } from '../builders/build-consortium.ts';
import { buildProposal } from '../builders/build-proposal.ts';
import { type BuiltUser, buildUser } from '../builders/build-user.ts';
import { fieldErrorPaths } from '../support/api-client-reads.ts';
import { buildTestApp, type TestApp } from '../support/test-app.ts';
import { testDatabases } from '../support/test-databases.ts';

for (const engine of testDatabases()) {
  describe(`proposal findings and program settings API on ${engine.name}`, () => {
    let database: DatabaseHandle;
    let t: TestApp;
    let proposalId: string;
    let applicant: BuiltUser;
    before(async () => {
      database = await engine.open();
      t = await buildTestApp(database);
      applicant = await buildUser(t, { role: 'applicant' });
      // Pearl River (HK) owns 40% of Lion City (SG), which owns 70% of member Gulf Digital (AE): Lion City is owned
      // below 50%, so by the OFAC 50% rule none of its stake passes on (28% multiplied through: a review)
      const pearl = await buildCompany(t, { by: applicant, legalName: 'Pearl River Capital Ltd.', country: 'HK' });
      const lion = await buildCompany(t, {
        by: applicant,
        legalName: 'Lion City Holdings Pte. Ltd.',
        country: 'SG',
        owners: [{ ownerId: pearl.id, sharePercent: 40 }],
      });
      const gulf = await buildCompany(t, {
        by: applicant,
        legalName: 'Gulf Digital Infrastructure PJSC',
        country: 'AE',
        owners: [{ ownerId: lion.id, sharePercent: 70 }],
      });
      const consortium = await buildConsortium(t, { anchor: applicant, members: [gulf] });
      const proposal = await buildProposal(t, {
        consortium,
        status: 'under_review',
        content: { title: 'Gulf Health AI Stack', targets: ['AE', 'SA'] },
      });
      proposalId = proposal.id;
    });
    after(async () => database.close());

    it('reports findings that each cite a rule and the rules version', async () => {
      const report = await applicant.client.get<FindingsReport>(`/api/v1/proposals/${proposalId}/findings`);
      assert.equal(report.status, 200);
      assert.equal(report.body.asOf, '2026-11-28');
      assert.ok(report.body.findings.length > 0);
      for (const finding of report.body.findings) {
        assert.ok(finding.citations.length > 0, `${finding.code} cites its source`);
        assert.equal(finding.rulesVersion, report.body.rulesVersion);
      }
      // Pearl River (HK) owns 40% of Lion City, which owns 70% of member Gulf Digital: nothing passes on
      const codes = report.body.findings.map((f) => f.code);
      assert.ok(codes.includes('member_partly_owned_from_country_of_concern'));
      assert.ok(!report.body.findings.some((f) => f.severity === 'blocker'));
    });

    it("refuses findings to a role without proposal permission and hides another consortium's", async () => {
      const buyer = await buildUser(t, { role: 'buyer' });
      assert.equal((await buyer.client.get(`/api/v1/proposals/${proposalId}/findings`)).status, 403);
      const other = await buildConsortium(t);
      assert.equal((await other.anchor.client.get(`/api/v1/proposals/${proposalId}/findings`)).status, 404);
    });

    it('applies a new control threshold from the moment an admin saves it, and replays earlier dates', async () => {
      const admin = (await buildUser(t, { role: 'admin' })).client;
      const refused = await applicant.client.send('PUT', '/api/v1/program-settings', {
        settings: DEFAULT_PROGRAM_SETTINGS,
        reason: 'try',
      });
      assert.equal(refused.status, 403);
      const saved = await admin.send<ProgramSettingsSaved>('PUT', '/api/v1/program-settings', {
        settings: { ...DEFAULT_PROGRAM_SETTINGS, controlThresholdPercent: 40 },
        reason: 'Tighter control test',
      });
      assert.equal(saved.status, 200);
      assert.equal(saved.body.version.version, 1);

      const program = (await buildUser(t, { role: 'program_officer' })).client;
      const now = await program.get<FindingsReport>(`/api/v1/proposals/${proposalId}/findings`);
      assert.equal(now.body.settingsVersion, 1);
      assert.ok(now.body.findings.some((f) => f.severity === 'blocker' && f.code.includes('controlled')));
      const yesterday = await program.get<FindingsReport>(`/api/v1/proposals/${proposalId}/findings?asOf=2026-11-27`);
      assert.equal(yesterday.body.settingsVersion, 0);
      assert.ok(!yesterday.body.findings.some((f) => f.severity === 'blocker'));

      const history = await program.get<ProgramSettingsHistory>('/api/v1/program-settings');
      assert.deepEqual(
        history.body.versions.map((v) => v.version),
        [1, 0],
      );
      const bad = await admin.send<ErrorBody>('PUT', '/api/v1/program-settings', {
        settings: { ...DEFAULT_PROGRAM_SETTINGS, controlThresholdPercent: 150 },
        reason: 'typo',
      });
      assert.equal(bad.status, 400);
      assert.equal(fieldErrorPaths(bad.body)[0], 'settings.controlThresholdPercent');
    });
  });
}
