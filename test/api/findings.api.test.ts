import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DEFAULT_PROGRAM_SETTINGS } from '../../src/core/eligibility/program-settings.ts';
import type { DatabaseHandle } from '../../src/db/connect.ts';
import { buildTestApp, type TestApp } from '../support/test-app.ts';
import { testDatabases } from '../support/test-databases.ts';

type Finding = { code: string; severity: string; citations: { section: string }[]; rulesVersion: string };
type Report = { findings: Finding[]; rulesVersion: string; asOf: string; settingsVersion: number };

for (const engine of testDatabases()) {
  describe(`proposal findings and program settings API on ${engine.name}`, () => {
    let database: DatabaseHandle;
    let t: TestApp;
    let proposalId: string;
    before(async () => {
      database = await engine.open();
      t = await buildTestApp(database);
      const applicant = t.client();
      await applicant.login('applicant@demo.aiexports.local');
      const list = await applicant.get<{ proposals: { id: string; title: string }[] }>('/api/v1/proposals');
      proposalId = list.body.proposals.find((p) => p.title === 'Gulf Health AI Stack')!.id;
    });
    after(async () => database.close());

    it('reports findings that each cite a rule and the rules version', async () => {
      const applicant = t.client();
      await applicant.login('applicant@demo.aiexports.local');
      const report = await applicant.get<Report>(`/api/v1/proposals/${proposalId}/findings`);
      assert.equal(report.status, 200);
      assert.equal(report.body.asOf, '2026-11-28');
      assert.ok(report.body.findings.length > 0);
      for (const finding of report.body.findings) {
        assert.ok(finding.citations.length > 0, `${finding.code} cites its source`);
        assert.equal(finding.rulesVersion, report.body.rulesVersion);
      }
      // Pearl River (HK) owns 60% of Lion City, which owns 70% of member Gulf Digital: 42%, below control
      const codes = report.body.findings.map((f) => f.code);
      assert.ok(codes.includes('member_partly_owned_from_country_of_concern'));
      assert.ok(!report.body.findings.some((f) => f.severity === 'blocker'));
    });

    it('refuses findings to a role without proposal permission', async () => {
      const outsider = t.client();
      await outsider.login('buyer@demo.aiexports.local');
      assert.equal((await outsider.get(`/api/v1/proposals/${proposalId}/findings`)).status, 403);
    });

    it('applies a new control threshold from the moment an admin saves it, and replays earlier dates', async () => {
      const admin = t.client();
      await admin.login('admin@demo.aiexports.local');
      const applicant = t.client();
      await applicant.login('applicant@demo.aiexports.local');
      const refused = await applicant.send('PUT', '/api/v1/program-settings', {
        settings: DEFAULT_PROGRAM_SETTINGS,
        reason: 'try',
      });
      assert.equal(refused.status, 403);
      const saved = await admin.send<{ version: { version: number } }>('PUT', '/api/v1/program-settings', {
        settings: { ...DEFAULT_PROGRAM_SETTINGS, controlThresholdPercent: 40 },
        reason: 'Tighter control test',
      });
      assert.equal(saved.status, 200);
      assert.equal(saved.body.version.version, 1);

      const program = t.client();
      await program.login('program@demo.aiexports.local');
      const now = await program.get<Report>(`/api/v1/proposals/${proposalId}/findings`);
      assert.equal(now.body.settingsVersion, 1);
      assert.ok(now.body.findings.some((f) => f.severity === 'blocker' && f.code.includes('controlled')));
      const yesterday = await program.get<Report>(`/api/v1/proposals/${proposalId}/findings?asOf=2026-11-27`);
      assert.equal(yesterday.body.settingsVersion, 0);
      assert.ok(!yesterday.body.findings.some((f) => f.severity === 'blocker'));

      const history = await program.get<{ versions: { version: number; reason: string }[] }>(
        '/api/v1/program-settings',
      );
      assert.deepEqual(
        history.body.versions.map((v) => v.version),
        [1, 0],
      );
      const bad = await admin.send<{ error: { details: { path: string }[] } }>('PUT', '/api/v1/program-settings', {
        settings: { ...DEFAULT_PROGRAM_SETTINGS, controlThresholdPercent: 150 },
        reason: 'typo',
      });
      assert.equal(bad.status, 400);
      assert.equal(bad.body.error.details[0]?.path, 'settings.controlThresholdPercent');
    });
  });
}
