import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { DatabaseHandle } from '../../src/db/connect.ts';
import type { HistoryResponse } from '../../src/http/routes/proposals/proposals.schemas.ts';
import { buildCompany } from '../builders/build-company.ts';
import { type BuiltConsortium, buildConsortium } from '../builders/build-consortium.ts';
import { buildProposal } from '../builders/build-proposal.ts';
import { type BuiltUser, buildUser } from '../builders/build-user.ts';
import { buildTestApp, type TestApp } from '../support/test-app.ts';
import { testDatabases } from '../support/test-databases.ts';

for (const engine of testDatabases()) {
  describe(`applicant disclosure and separation of duties on ${engine.name}`, () => {
    let database: DatabaseHandle;
    let t: TestApp;
    let consortium: BuiltConsortium;
    let decision: BuiltUser;
    let admin: BuiltUser;
    let proposalId: string;
    let draftId: string;
    before(async () => {
      database = await engine.open();
      t = await buildTestApp(database);
      consortium = await buildConsortium(t);
      decision = await buildUser(t, { role: 'decision_maker', name: 'Dana Decider' });
      admin = await buildUser(t, { role: 'admin' });
      proposalId = (await buildProposal(t, { consortium, status: 'under_review', decisionMaker: decision })).id;
      draftId = (await buildProposal(t, { consortium })).id;
      const declined = await decision.client.send('POST', `/api/v1/proposals/${proposalId}/transition`, {
        action: 'decline',
        reason: 'Internal: screening analyst unsure about Zeta',
      });
      assert.equal(declined.status, 200);
    });
    after(async () => database.close());

    const history = async (user: BuiltUser) =>
      (await user.client.get<HistoryResponse>(`/api/v1/proposals/${proposalId}/history`)).body.entries;

    it('hides officers’ names and reasons from the applicant by default, and shows them to officers', async () => {
      const seen = JSON.stringify(await history(consortium.anchor));
      assert.doesNotMatch(seen, /Dana Decider|screening analyst/);
      assert.match(seen, /Program staff/);
      assert.match(seen, /proposal\.decline/, 'the step itself stays visible');
      const officerSees = JSON.stringify(await history(decision));
      assert.match(officerSees, /Dana Decider/);
      assert.match(officerSees, /screening analyst/);
    });

    it('discloses them to the applicant when the program settings say so', async () => {
      const saved = await admin.client.send('PUT', '/api/v1/program-settings', {
        settings: { applicantHistoryShowsOfficers: true, applicantHistoryShowsInternalReasons: true },
        reason: 'Transparency pilot',
      });
      assert.equal(saved.status, 200);
      const seen = JSON.stringify(await history(consortium.anchor));
      assert.match(seen, /Dana Decider/);
      assert.match(seen, /screening analyst/);
    });

    it('lets admins take no workflow decision and read no draft', async () => {
      const decide = await admin.client.send('POST', `/api/v1/proposals/${proposalId}/transition`, {
        action: 'decline',
        reason: 'Admin tries to decide',
      });
      assert.equal(decide.status, 403);
      assert.equal((await admin.client.get(`/api/v1/proposals/${draftId}`)).status, 404);
      const drafts = await admin.client.get<{ proposals: { id: string }[] }>('/api/v1/proposals');
      assert.ok(!drafts.body.proposals.some((p) => p.id === draftId));
    });

    it('lets only the applicants of a company record its owners', async () => {
      // a partner the anchor registered: the anchor records its owners only until someone acts for it
      const partner = await buildCompany(t, { by: consortium.anchor, legalName: 'Partner Co' });
      const owner = await buildCompany(t, { by: consortium.anchor, legalName: 'Partner Owner Ltd' });
      const body = { ownerId: owner.id, sharePercent: 10 };
      const path = `/api/v1/companies/${partner.id}/owners`;
      assert.equal((await consortium.anchor.client.send('POST', path, body)).status, 200);
      const partnerUser = await buildUser(t, { role: 'applicant', companyIds: [partner.id] });
      await buildConsortium(t, { anchor: consortium.anchor, members: [partner] });
      assert.equal((await consortium.anchor.client.send('POST', path, body)).status, 403, 'not a fellow member');
      assert.equal((await admin.client.send('POST', path, body)).status, 403, 'not admins');
      assert.equal((await partnerUser.client.send('POST', path, body)).status, 200, 'its own applicants');
    });
  });
}
