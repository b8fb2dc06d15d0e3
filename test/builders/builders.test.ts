import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { PROPOSAL_STATUSES } from '../../src/core/proposal/proposal-status.ts';
import type { DatabaseHandle } from '../../src/db/connect.ts';
import { buildTestApp, type TestApp } from '../support/test-app.ts';
import { testDatabases } from '../support/test-databases.ts';
import { buildCompany } from './build-company.ts';
import { buildConsortium } from './build-consortium.ts';
import { buildProposal } from './build-proposal.ts';
import { buildUser } from './build-user.ts';

for (const engine of testDatabases()) {
  describe(`test builders on ${engine.name}`, () => {
    let database: DatabaseHandle;
    let t: TestApp;
    before(async () => {
      database = await engine.open();
      t = await buildTestApp(database);
    });
    after(async () => database.close());

    it('builds a logged-in user of the role, acting for its companies', async () => {
      const anchor = await buildUser(t, { role: 'applicant' });
      const company = await buildCompany(t, { by: anchor, legalName: 'Builder Test GmbH', country: 'DE' });
      const user = await buildUser(t, { role: 'applicant', companyIds: [company.id] });
      const me = await user.client.get<{ user: { role: string; email: string; companyIds: string[] } }>(
        '/api/v1/auth/me',
      );
      assert.equal(me.status, 200);
      assert.equal(me.body.user.role, 'applicant');
      assert.deepEqual(me.body.user.companyIds, [company.id]);
    });

    it('builds a consortium with its anchor and members, through the audited services', async () => {
      const anchor = await buildUser(t, { role: 'applicant' });
      const member = await buildCompany(t, { by: anchor, country: 'SG' });
      const consortium = await buildConsortium(t, { anchor, members: [member] });
      assert.equal(anchor.companyIds.length, 1, 'an anchor without a company gets an own one');
      assert.deepEqual(
        consortium.members.map((m) => [m.companyId, m.role]).sort(),
        [
          [anchor.companyIds[0], 'anchor'],
          [member.id, 'member'],
        ].sort(),
      );
      const actions = await database.db
        .selectFrom('audit_entries')
        .select('action')
        .where('object_id', '=', consortium.id)
        .orderBy('seq')
        .execute();
      assert.deepEqual(
        actions.map((a) => a.action),
        ['consortium.create', 'consortium.member.invite', 'consortium.invitation.accept'],
      );
    });

    it('brings a proposal to every status the workflow has', async () => {
      const consortium = await buildConsortium(t);
      for (const status of PROPOSAL_STATUSES) {
        const proposal = await buildProposal(t, { consortium, status, content: { title: `In ${status}` } });
        assert.equal(proposal.status, status);
        const read = await consortium.anchor.client.get<{ proposal: { status: string; title: string } }>(
          `/api/v1/proposals/${proposal.id}`,
        );
        assert.equal(read.body.proposal.status, status);
        assert.equal(read.body.proposal.title, `In ${status}`);
      }
    });
  });
}
