import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { DatabaseHandle } from '../../src/db/connect.ts';
import { listAudit } from '../../src/db/repos/audit.repo.ts';
import type { ErrorBody } from '../../src/http/route-helpers.ts';
import type { NotificationsResponse } from '../../src/http/routes/notifications/notifications.schemas.ts';
import type { ProposalsResponse, QueueResponse } from '../../src/http/routes/proposals/proposals.schemas.ts';
import type {
  MyAssignmentResponse,
  MyAssignmentsResponse,
  PublishResponse,
  ReviewerListResponse,
  ReviewerProfileRequest,
  ReviewerProfileResponse,
  ReviewPanelResponse,
} from '../../src/http/routes/review/review.schemas.ts';
import { buildCompany } from '../builders/build-company.ts';
import { buildConsortium } from '../builders/build-consortium.ts';
import { buildProposal } from '../builders/build-proposal.ts';
import { type BuiltUser, buildUser } from '../builders/build-user.ts';
import { buildTestApp, type TestApp } from '../support/test-app.ts';
import { testDatabases } from '../support/test-databases.ts';

const profile = (over: Partial<ReviewerProfileRequest> = {}): ReviewerProfileRequest => ({
  expertise: ['hardware', 'healthcare', 'AE'],
  capacity: 5,
  affiliations: [],
  ...over,
});

const saveProfile = async (user: BuiltUser, body: ReviewerProfileRequest) => {
  const saved = await user.client.send<ReviewerProfileResponse>('PUT', '/api/v1/reviewer-profile', body);
  assert.equal(saved.status, 200, saved.text);
  return saved.body;
};

