import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { DatabaseHandle } from '../../src/db/connect.ts';
import type { ErrorBody } from '../../src/http/route-helpers.ts';
import type { CompanyDetail, OwnershipResponse } from '../../src/http/routes/companies/companies.schemas.ts';
import type {
  DeletedResponse,
  HistoryResponse,
  ProposalResponse,
  ProposalsResponse,
} from '../../src/http/routes/proposals/proposals.schemas.ts';
import { buildCompany } from '../builders/build-company.ts';
import { type BuiltConsortium, buildConsortium } from '../builders/build-consortium.ts';
import { buildProposal } from '../builders/build-proposal.ts';
import { type BuiltUser, buildUser } from '../builders/build-user.ts';
import { fieldErrorPaths } from '../support/api-client-reads.ts';
import { buildTestApp, type TestApp } from '../support/test-app.ts';
import { testDatabases } from '../support/test-databases.ts';

const auditActionsOf = async (database: DatabaseHandle, objectId: string): Promise<string[]> =>
  (
    await database.db
      .selectFrom('audit_entries')
      .select('action')
      .where('object_id', '=', objectId)
      .orderBy('seq')
      .execute()
  ).map((row) => row.action);

for (const engine of testDatabases()) {
  describe(`the applicant withdraws, deletes and records owners on ${engine.name}`, () => {
    let database: DatabaseHandle;
    let t: TestApp;
    let consortium: BuiltConsortium;
    let member: BuiltUser;
    let stranger: BuiltUser;
    let officer: BuiltUser;
    before(async () => {
      database = await engine.open();
      t = await buildTestApp(database);
      const anchor = await buildUser(t, { role: 'applicant' });
      const partner = await buildCompany(t, { by: anchor, legalName: 'Partner Member GmbH', country: 'DE' });
      member = await buildUser(t, { role: 'applicant', companyIds: [partner.id] });
      consortium = await buildConsortium(t, { anchor, members: [{ id: partner.id, acceptedBy: member }] });
      stranger = (await buildConsortium(t)).anchor;
      officer = await buildUser(t, { role: 'program_officer' });
    });
    after(async () => database.close());

    describe('withdrawing', () => {
      it('refuses a withdrawal without a reason, naming the field, and leaves the status', async () => {
        const proposal = await buildProposal(t, { consortium, status: 'submitted' });
        const path = `/api/v1/proposals/${proposal.id}/withdraw`;
        const missing = await consortium.anchor.client.send<ErrorBody>('POST', path, {});
        assert.equal(missing.status, 400);
        assert.deepEqual(fieldErrorPaths(missing.body), ['reason']);
        const blank = await consortium.anchor.client.send<ErrorBody>('POST', path, { reason: '  ' });
        assert.equal(blank.status, 400);
        assert.deepEqual(fieldErrorPaths(blank.body), ['reason']);
        const after = await consortium.anchor.client.get<ProposalResponse>(`/api/v1/proposals/${proposal.id}`);
        assert.equal(after.body.proposal.status, 'submitted');
        assert.equal(after.body.proposal.canWithdraw, true);
      });

      it('withdraws with a reason: audited, out of the queue, no longer editable or withdrawable', async () => {
        const proposal = await buildProposal(t, { consortium, status: 'under_review' });
        const done = await consortium.anchor.client.send<ProposalResponse>(
          'POST',
          `/api/v1/proposals/${proposal.id}/withdraw`,
          { reason: 'The customer postponed the project.' },
        );
        assert.equal(done.status, 200);
        assert.equal(done.body.proposal.status, 'withdrawn');
        assert.equal(done.body.proposal.canWithdraw, false);
        assert.equal(done.body.proposal.canEdit, false);
        assert.equal(done.body.proposal.canSubmit, false);
        const history = await consortium.anchor.client.get<HistoryResponse>(`/api/v1/proposals/${proposal.id}/history`);
        const entry = history.body.entries.find((e) => e.action === 'proposal.withdraw');
        assert.ok(entry, 'the withdrawal is in the history');
        assert.match(JSON.stringify(entry), /postponed the project/);
        const queue = await officer.client.get<ProposalsResponse>('/api/v1/proposals?status=under_review');
        assert.ok(!queue.body.proposals.some((p) => p.id === proposal.id), 'gone from the review queue');
        const all = await officer.client.get<ProposalsResponse>('/api/v1/proposals');
        assert.equal(all.body.proposals.find((p) => p.id === proposal.id)?.status, 'withdrawn');
        const again = await consortium.anchor.client.send<ErrorBody>(
          'POST',
          `/api/v1/proposals/${proposal.id}/withdraw`,
          { reason: 'once more' },
        );
        assert.equal(again.status, 409);
        const review = await officer.client.send<ErrorBody>('POST', `/api/v1/proposals/${proposal.id}/transition`, {
          action: 'start_review',
        });
        assert.equal(review.status, 409, 'no review of a withdrawn proposal');
      });

      it('lets only the anchor’s applicants withdraw: 403 for a member, 404 for a stranger, 403 for an officer', async () => {
        const proposal = await buildProposal(t, { consortium, status: 'submitted' });
        const path = `/api/v1/proposals/${proposal.id}/withdraw`;
        const body = { reason: 'Not mine to withdraw' };
        assert.equal((await member.client.send<ErrorBody>('POST', path, body)).status, 403);
        assert.equal((await stranger.client.send<ErrorBody>('POST', path, body)).status, 404);
        assert.equal((await officer.client.send<ErrorBody>('POST', path, body)).status, 403);
        const seen = await member.client.get<ProposalResponse>(`/api/v1/proposals/${proposal.id}`);
        assert.equal(seen.body.proposal.status, 'submitted');
        assert.equal(seen.body.proposal.canWithdraw, false);
        assert.deepEqual(await auditActionsOf(database, proposal.id), ['proposal.create', 'proposal.submit']);
      });

      it('refuses to withdraw a draft that was never submitted', async () => {
        const draft = await buildProposal(t, { consortium });
        const refused = await consortium.anchor.client.send<ErrorBody>(
          'POST',
          `/api/v1/proposals/${draft.id}/withdraw`,
          { reason: 'Changed our mind' },
        );
        assert.equal(refused.status, 409);
        assert.match(refused.body.error.message, /delete it instead/);
      });
    });

    describe('deleting a draft', () => {
      it('deletes a never-submitted draft: gone from lists, audited with its title', async () => {
        const draft = await buildProposal(t, { consortium, content: { title: 'Draft to delete' } });
        assert.equal(draft.canDelete, true);
        assert.equal((await member.client.send<ErrorBody>('DELETE', `/api/v1/proposals/${draft.id}`)).status, 403);
        assert.equal((await stranger.client.send<ErrorBody>('DELETE', `/api/v1/proposals/${draft.id}`)).status, 404);
        const deleted = await consortium.anchor.client.send<DeletedResponse>('DELETE', `/api/v1/proposals/${draft.id}`);
        assert.equal(deleted.status, 200);
        assert.equal(deleted.body.deleted.id, draft.id);
        const list = await consortium.anchor.client.get<ProposalsResponse>('/api/v1/proposals');
        assert.ok(!list.body.proposals.some((p) => p.id === draft.id));
        assert.equal((await consortium.anchor.client.get(`/api/v1/proposals/${draft.id}`)).status, 404);
        assert.deepEqual(await auditActionsOf(database, draft.id), ['proposal.create', 'proposal.delete']);
      });

      it('refuses to delete a submitted proposal, and one returned for revision', async () => {
        for (const status of ['submitted', 'returned'] as const) {
          const proposal = await buildProposal(t, { consortium, status });
          assert.equal(proposal.canDelete, false);
          const refused = await consortium.anchor.client.send<ErrorBody>('DELETE', `/api/v1/proposals/${proposal.id}`);
          assert.equal(refused.status, 409, status);
          assert.match(refused.body.error.message, /Withdraw it instead/);
          assert.equal((await consortium.anchor.client.get(`/api/v1/proposals/${proposal.id}`)).status, 200);
        }
      });
    });

    describe('owners', () => {
      const company = (legalName: string, country = 'US') => ({
        legalName,
        countryOfIncorporation: country,
        principalPlaceOfBusiness: country,
      });

      it('validates shares, the 100% total and cycles field by field; edits and removes with audit entries', async () => {
        const client = consortium.anchor.client;
        const create = async (name: string, country?: string) =>
          (await client.send<{ company: { id: string } }>('POST', '/api/v1/companies', company(name, country))).body
            .company.id;
        const owned = await create('Owned Holdings');
        const parent = await create('Parent Ltd', 'SG');
        const grand = await create('Grandparent SA', 'FR');
        const other = await create('Other Investor', 'GB');
        const owners = `/api/v1/companies/${owned}/owners`;

        for (const sharePercent of [0, -5, 101, 'ten']) {
          const bad = await client.send<ErrorBody>('POST', owners, { ownerId: parent, sharePercent });
          assert.equal(bad.status, 400, String(sharePercent));
          assert.deepEqual(fieldErrorPaths(bad.body), ['sharePercent']);
        }
        const noOwner = await client.send<ErrorBody>('POST', owners, { ownerId: '', sharePercent: 10 });
        assert.deepEqual(fieldErrorPaths(noOwner.body), ['ownerId']);

        assert.equal((await client.send('POST', owners, { ownerId: parent, sharePercent: 60 })).status, 200);
        assert.equal(
          (await client.send('POST', `/api/v1/companies/${parent}/owners`, { ownerId: grand, sharePercent: 50 }))
            .status,
          200,
        );
        const tooMuch = await client.send<ErrorBody>('POST', owners, { ownerId: other, sharePercent: 41 });
        assert.equal(tooMuch.status, 400);
        assert.deepEqual(fieldErrorPaths(tooMuch.body), ['sharePercent']);
        assert.match(JSON.stringify(tooMuch.body.error.details), /at most 40/);

        // the grandparent owning the owned company is fine; the owned company owning the grandparent is a cycle
        const cycle = await client.send<ErrorBody>('POST', `/api/v1/companies/${grand}/owners`, {
          ownerId: owned,
          sharePercent: 10,
        });
        assert.equal(cycle.status, 400);
        assert.deepEqual(fieldErrorPaths(cycle.body), ['ownerId']);
        assert.match(cycle.body.error.message, /cycle/);

        const graph = await client.get<OwnershipResponse>(`/api/v1/companies/${owned}/ownership`);
        assert.equal(graph.status, 200);
        assert.equal(graph.body.canEdit, true);
        assert.equal(graph.body.directTotalPercent, 60);
        const byName = new Map(graph.body.nodes.map((n) => [n.name, n]));
        assert.deepEqual(
          [byName.get('Parent Ltd')?.directPercent, byName.get('Parent Ltd')?.effectivePercent],
          [60, 60],
        );
        assert.deepEqual(
          [byName.get('Grandparent SA')?.directPercent, byName.get('Grandparent SA')?.effectivePercent],
          [null, 30],
        );

        const edited = await client.send<CompanyDetail>('PUT', `${owners}/${parent}`, { sharePercent: 75 });
        assert.equal(edited.status, 200);
        assert.deepEqual(
          edited.body.owners.map((o) => o.sharePercent),
          [75],
        );
        const editBad = await client.send<ErrorBody>('PUT', `${owners}/${parent}`, { sharePercent: 150 });
        assert.deepEqual(fieldErrorPaths(editBad.body), ['sharePercent']);
        assert.equal((await client.send('PUT', `${owners}/${other}`, { sharePercent: 5 })).status, 404, 'not an owner');

        assert.equal((await officer.client.send('DELETE', `${owners}/${parent}`)).status, 403);
        assert.equal((await stranger.client.send('DELETE', `${owners}/${parent}`)).status, 404);
        const removed = await client.send<CompanyDetail>('DELETE', `${owners}/${parent}`);
        assert.equal(removed.status, 200);
        assert.deepEqual(removed.body.owners, []);
        assert.equal((await client.send('DELETE', `${owners}/${parent}`)).status, 404, 'already removed');

        assert.deepEqual(await auditActionsOf(database, owned), [
          'company.create',
          'company.owner.set',
          'company.owner.set',
          'company.owner.remove',
        ]);
      });
    });
  });
}
