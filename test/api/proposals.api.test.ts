import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { DatabaseHandle } from '../../src/db/connect.ts';
import type { ErrorBody } from '../../src/http/route-helpers.ts';
import type {
  DiffResponse,
  HistoryResponse,
  ProposalResponse,
  ProposalsResponse,
  ProposalVersionResponse,
} from '../../src/http/routes/proposals/proposals.schemas.ts';
import { buildCall } from '../builders/build-call.ts';
import { buildCompany } from '../builders/build-company.ts';
import { type BuiltConsortium, buildConsortium } from '../builders/build-consortium.ts';
import { buildFreshScreening } from '../builders/build-fresh-screening.ts';
import { buildProposal } from '../builders/build-proposal.ts';
import { buildProposalContent } from '../builders/build-proposal-content.ts';
import { buildSubmittedReviews } from '../builders/build-submitted-reviews.ts';
import { type BuiltUser, buildUser } from '../builders/build-user.ts';
import type { ApiClient } from '../support/api-client.ts';
import { fieldErrorPaths } from '../support/api-client-reads.ts';
import { buildTestApp, type TestApp } from '../support/test-app.ts';
import { testDatabases } from '../support/test-databases.ts';

for (const engine of testDatabases()) {
  describe(`proposals API on ${engine.name}`, () => {
    let database: DatabaseHandle;
    let t: TestApp;
    let consortiumId: string;
    let atlas: BuiltConsortium;
    let harvestUser: BuiltUser;
    let applicant: ApiClient;
    let program: ApiClient;
    let decision: ApiClient;

    before(async () => {
      database = await engine.open();
      t = await buildTestApp(database);
      await buildCall(t);
      // Atlas anchors a consortium with Harvest as a member; Harvest's applicant acts for Harvest
      const atlasUser = await buildUser(t, { role: 'applicant' });
      const harvest = await buildCompany(t, { by: atlasUser, legalName: 'Harvest Data GmbH', country: 'DE' });
      harvestUser = await buildUser(t, { role: 'applicant', companyIds: [harvest.id] });
      atlas = await buildConsortium(t, { anchor: atlasUser, members: [harvest] });
      consortiumId = atlas.id;
      applicant = atlasUser.client;
      program = (await buildUser(t, { role: 'program_officer' })).client;
      decision = (await buildUser(t, { role: 'decision_maker' })).client;
    });
    after(async () => database.close());

    const countRows = async (table: 'proposals' | 'proposal_versions' | 'audit_entries') =>
      Number(
        (
          await database.db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll<string>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );

    it('runs a proposal from draft to designation, freezing a version on submit', async () => {
      const created = await applicant.send<ProposalResponse>('POST', '/api/v1/proposals', {
        consortiumId,
        content: buildProposalContent(),
      });
      assert.equal(created.status, 201);
      assert.equal(created.body.proposal.status, 'draft');
      assert.equal(created.body.proposal.canSubmit, true);
      const id = created.body.proposal.id;

      const submitted = await applicant.send<ProposalResponse>('POST', `/api/v1/proposals/${id}/submit`);
      assert.equal(submitted.status, 200);
      assert.equal(submitted.body.proposal.status, 'submitted');
      assert.equal(submitted.body.proposal.currentVersion, 1);

      const locked = await applicant.send<ErrorBody>('PUT', `/api/v1/proposals/${id}/draft`, {
        content: buildProposalContent({ title: 'Changed' }),
      });
      assert.equal(locked.status, 409);
      assert.equal(locked.body.error.code, 'proposal_locked');

      const queue = await program.get<ProposalsResponse>('/api/v1/proposals?status=submitted');
      assert.ok(queue.body.proposals.some((p) => p.id === id));
      const early = await program.send<ErrorBody>('POST', `/api/v1/proposals/${id}/transition`, {
        action: 'designate',
        reason: 'too early',
      });
      assert.equal(early.status, 403, 'a program officer may not designate');
      const review = await program.send<ProposalResponse>('POST', `/api/v1/proposals/${id}/transition`, {
        action: 'start_review',
      });
      assert.equal(review.body.proposal.status, 'under_review');

      const noReason = await decision.send<ErrorBody>('POST', `/api/v1/proposals/${id}/transition`, {
        action: 'designate',
        reason: '',
      });
      assert.equal(noReason.status, 400);
      // the designation gate (test/api/designation-gate.api.test.ts): parties screened, reviews submitted
      await buildFreshScreening(t, id);
      await buildSubmittedReviews(t, { proposalId: id });
      const designated = await decision.send<ProposalResponse>('POST', `/api/v1/proposals/${id}/transition`, {
        action: 'designate',
        reason: 'Strong national interest',
      });
      assert.equal(designated.body.proposal.status, 'designated');
      assert.deepEqual(designated.body.proposal.allowedActions, ['suspend', 'revoke']);
      const again = await decision.send<ErrorBody>('POST', `/api/v1/proposals/${id}/transition`, {
        action: 'decline',
        reason: 'changed mind',
      });
      assert.equal(again.status, 409);
      assert.equal(again.body.error.code, 'invalid_transition');
    });

    it('keeps old versions readable and diffs a revision after a return', async () => {
      const created = await applicant.send<ProposalResponse>('POST', '/api/v1/proposals', {
        consortiumId,
        content: buildProposalContent({ title: 'Revisable' }),
      });
      const id = created.body.proposal.id;
      await applicant.send('POST', `/api/v1/proposals/${id}/submit`);
      await program.send('POST', `/api/v1/proposals/${id}/transition`, { action: 'start_review' });
      const returned = await decision.send<ProposalResponse>('POST', `/api/v1/proposals/${id}/transition`, {
        action: 'return',
        reason: 'Add a second target',
      });
      assert.equal(returned.body.proposal.status, 'returned');

      const revised = buildProposalContent({ title: 'Revisable', targets: ['AE', 'KE'] });
      assert.equal((await applicant.send('PUT', `/api/v1/proposals/${id}/draft`, { content: revised })).status, 200);
      const second = await applicant.send<ProposalResponse>('POST', `/api/v1/proposals/${id}/submit`);
      assert.equal(second.body.proposal.currentVersion, 2);
      assert.deepEqual(
        second.body.proposal.versions.map((v) => v.number),
        [1, 2],
      );

      const v1 = await applicant.get<ProposalVersionResponse>(`/api/v1/proposals/${id}/versions/1`);
      assert.deepEqual(v1.body.version.content.targets, ['AE']);
      const diff = await applicant.get<DiffResponse>(`/api/v1/proposals/${id}/diff?from=1&to=2`);
      assert.deepEqual(diff.body.changes, [{ path: 'targets.1', kind: 'added', after: 'KE' }]);
      const history = await applicant.get<HistoryResponse>(`/api/v1/proposals/${id}/history`);
      assert.deepEqual(
        history.body.entries.map((e) => e.action),
        [
          'proposal.create',
          'proposal.submit',
          'proposal.start_review',
          'proposal.return',
          'proposal.draft.update',
          'proposal.submit',
        ],
      );
    });

    it('rejects invalid content with field errors and writes nothing', async () => {
      const before = { proposals: await countRows('proposals'), audit: await countRows('audit_entries') };
      const bad = buildProposalContent();
      const content = {
        ...bad,
        title: 'x',
        layers: {
          ...bad.layers,
          hardware: [{ ...bad.layers.hardware[0]!, eccn: 'not-an-eccn', usOriginSharePercent: 140 }],
        },
      };
      const response = await applicant.send<ErrorBody>('POST', '/api/v1/proposals', { consortiumId, content });
      assert.equal(response.status, 400);
      assert.equal(response.body.error.code, 'invalid_input');
      const paths = fieldErrorPaths(response.body).sort();
      assert.deepEqual(paths, [
        'content.layers.hardware.0.eccn',
        'content.layers.hardware.0.usOriginSharePercent',
        'content.title',
      ]);
      assert.deepEqual({ proposals: await countRows('proposals'), audit: await countRows('audit_entries') }, before);
    });

    it('lets only the anchor member submit, even an incomplete draft', async () => {
      const created = await applicant.send<ProposalResponse>('POST', '/api/v1/proposals', {
        consortiumId,
        content: { title: 'Bare minimum' },
      });
      assert.equal(created.status, 201);
      const incomplete = await applicant.send<ProposalResponse>(
        'POST',
        `/api/v1/proposals/${created.body.proposal.id}/submit`,
      );
      assert.equal(incomplete.status, 200, 'completeness is a finding for reviewers, not a submit blocker');
      const draft = await applicant.send<ProposalResponse>('POST', '/api/v1/proposals', {
        consortiumId,
        content: buildProposalContent(),
      });
      const versionsBefore = await countRows('proposal_versions');
      // Harvest Data is a member, not the anchor, of the Atlas consortium
      const member = harvestUser.client;
      const byMember = await member.send<ErrorBody>('POST', `/api/v1/proposals/${draft.body.proposal.id}/submit`);
      assert.equal(byMember.status, 403);
      assert.equal(byMember.body.error.code, 'forbidden');
      assert.equal(await countRows('proposal_versions'), versionsBefore);
    });

    it("hides one consortium's proposals from another consortium's applicant", async () => {
      // Harvest anchors an alliance of its own; Atlas is not in it
      const alliance = await buildConsortium(t, { anchor: harvestUser });
      const target = await buildProposal(t, { consortium: alliance, status: 'submitted' });
      const own = await buildProposal(t, { consortium: atlas });
      const mine = await harvestUser.client.get<ProposalsResponse>('/api/v1/proposals');
      assert.ok(mine.body.proposals.some((p) => p.id === target.id));
      const other = applicant;
      const list = await other.get<ProposalsResponse>('/api/v1/proposals');
      assert.ok(
        list.body.proposals.some((p) => p.id === own.id),
        'the Atlas applicant sees its own consortium',
      );
      assert.ok(!list.body.proposals.some((p) => p.id === target.id));
      assert.equal((await other.get(`/api/v1/proposals/${target.id}`)).status, 404);
      assert.equal((await other.get(`/api/v1/proposals/${target.id}/versions/1`)).status, 404);
      assert.equal(
        (await other.send('PUT', `/api/v1/proposals/${target.id}/draft`, { content: buildProposalContent() })).status,
        404,
      );
      const buyer = (await buildUser(t, { role: 'buyer' })).client;
      // a buyer has no proposal permission at all: refused by the route guard before anything is loaded
      assert.equal((await buyer.get(`/api/v1/proposals/${target.id}`)).status, 403);
      const anonymous = t.client();
      assert.equal((await anonymous.get('/api/v1/proposals')).status, 401);
    });

    it('keeps never-submitted drafts away from officers', async () => {
      const draft = await buildProposal(t, { consortium: atlas, content: { title: 'Never submitted' } });
      const submitted = await buildProposal(t, { consortium: atlas, status: 'submitted' });
      const list = await program.get<ProposalsResponse>('/api/v1/proposals');
      assert.ok(list.body.proposals.some((p) => p.id === submitted.id));
      assert.ok(list.body.proposals.every((p) => p.status !== 'draft'));
      assert.ok(!list.body.proposals.some((p) => p.id === draft.id));
      assert.equal((await program.get(`/api/v1/proposals/${draft.id}`)).status, 404);
    });
  });
}