for (const engine of testDatabases()) {
  describe(`review assignments API on ${engine.name}`, () => {
    let database: DatabaseHandle;
    let t: TestApp;
    let po: BuiltUser;
    let r: Record<'clean' | 'employee' | 'investor' | 'late' | 'recuser' | 'outsider', BuiltUser>;
    let proposalId: string;
    let otherId: string;
    let designatedId: string;
    const base = () => `/api/v1/proposals/${proposalId}/review-assignments`;

    before(async () => {
      database = await engine.open();
      t = await buildTestApp(database);
      t.now.value = new Date('2026-06-01T12:00:00Z');
      po = await buildUser(t, { role: 'program_officer' });
      r = {
        clean: await buildUser(t, { role: 'reviewer', agency: 'State', name: 'Rita Clean' }),
        employee: await buildUser(t, { role: 'reviewer', agency: 'Commerce', name: 'Eve Employee' }),
        investor: await buildUser(t, { role: 'reviewer', agency: 'Energy', name: 'Ivan Investor' }),
        late: await buildUser(t, { role: 'reviewer', agency: 'OSTP', name: 'Lena Late' }),
        recuser: await buildUser(t, { role: 'reviewer', agency: 'War', name: 'Rex Recuser' }),
        outsider: await buildUser(t, { role: 'reviewer', agency: 'State', name: 'Otto Outsider' }),
      };
      const anchor = await buildUser(t, { role: 'applicant' });
      const holding = await buildCompany(t, { by: anchor, legalName: 'Meridian Capital Partners LP' });
      const atlas = await buildCompany(t, {
        by: anchor,
        ownCompany: true,
        legalName: 'Atlas Compute Inc',
        owners: [{ ownerId: holding.id, sharePercent: 60 }],
      });
      const consortium = await buildConsortium(t, { anchor, anchorCompanyId: atlas.id });
      proposalId = (
        await buildProposal(t, {
          consortium,
          status: 'submitted',
          content: { title: 'Gulf Health Stack', endUsers: [{ name: 'Ministry of Health Services', country: 'AE' }] },
          programOfficer: po,
        })
      ).id;
      const other = await buildConsortium(t);
      otherId = (await buildProposal(t, { consortium: other, status: 'under_review', programOfficer: po })).id;
      designatedId = (await buildProposal(t, { consortium: other, status: 'designated', programOfficer: po })).id;
      await saveProfile(
        r.employee,
        profile({
          affiliations: [
            {
              companyName: 'ATLAS COMPUTE, INC.',
              country: 'US',
              relationship: 'employment',
              startDate: '2019-01-01',
              endDate: '2025-07-01',
            },
          ],
        }),
      );
      await saveProfile(
        r.investor,
        profile({
          affiliations: [
            {
              companyName: 'Meridian Capital Partners, L.P.',
              country: 'US',
              relationship: 'financial_interest',
              startDate: '2021-01-01',
              endDate: null,
            },
            {
              companyName: 'Atlas Compute Inc',
              country: 'US',
              relationship: 'consultant',
              startDate: '2018-01-01',
              endDate: '2025-05-31',
            },
          ],
        }),
      );
    });
    after(async () => database.close());

    it('lets a reviewer read and edit only their own profile, names bad fields, and audits the declaration', async () => {
      const mine = await r.clean.client.get<ReviewerProfileResponse>('/api/v1/reviewer-profile');
      assert.equal(mine.status, 200);
      assert.deepEqual(
        [mine.body.agency, mine.body.capacity, mine.body.expertise, mine.body.updatedAt],
        ['State', 6, [], null],
      );
      const saved = await saveProfile(
        r.clean,
        profile({
          affiliations: [
            {
              companyName: 'Helios Power',
              country: 'US',
              relationship: 'officer_director',
              startDate: '2020-01-01',
              endDate: null,
            },
          ],
        }),
      );
      assert.deepEqual(saved.expertise, ['hardware', 'healthcare', 'AE']);
      assert.equal(saved.affiliations[0]?.companyName, 'Helios Power');
      const bad = await r.clean.client.send<ErrorBody>('PUT', '/api/v1/reviewer-profile', {
        expertise: ['warp-drives'],
        capacity: 3,
        affiliations: [
          { companyName: 'X', relationship: 'employment', startDate: '2020-01-01', endDate: '2019-01-01' },
        ],
      });
      assert.equal(bad.status, 400);
      const paths = (bad.body.error.details as { path: string }[]).map((d) => d.path).sort();
      assert.deepEqual(paths, ['affiliations.0.endDate', 'expertise.0']);
      // nothing lost: the saved profile stands
      const again = await r.clean.client.get<ReviewerProfileResponse>('/api/v1/reviewer-profile');
      assert.equal(again.body.affiliations.length, 1);
      assert.equal((await po.client.send('PUT', '/api/v1/reviewer-profile', profile())).status, 403);
      assert.equal((await po.client.get('/api/v1/reviewer-profile')).status, 403);
      const audit = (await listAudit(t.deps.db, { objectId: r.clean.id })).filter(
        (e) => e.action === 'reviewer.profile.update',
      );
      assert.equal(audit.length, 1);
      assert.deepEqual((audit[0]!.summary.affiliations as { companyName: string }[])[0]?.companyName, 'Helios Power');
    });

    it('shows program officers every profile with agency, capacity and affiliations, and nobody else', async () => {
      const list = await po.client.get<ReviewerListResponse>('/api/v1/reviewers');
      assert.equal(list.status, 200);
      const investor = list.body.reviewers.find((x) => x.userId === r.investor.id);
      assert.equal(investor?.agency, 'Energy');
      assert.equal(investor?.affiliations.length, 2);
      // every reviewer this suite built is listed (the proposal builders add reviewers of their own)
      for (const reviewer of Object.values(r)) assert.ok(list.body.reviewers.some((x) => x.userId === reviewer.id));
      assert.equal((await r.clean.client.get('/api/v1/reviewers')).status, 403);
    });

    it('computes conflicts with reasons: a member by another spelling, an owner up the graph; an old affiliation does not count', async () => {
      const panel = await po.client.get<ReviewPanelResponse>(base());
      assert.equal(panel.status, 200);
      const of = (id: string) => panel.body.reviewers.find((x) => x.userId === id)!;
      assert.deepEqual(of(r.clean.id).conflicts, []);
      const employee = of(r.employee.id).conflicts;
      assert.deepEqual(
        employee.map((c) => [c.partyKind, c.partyName]),
        [['member', 'Atlas Compute Inc']],
      );
      assert.match(employee[0]!.reason, /employment with “ATLAS COMPUTE, INC.”/);
      // the consultancy ended more than 12 months before 2026-06-01; the financial interest in the owner stands
      const investor = of(r.investor.id).conflicts;
      assert.deepEqual(
        investor.map((c) => [c.partyKind, c.partyName]),
        [['owner', 'Meridian Capital Partners LP']],
      );
    });

    it('refuses a conflicted pair unless waived with a reason, and a pair twice', async () => {
      const refused = await po.client.send<ErrorBody>('POST', base(), { reviewerId: r.employee.id });
      assert.equal(refused.status, 409);
      assert.equal(refused.body.error.code, 'conflict_of_interest');
      assert.match(JSON.stringify(refused.body.error.details), /ATLAS COMPUTE/);
      const short = await po.client.send<ErrorBody>('POST', base(), { reviewerId: r.employee.id, waiverReason: 'ok' });
      assert.equal(short.status, 400);
      const waived = await po.client.send<ReviewPanelResponse>('POST', base(), {
        reviewerId: r.employee.id,
        waiverReason: 'Left Atlas a year ago; sole reviewer with the chip expertise.',
      });
      assert.equal(waived.status, 200, waived.text);
      const row = waived.body.reviewers.find((x) => x.userId === r.employee.id)!.assignment!;
      assert.deepEqual(
        [row.source, row.waivedBy, row.publishedAt, row.certification],
        ['manual', po.id, null, 'pending'],
      );
      assert.equal((await po.client.send('POST', base(), { reviewerId: r.clean.id })).status, 200);
      const twice = await po.client.send<ErrorBody>('POST', base(), { reviewerId: r.clean.id });
      assert.deepEqual([twice.status, twice.body.error.code], [409, 'conflict']);
      const notReviewer = await po.client.send<ErrorBody>('POST', base(), { reviewerId: po.id });
      assert.equal(notReviewer.status, 400);
      const designated = await po.client.send<ErrorBody>(
        'POST',
        `/api/v1/proposals/${designatedId}/review-assignments`,
        {
          reviewerId: r.clean.id,
        },
      );
      assert.deepEqual([designated.status, designated.body.error.code], [409, 'conflict']);
      const audit = (await listAudit(t.deps.db, { objectId: proposalId })).map((e) => e.action);
      assert.ok(audit.includes('review.conflict.waive'));
      assert.equal(audit.filter((a) => a === 'review.assign').length, 2);
    });

    it('keeps proposal content from reviewers until published and certified, in reads and lists', async () => {
      assert.equal((await r.clean.client.get(`/api/v1/proposals/${proposalId}`)).status, 404);
      assert.deepEqual((await r.clean.client.get<MyAssignmentsResponse>('/api/v1/assignments')).body.assignments, []);
      const early = await r.clean.client.send('POST', `/api/v1/assignments/${proposalId}/certify`, {});
      assert.equal(early.status, 404);
      const published = await po.client.send<PublishResponse>('POST', `${base()}/publish`, {});
      assert.equal(published.status, 200, published.text);
      assert.deepEqual([...published.body.published].sort(), [r.clean.id, r.employee.id].sort());
      assert.equal((await po.client.send<ErrorBody>('POST', `${base()}/publish`, {})).status, 409);
      const told = await r.clean.client.get<NotificationsResponse>('/api/v1/notifications');
      assert.deepEqual(
        told.body.notifications.map((n) => [n.kind, n.link]),
        [['review_assigned', '/assignments']],
      );
      assert.deepEqual(
        (await r.outsider.client.get<NotificationsResponse>('/api/v1/notifications')).body.notifications,
        [],
      );
      const mine = await r.clean.client.get<MyAssignmentsResponse>('/api/v1/assignments');
      assert.equal(mine.body.assignments.length, 1);
      const item = mine.body.assignments[0]!;
      assert.deepEqual([item.title, item.certification, item.reviewLink], ['Gulf Health Stack', 'pending', null]);
      assert.ok(item.parties.some((p) => p.kind === 'end-user' && p.name === 'Ministry of Health Services'));
      // published but not certified: still no content
      assert.equal((await r.clean.client.get(`/api/v1/proposals/${proposalId}`)).status, 404);
      assert.equal((await r.clean.client.get(`/api/v1/proposals/${proposalId}/screening`)).status, 404);
      const certified = await r.clean.client.send<MyAssignmentResponse>(
        'POST',
        `/api/v1/assignments/${proposalId}/certify`,
        {},
      );
      assert.equal(certified.status, 200, certified.text);
      assert.deepEqual(
        [certified.body.certification, certified.body.reviewLink],
        ['certified', `/assignments/${proposalId}/review`],
      );
      assert.equal((await r.clean.client.get(`/api/v1/proposals/${proposalId}`)).status, 200);
      assert.equal((await r.clean.client.get(`/api/v1/proposals/${proposalId}/screening`)).status, 200);
      assert.equal((await r.clean.client.get(`/api/v1/proposals/${proposalId}/versions/1`)).status, 200);
      const list = await r.clean.client.get<ProposalsResponse>('/api/v1/proposals');
      assert.deepEqual(
        list.body.proposals.map((p) => p.id),
        [proposalId],
      );
      const queue = await r.clean.client.get<QueueResponse>('/api/v1/proposals/queue?tab=all');
      assert.deepEqual(
        queue.body.items.map((p) => p.id),
        [proposalId],
      );
      // a reviewer with no certified assignment sees nothing of any proposal
      assert.deepEqual((await r.outsider.client.get<ProposalsResponse>('/api/v1/proposals')).body.proposals, []);
      assert.equal((await r.outsider.client.get<QueueResponse>('/api/v1/proposals/queue?tab=all')).body.total, 0);
      assert.equal((await r.outsider.client.get(`/api/v1/proposals/${otherId}`)).status, 404);
      // the waived reviewer certifies too
      const waived = await r.employee.client.send<MyAssignmentResponse>(
        'POST',
        `/api/v1/assignments/${proposalId}/certify`,
        {},
      );
      assert.equal(waived.status, 200, waived.text);
      const again = await r.clean.client.send<ErrorBody>('POST', `/api/v1/assignments/${proposalId}/certify`, {});
      assert.equal(again.status, 409);
    });

    it('refuses to certify while a conflict declared after assignment stands, until a program officer waives it', async () => {
      assert.equal((await po.client.send('POST', base(), { reviewerId: r.late.id })).status, 200);
      assert.equal((await po.client.send('POST', `${base()}/publish`, {})).status, 200);
      await saveProfile(
        r.late,
        profile({
          affiliations: [
            {
              companyName: 'Ministry of Health Services',
              country: 'AE',
              relationship: 'household_member_employer',
              startDate: '2024-01-01',
              endDate: null,
            },
          ],
        }),
      );
      const refused = await r.late.client.send<ErrorBody>('POST', `/api/v1/assignments/${proposalId}/certify`, {});
      assert.deepEqual([refused.status, refused.body.error.code], [409, 'conflict_of_interest']);
      assert.equal((await r.late.client.get(`/api/v1/proposals/${proposalId}`)).status, 404);
      const noReason = await po.client.send<ErrorBody>('POST', `${base()}/${r.late.id}/waiver`, { reason: '' });
      assert.equal(noReason.status, 400);
      const noConflict = await po.client.send<ErrorBody>('POST', `${base()}/${r.clean.id}/waiver`, {
        reason: 'Nothing to waive here at all.',
      });
      assert.equal(noConflict.status, 409);
      const waiver = await po.client.send<ReviewPanelResponse>('POST', `${base()}/${r.late.id}/waiver`, {
        reason: 'The household member works in an unrelated directorate.',
      });
      assert.equal(waiver.status, 200, waiver.text);
      assert.equal((await r.late.client.send('POST', `/api/v1/assignments/${proposalId}/certify`, {})).status, 200);
      assert.equal((await r.late.client.get(`/api/v1/proposals/${proposalId}`)).status, 200);
      assert.equal(
        (await r.late.client.send('POST', `${base()}/${r.late.id}/waiver`, { reason: 'x'.repeat(12) })).status,
        403,
      );
    });

    it('records a recusal with its reason, which closes the proposal, and a removal ends access at once', async () => {
      assert.equal((await po.client.send('POST', base(), { reviewerId: r.recuser.id })).status, 200);
      assert.equal((await po.client.send('POST', `${base()}/publish`, {})).status, 200);
      const noReason = await r.recuser.client.send<ErrorBody>('POST', `/api/v1/assignments/${proposalId}/recuse`, {});
      assert.equal(noReason.status, 400);
      const recused = await r.recuser.client.send<MyAssignmentResponse>(
        'POST',
        `/api/v1/assignments/${proposalId}/recuse`,
        {
          reason: 'My sister advises the ministry.',
        },
      );
      assert.equal(recused.status, 200, recused.text);
      assert.deepEqual(
        [recused.body.certification, recused.body.recusalReason],
        ['recused', 'My sister advises the ministry.'],
      );
      assert.equal((await r.recuser.client.get(`/api/v1/proposals/${proposalId}`)).status, 404);
      assert.equal((await r.recuser.client.send('POST', `/api/v1/assignments/${proposalId}/certify`, {})).status, 409);
      // another reviewer's assignment, or none, is not found
      assert.equal(
        (
          await r.outsider.client.send('POST', `/api/v1/assignments/${proposalId}/recuse`, {
            reason: 'not mine at all',
          })
        ).status,
        404,
      );
      const removed = await po.client.send<ReviewPanelResponse>('DELETE', `${base()}/${r.clean.id}`);
      assert.equal(removed.status, 200, removed.text);
      assert.equal(removed.body.reviewers.find((x) => x.userId === r.clean.id)?.assignment, null);
      assert.equal((await r.clean.client.get(`/api/v1/proposals/${proposalId}`)).status, 404);
      assert.equal((await po.client.send('DELETE', `${base()}/${r.clean.id}`)).status, 404);
      const actions = (await listAudit(t.deps.db, { objectId: proposalId })).map((e) => e.action);
      for (const a of [
        'review.publish',
        'review.certify',
        'review.recuse',
        'review.unassign',
        'review.conflict.waive',
      ]) {
        assert.ok(actions.includes(a), a);
      }
    });

    it('keeps assignment actions from reviewers and other officers', async () => {
      assert.equal((await r.clean.client.get(base())).status, 403);
      assert.equal((await r.clean.client.send('POST', base(), { reviewerId: r.clean.id })).status, 403);
      const dm = await buildUser(t, { role: 'decision_maker' });
      assert.equal((await dm.client.send('POST', `${base()}/publish`, {})).status, 403);
      assert.equal((await po.client.get('/api/v1/assignments')).status, 403);
      assert.equal((await po.client.get('/api/v1/proposals/no-such/review-assignments')).status, 404);
    });
  });
}
