import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { DatabaseHandle } from '../../src/db/connect.ts';
import type { ErrorBody } from '../../src/http/route-helpers.ts';
import type { CallResponse, CallsResponse } from '../../src/http/routes/calls/calls.schemas.ts';
import type { ProposalResponse } from '../../src/http/routes/proposals/proposals.schemas.ts';
import { buildCall } from '../builders/build-call.ts';
import { type BuiltConsortium, buildConsortium } from '../builders/build-consortium.ts';
import { buildProposal } from '../builders/build-proposal.ts';
import { buildProposalContent } from '../builders/build-proposal-content.ts';
import { type BuiltUser, buildUser } from '../builders/build-user.ts';
import { buildTestApp, type TestApp } from '../support/test-app.ts';
import { testDatabases } from '../support/test-databases.ts';

const NOTICE = 'https://www.federalregister.gov/d/2026-06952';

for (const engine of testDatabases()) {
  describe(`calls for proposals API on ${engine.name}`, () => {
    let database: DatabaseHandle;
    let t: TestApp;
    let officer: BuiltUser;
    let consortium: BuiltConsortium;
    let closingCallId: string;

    const startDraft = (body: Record<string, unknown> = {}) =>
      consortium.anchor.client.send<ProposalResponse | ErrorBody>('POST', '/api/v1/proposals', {
        consortiumId: consortium.id,
        content: buildProposalContent(),
        ...body,
      });

    /** moves the clock (sessions last 12 hours, so both sign in again) */
    const moveClockTo = async (iso: string) => {
      t.now.value = new Date(iso);
      for (const user of [officer, consortium.anchor]) assert.equal((await user.client.login(user.email)).status, 200);
    };

    before(async () => {
      database = await engine.open();
      t = await buildTestApp(database);
      t.now.value = new Date('2026-11-28T12:00:00Z');
      officer = await buildUser(t, { role: 'program_officer' });
      consortium = await buildConsortium(t);
    });
    after(async () => {
      await database.close();
    });

    it('refuses to start a proposal with call_closed when no call is open', async () => {
      const response = await startDraft();
      assert.equal(response.status, 409);
      assert.equal((response.body as ErrorBody).error.code, 'call_closed');
      assert.match((response.body as ErrorBody).error.message, /No call for proposals is open/);
    });

    it('publishes a call as a program officer, and lists it publicly with where it stands', async () => {
      const created = await officer.client.send<CallResponse>('POST', '/api/v1/calls', {
        title: 'Closing soon',
        reference: 'TEST 2026-1',
        opensAt: '2026-11-01T00:00:00Z',
        closesAt: '2026-12-01T00:00:00Z',
        regions: ['Sub-Saharan Africa'],
        layers: ['hardware', 'models'],
        requiredAgencies: ['State'],
        noticeUrl: NOTICE,
      });
      assert.equal(created.status, 201, created.text);
      closingCallId = created.body.call.id;
      assert.equal(created.body.call.phase, 'open');
      assert.equal(created.body.call.reviewersPerProposal, 3);
      const listed = await t.client().get<CallsResponse>('/api/v1/calls');
      assert.equal(listed.status, 200);
      assert.deepEqual(
        listed.body.calls.map((c) => [c.reference, c.phase, c.regions]),
        [['TEST 2026-1', 'open', ['Sub-Saharan Africa']]],
      );
    });

    it('refuses bad call input field by field, a duplicate reference, and anyone but the program office', async () => {
      const bad = await officer.client.send<ErrorBody>('POST', '/api/v1/calls', {
        title: 'X',
        reference: 'TEST 2026-2',
        opensAt: '2026-12-01T00:00:00Z',
        closesAt: '2026-11-01T00:00:00Z',
        requiredAgencies: ['State', 'Energy', 'OSTP', 'War'],
        noticeUrl: 'http://example.org/notice',
      });
      assert.equal(bad.status, 400);
      const paths = (bad.body.error.details as { path: string }[]).map((d) => d.path).sort();
      assert.deepEqual(paths, ['closesAt', 'noticeUrl', 'requiredAgencies', 'title']);
      const order = await officer.client.send<ErrorBody>('POST', '/api/v1/calls', {
        title: 'Backwards',
        reference: 'TEST 2026-2',
        opensAt: '2026-12-01T00:00:00Z',
        closesAt: '2026-11-01T00:00:00Z',
        noticeUrl: NOTICE,
      });
      assert.deepEqual(
        (order.body.error.details as { path: string }[]).map((d) => d.path),
        ['closesAt'],
      );
      const duplicate = await officer.client.send<ErrorBody>('POST', '/api/v1/calls', {
        title: 'Same reference',
        reference: 'TEST 2026-1',
        opensAt: '2026-11-01T00:00:00Z',
        closesAt: '2026-12-01T00:00:00Z',
        noticeUrl: NOTICE,
      });
      assert.equal(duplicate.status, 409);
      assert.deepEqual(duplicate.body.error.details, [{ path: 'reference', message: 'already used by another call' }]);
      const byApplicant = await consortium.anchor.client.send<ErrorBody>('POST', '/api/v1/calls', {
        title: 'Mine',
        reference: 'MINE',
        opensAt: '2026-11-01T00:00:00Z',
        closesAt: '2026-12-01T00:00:00Z',
        noticeUrl: NOTICE,
      });
      assert.equal(byApplicant.status, 403);
    });

    it('starts a proposal under the only open call, and refuses its first submission once the call has closed', async () => {
      const draft = await startDraft();
      assert.equal(draft.status, 201, draft.text);
      const proposal = (draft.body as ProposalResponse).proposal;
      assert.equal(proposal.callId, closingCallId);
      await moveClockTo('2026-12-01T00:00:00Z');
      const late = await consortium.anchor.client.send<ErrorBody>('POST', `/api/v1/proposals/${proposal.id}/submit`);
      assert.equal(late.status, 409);
      assert.equal(late.body.error.code, 'call_closed');
      assert.match(late.body.error.message, /closed on 2026-12-01 00:00 UTC/);
      const stillDraft = await consortium.anchor.client.get<ProposalResponse>(`/api/v1/proposals/${proposal.id}`);
      assert.equal(stillDraft.body.proposal.status, 'draft');
      assert.equal((await startDraft()).status, 409);
    });

    it('extends the deadline with a reason, audited with the old and new times, after which submission works', async () => {
      const earlier = await officer.client.send<ErrorBody>('POST', `/api/v1/calls/${closingCallId}/extend`, {
        closesAt: '2026-11-30T00:00:00Z',
        reason: 'too early',
      });
      assert.equal(earlier.status, 400);
      assert.equal((earlier.body.error.details as { path: string }[])[0]?.path, 'closesAt');
      const noReason = await officer.client.send<ErrorBody>('POST', `/api/v1/calls/${closingCallId}/extend`, {
        closesAt: '2026-12-15T00:00:00Z',
        reason: '',
      });
      assert.equal(noReason.status, 400);
      const byApplicant = await consortium.anchor.client.send('POST', `/api/v1/calls/${closingCallId}/extend`, {
        closesAt: '2026-12-15T00:00:00Z',
        reason: 'please',
      });
      assert.equal(byApplicant.status, 403);
      const extended = await officer.client.send<CallResponse>('POST', `/api/v1/calls/${closingCallId}/extend`, {
        closesAt: '2026-12-15T00:00:00Z',
        reason: 'Federal Register notice of extension',
      });
      assert.equal(extended.status, 200, extended.text);
      assert.equal(extended.body.call.closesAt, '2026-12-15T00:00:00.000Z');
      assert.equal(extended.body.call.phase, 'open');
      const audit = await t.deps.db
        .selectFrom('audit_entries')
        .select(['action', 'summary', 'actor_id'])
        .where('object_id', '=', closingCallId)
        .orderBy('seq')
        .execute();
      assert.deepEqual(
        audit.map((a) => a.action),
        ['call.create', 'call.extend'],
      );
      assert.equal(audit[1]?.actor_id, officer.id);
      assert.deepEqual(audit[1]?.summary, {
        reference: 'TEST 2026-1',
        from: '2026-12-01T00:00:00.000Z',
        to: '2026-12-15T00:00:00.000Z',
        reason: 'Federal Register notice of extension',
      });
      const { proposals } = (await consortium.anchor.client.get<{ proposals: { id: string }[] }>('/api/v1/proposals'))
        .body;
      const submitted = await consortium.anchor.client.send<ProposalResponse>(
        'POST',
        `/api/v1/proposals/${proposals[0]?.id}/submit`,
      );
      assert.equal(submitted.status, 200, submitted.text);
    });

    it('asks which call when several are open, and takes the one named', async () => {
      const second = await buildCall(t, { programOfficer: officer, title: 'Second call', reference: 'TEST 2026-3' });
      const ambiguous = await startDraft();
      assert.equal(ambiguous.status, 400);
      assert.equal(((ambiguous.body as ErrorBody).error.details as { path: string }[])[0]?.path, 'callId');
      const named = await startDraft({ callId: second.id });
      assert.equal(named.status, 201);
      assert.equal((named.body as ProposalResponse).proposal.callId, second.id);
      const unknown = await startDraft({ callId: 'no-such-call' });
      assert.equal(unknown.status, 400);
    });

    it('lets a returned proposal be revised and resubmitted after its call has closed', async () => {
      const call = await buildCall(t, {
        programOfficer: officer,
        reference: 'TEST 2026-4',
        opensAt: '2026-11-01T00:00:00Z',
        closesAt: '2026-12-20T00:00:00Z',
      });
      const returned = await buildProposal(t, { consortium, status: 'returned', callId: call.id });
      await moveClockTo('2027-01-05T00:00:00Z');
      const resubmitted = await consortium.anchor.client.send<ProposalResponse>(
        'POST',
        `/api/v1/proposals/${returned.id}/submit`,
      );
      assert.equal(resubmitted.status, 200, resubmitted.text);
      assert.equal(resubmitted.body.proposal.status, 'submitted');
    });
  });
}
