import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DEFAULT_RUBRIC } from '../../src/core/review/rubric.ts';
import type { DatabaseHandle } from '../../src/db/connect.ts';
import type { ErrorBody } from '../../src/http/route-helpers.ts';
import type { NotificationsResponse } from '../../src/http/routes/notifications/notifications.schemas.ts';
import type { HistoryResponse } from '../../src/http/routes/proposals/proposals.schemas.ts';
import type {
  MyReviewResponse,
  ProposalReviewsResponse,
  ReviewCommentResponse,
  ReviewDiscussionResponse,
  ReviewSaved,
} from '../../src/http/routes/reviews/reviews.schemas.ts';
import type { ProgramSettingsSaved } from '../../src/http/routes/settings/settings.schemas.ts';
import { transitionProposal } from '../../src/services/proposals/transition-proposal.ts';
import { type BuiltConsortium, buildConsortium } from '../builders/build-consortium.ts';
import { buildProposal } from '../builders/build-proposal.ts';
import { buildReviewAssignment } from '../builders/build-review-assignment.ts';
import { type BuiltUser, buildUser } from '../builders/build-user.ts';
import { expectOk } from '../builders/expect-ok.ts';
import { fieldErrorPaths } from '../support/api-client-reads.ts';
import { buildTestApp, type TestApp } from '../support/test-app.ts';
import { testDatabases } from '../support/test-databases.ts';

const SUMMARY = 'A complete stack with a credible security plan; financing modest.';
let tickOf: () => void = () => {};
const tick = () => tickOf();
const allScores = (score: number, overrides: Record<string, number> = {}) => ({
  ...Object.fromEntries(DEFAULT_RUBRIC.criteria.map((c) => [c.key, score])),
  ...overrides,
});

for (const engine of testDatabases()) {
  describe(`reviews API on ${engine.name}`, () => {
    let database: DatabaseHandle;
    let t: TestApp;
    let po: BuiltUser;
    let po2: BuiltUser;
    let dm: BuiltUser;
    let auditor: BuiltUser;
    let admin: BuiltUser;
    let consortium: BuiltConsortium;
    /** r1, r2 certified; r3 a computed conflict waived before certifying; recused without waiver; unpublished; not assigned */
    let r: Record<'r1' | 'r2' | 'r3' | 'recused' | 'unpublished' | 'stranger', BuiltUser>;
    let proposalId: string;
    const mine = (id = proposalId) => `/api/v1/proposals/${id}/reviews/mine`;
    const all = (id = proposalId) => `/api/v1/proposals/${id}/reviews`;
    const thread = (id = proposalId) => `/api/v1/proposals/${id}/review-discussion`;

    before(async () => {
      database = await engine.open();
      t = await buildTestApp(database);
      tickOf = () => {
        t.now.value = new Date(t.now.value.getTime() + 1_000);
      };
      po = await buildUser(t, { role: 'program_officer' });
      po2 = await buildUser(t, { role: 'program_officer' });
      dm = await buildUser(t, { role: 'decision_maker' });
      auditor = await buildUser(t, { role: 'auditor' });
      admin = await buildUser(t, { role: 'admin' });
      consortium = await buildConsortium(t);
      r = {
        r1: await buildUser(t, { role: 'reviewer', agency: 'State', name: 'Reviewer One' }),
        r2: await buildUser(t, { role: 'reviewer', agency: 'Energy', name: 'Reviewer Two' }),
        r3: await buildUser(t, { role: 'reviewer', agency: 'War', name: 'Reviewer Three' }),
        recused: await buildUser(t, { role: 'reviewer', agency: 'OSTP' }),
        unpublished: await buildUser(t, { role: 'reviewer', agency: 'Commerce' }),
        stranger: await buildUser(t, { role: 'reviewer', agency: 'State' }),
      };
      const proposal = await buildProposal(t, {
        consortium,
        status: 'under_review',
        programOfficer: po,
        decisionMaker: dm,
        content: { title: 'Sovereign Cloud for Lagos' },
      });
      proposalId = proposal.id;
      const assign = (
        reviewer: BuiltUser,
        extra: { certification?: 'pending' | 'recused'; waived?: boolean; published?: boolean } = {},
      ) => buildReviewAssignment(t, { proposalId, reviewer, assignedBy: po, ...extra }).then(tick);
      await assign(r.r1);
      await assign(r.r2);
      await assign(r.r3, { certification: 'pending', waived: true });
      await assign(r.recused, { certification: 'recused' });
      await assign(r.unpublished, { published: false });
      // nothing of the review before it starts
      await database.db.deleteFrom('notifications').execute();
    });
    after(async () => database.close());

    it('gives an assigned, certified reviewer an empty draft on the rubric in force', async () => {
      const response = await r.r1.client.get<MyReviewResponse>(mine());
      assert.equal(response.status, 200);
      assert.deepEqual(response.body.rubric, DEFAULT_RUBRIC);
      assert.equal(response.body.proposal.title, 'Sovereign Cloud for Lagos');
      assert.deepEqual(
        [
          response.body.review.id,
          response.body.review.updatedAt,
          response.body.review.status,
          response.body.blindPhaseOver,
        ],
        [null, null, 'draft', false],
      );
      assert.equal(response.body.review.reviewerAgency, 'State');
      const waived = await r.r3.client.get<MyReviewResponse>(mine());
      assert.equal(waived.status, 200, 'a waived conflict lets the reviewer review');
    });

    it('refuses reviewers without a published, certified assignment, and every other role', async () => {
      // a reviewer who may not read the proposal is not even told it exists
      for (const reviewer of [r.recused, r.unpublished, r.stranger]) {
        const response = await reviewer.client.get<ErrorBody>(mine());
        assert.equal(response.status, 404, reviewer.email);
        const save = await reviewer.client.send<ErrorBody>('PUT', mine(), { scores: { full_stack: 3 } });
        assert.equal(save.status, 404);
      }
      for (const user of [po, dm, auditor, admin, consortium.anchor]) {
        assert.equal((await user.client.get(mine())).status, 403, user.role);
        assert.equal((await user.client.send('PUT', mine(), { scores: {} })).status, 403, user.role);
      }
      assert.equal((await r.r1.client.get(mine('no-such-proposal'))).status, 404);
      assert.equal(await database.db.selectFrom('reviews').selectAll().executeTakeFirst(), undefined);
    });

    it('autosaves a partial draft, returns its updatedAt, and refuses a save over a newer one', async () => {
      const first = await r.r1.client.send<ReviewSaved>('PUT', mine(), {
        scores: { full_stack: 4 },
        summary: 'Half',
        baseUpdatedAt: null,
      });
      assert.equal(first.status, 200);
      const t1 = first.body.review.updatedAt;
      assert.equal(t1, t.now.value.toISOString());
      assert.deepEqual([first.body.review.status, first.body.review.weightedMean], ['draft', null]);
      t.now.value = new Date(t.now.value.getTime() + 5_000);
      const second = await r.r1.client.send<ReviewSaved>('PUT', mine(), {
        scores: { full_stack: 4, strategic_value: 5 },
        recommendation: 'designate',
        summary: 'Half done',
        baseUpdatedAt: t1,
      });
      assert.equal(second.status, 200);
      const t2 = second.body.review.updatedAt;
      assert.notEqual(t2, t1);
      // another tab still holding t1
      t.now.value = new Date(t.now.value.getTime() + 5_000);
      const stale = await r.r1.client.send<ErrorBody>('PUT', mine(), { scores: {}, baseUpdatedAt: t1 });
      assert.equal(stale.status, 409);
      assert.equal(stale.body.error.code, 'conflict');
      assert.deepEqual(stale.body.error.details, { status: 'stale', updatedAt: t2 });
      const fresh = await r.r1.client.get<MyReviewResponse>(mine());
      assert.deepEqual(fresh.body.review.scores, { full_stack: 4, strategic_value: 5 });
      assert.equal(fresh.body.review.summary, 'Half done');
      assert.equal(fresh.body.review.updatedAt, t2);
      // one audit entry for the new draft, none per autosave
      const entries = await database.db
        .selectFrom('audit_entries')
        .select('action')
        .where('object_type', '=', 'review')
        .execute();
      assert.deepEqual(
        entries.map((e) => e.action),
        ['review.draft.start'],
      );
    });

    it('names each bad score, and the criterion the rubric does not have', async () => {
      const bad = await r.r1.client.send<ErrorBody>('PUT', mine(), {
        scores: { full_stack: 7, vibes: 3 },
      });
      assert.equal(bad.status, 400);
      assert.deepEqual(fieldErrorPaths(bad.body), ['scores.full_stack']);
      const unknown = await r.r1.client.send<ErrorBody>('PUT', mine(), { scores: { vibes: 3 } });
      assert.equal(unknown.status, 400);
      assert.deepEqual(fieldErrorPaths(unknown.body), ['scores.vibes']);
      const kept = await r.r1.client.get<MyReviewResponse>(mine());
      assert.deepEqual(kept.body.review.scores, { full_stack: 4, strategic_value: 5 }, 'nothing lost');
    });

    it('keeps the others’ reviews and the discussion closed to a reviewer who has not submitted', async () => {
      for (const reviewer of [r.r1, r.r2, r.stranger, r.recused]) {
        // refused to the assigned reviewers still in the blind phase; not found for those who may not read it
        const expected = reviewer === r.r1 || reviewer === r.r2 ? 403 : 404;
        const reviews = await reviewer.client.get<ErrorBody>(all());
        assert.equal(reviews.status, expected, reviewer.email);
        assert.equal((await reviewer.client.get(thread())).status, expected);
        assert.equal((await reviewer.client.send('POST', thread(), { body: 'Early word' })).status, expected);
      }
      assert.match((await r.r1.client.get<ErrorBody>(all())).body.error.message, /once you have submitted your own/);
      for (const applicantOrOther of [consortium.anchor, auditor, admin]) {
        assert.equal((await applicantOrOther.client.get(all())).status, 403, applicantOrOther.role);
        assert.equal((await applicantOrOther.client.get(thread())).status, 403, applicantOrOther.role);
      }
    });

    it('refuses an incomplete submission field by field, then submits and freezes the review', async () => {
      const incomplete = await r.r1.client.send<ErrorBody>('POST', `${mine()}/submit`, {
        scores: { full_stack: 4 },
        summary: 'Too short',
      });
      assert.equal(incomplete.status, 400);
      assert.deepEqual(fieldErrorPaths(incomplete.body), [
        'scores.security_export_control',
        'scores.commercial_viability',
        'scores.strategic_value',
        'scores.financing_realism',
        'recommendation',
        'summary',
      ]);
      assert.equal((await r.r1.client.get<MyReviewResponse>(mine())).body.review.status, 'draft');
      t.now.value = new Date(t.now.value.getTime() + 60_000);
      const submitted = await r.r1.client.send<ReviewSaved>('POST', `${mine()}/submit`, {
        scores: allScores(4, { full_stack: 3 }),
        recommendation: 'designate',
        summary: SUMMARY,
      });
      assert.equal(submitted.status, 200);
      assert.equal(submitted.body.review.status, 'submitted');
      assert.equal(submitted.body.review.submittedAt, t.now.value.toISOString());
      // 25·3 + (25+20+20+10)·4 over 100
      assert.equal(submitted.body.review.weightedMean, (25 * 3 + 75 * 4) / 100);
      for (const attempt of [
        () => r.r1.client.send<ErrorBody>('PUT', mine(), { scores: allScores(1) }),
        () =>
          r.r1.client.send<ErrorBody>('POST', `${mine()}/submit`, {
            scores: allScores(1),
            recommendation: 'decline',
            summary: SUMMARY,
          }),
      ]) {
        const refused = await attempt();
        assert.equal(refused.status, 409);
        assert.equal(refused.body.error.code, 'conflict');
        assert.match(refused.body.error.message, /no longer changes/);
      }
      const after = await r.r1.client.get<MyReviewResponse>(mine());
      assert.equal(after.body.review.recommendation, 'designate');
      assert.equal(after.body.blindPhaseOver, true);
    });

    it('opens the submitted reviews to their submitter, never anyone’s draft, and keeps the others blind', async () => {
      await r.r2.client.send('PUT', mine(), { scores: { full_stack: 1 }, summary: 'R2 DRAFT MARKER' });
      const seen = await r.r1.client.get<ProposalReviewsResponse>(all());
      assert.equal(seen.status, 200);
      assert.deepEqual(
        seen.body.reviews.map((review) => review.reviewerName),
        ['Reviewer One'],
      );
      assert.doesNotMatch(seen.text, /R2 DRAFT MARKER/);
      assert.equal((await r.r2.client.get(all())).status, 403, 'r2 is still in the blind phase');
      const officer = await po.client.get<ProposalReviewsResponse>(all());
      assert.equal(officer.status, 200);
      assert.deepEqual(
        officer.body.progress.map((p) => [p.reviewerName, p.state]),
        [
          ['Reviewer One', 'submitted'],
          ['Reviewer Two', 'draft'],
          ['Reviewer Three', 'not_started'],
          [r.recused.name, 'recused'],
        ],
      );
      assert.equal(officer.body.complete, false);
      assert.doesNotMatch(officer.text, /R2 DRAFT MARKER/);
    });

    it('tells the program officers when the last assigned review is in, with aggregates and disagreement flags', async () => {
      const submit = (reviewer: BuiltUser, scores: Record<string, number>, recommendation: string) => {
        tick();
        return reviewer.client.send<ReviewSaved>('POST', `${mine()}/submit`, {
          scores,
          recommendation,
          summary: SUMMARY,
        });
      };
      assert.equal((await submit(r.r2, allScores(2, { full_stack: 5 }), 'return')).status, 200);
      const notYet = await po.client.get<NotificationsResponse>('/api/v1/notifications');
      assert.deepEqual(notYet.body.notifications, [], 'r3 has not submitted');
      assert.equal((await submit(r.r3, allScores(4, { full_stack: 4 }), 'designate')).status, 200);
      for (const officer of [po, po2]) {
        const list = await officer.client.get<NotificationsResponse>('/api/v1/notifications');
        assert.deepEqual(
          list.body.notifications.map((n) => [n.kind, n.link]),
          [['reviews_complete', `/proposals/${proposalId}`]],
        );
        assert.match(list.body.notifications[0]?.title ?? '', /All 3 reviews of “Sovereign Cloud for Lagos” are in/);
      }
      for (const other of [dm, r.r1, consortium.anchor]) {
        const list = await other.client.get<NotificationsResponse>('/api/v1/notifications');
        assert.equal(list.body.notifications.length, 0, other.role);
      }
      const reviews = await dm.client.get<ProposalReviewsResponse>(all());
      assert.equal(reviews.status, 200);
      const { aggregates } = reviews.body;
      assert.equal(reviews.body.complete, true);
      assert.equal(aggregates.count, 3);
      assert.deepEqual(aggregates.recommendations, { designate: 2, decline: 0, return: 1 });
      const byKey = Object.fromEntries(aggregates.criteria.map((c) => [c.key, c]));
      assert.deepEqual(byKey.full_stack?.scores, [3, 5, 4]);
      assert.equal(byKey.full_stack?.disagreement, true, 'spread 2');
      assert.equal(byKey.security_export_control?.spread, 2);
      assert.equal(aggregates.disagreement, true);
      const means = aggregates.reviewers.map((x) => x.weightedMean);
      assert.deepEqual(means, [3.75, (25 * 5 + 75 * 2) / 100, 4]);
      assert.equal(aggregates.proposalMean, (3.75 + 2.75 + 4) / 3);
      assert.deepEqual(
        reviews.body.rubrics.map((x) => x.version),
        [1],
      );
    });

    it('lets reviewers who submitted, program officers and decision makers discuss; nobody else', async () => {
      const posted = await r.r1.client.send<ReviewCommentResponse>('POST', thread(), {
        body: '  Why a 5 on the stack? Layer 4 names no provider.  ',
      });
      assert.equal(posted.status, 201);
      assert.equal(posted.body.comment.body, 'Why a 5 on the stack? Layer 4 names no provider.');
      assert.equal(posted.body.comment.authorName, 'Reviewer One');
      tick();
      assert.equal((await po.client.send('POST', thread(), { body: 'Please settle by Friday.' })).status, 201);
      tick();
      assert.equal((await dm.client.send('POST', thread(), { body: 'Noted.' })).status, 201);
      for (const reader of [r.r2, r.r3, po, dm]) {
        const read = await reader.client.get<ReviewDiscussionResponse>(thread());
        assert.equal(read.status, 200);
        assert.deepEqual(
          read.body.comments.map((c) => c.body),
          ['Why a 5 on the stack? Layer 4 names no provider.', 'Please settle by Friday.', 'Noted.'],
        );
      }
      const empty = await r.r2.client.send<ErrorBody>('POST', thread(), { body: '   ' });
      assert.equal(empty.status, 400);
      assert.deepEqual(fieldErrorPaths(empty.body), ['body']);
      for (const outsider of [consortium.anchor, auditor, admin, r.stranger, r.recused, r.unpublished]) {
        const expected = outsider.role === 'reviewer' ? 404 : 403;
        assert.equal((await outsider.client.get(thread())).status, expected, outsider.email);
        assert.equal(
          (await outsider.client.send('POST', thread(), { body: 'Hello' })).status,
          expected,
          outsider.email,
        );
      }
    });

    it('audits submissions and comments without showing them in the applicant’s history of the proposal', async () => {
      const actions = (
        await database.db
          .selectFrom('audit_entries')
          .select(['action', 'object_type'])
          .where('object_type', 'in', ['review', 'review_comment'])
          .orderBy('seq')
          .execute()
      ).map((e) => e.action);
      assert.deepEqual(
        actions.filter((a) => a === 'review.submit'),
        ['review.submit', 'review.submit', 'review.submit'],
      );
      assert.equal(actions.filter((a) => a === 'review.comment').length, 3);
      const history = await consortium.anchor.client.get<HistoryResponse>(`/api/v1/proposals/${proposalId}/history`);
      assert.equal(history.status, 200);
      assert.doesNotMatch(history.text, /review\.|Why a 5/);
    });

    it('closes the review to changes and comments once the proposal is decided', async () => {
      const other = await buildProposal(t, { consortium, status: 'under_review', programOfficer: po });
      await buildReviewAssignment(t, { proposalId: other.id, reviewer: r.r1, assignedBy: po });
      assert.equal((await r.r1.client.send('PUT', mine(other.id), { scores: { full_stack: 2 } })).status, 200);
      expectOk(
        await transitionProposal(t.deps, dm.actor, { proposalId: other.id, action: 'return', reason: 'Test' }),
        'return',
      );
      const late = await r.r1.client.send<ErrorBody>('PUT', mine(other.id), { scores: { full_stack: 3 } });
      assert.equal(late.status, 409);
      assert.match(late.body.error.message, /returned: its review is closed/);
      assert.equal((await po.client.send('POST', thread(other.id), { body: 'Too late' })).status, 409);
      assert.equal((await po.client.get(thread(other.id))).status, 200, 'still readable');
    });

    it('scores a new draft on a new rubric version and keeps earlier reviews on theirs', async () => {
      const current = (
        await admin.client.get<{ versions: { settings: Record<string, unknown> }[] }>('/api/v1/program-settings')
      ).body.versions[0]?.settings;
      const changed = {
        ...DEFAULT_RUBRIC,
        criteria: DEFAULT_RUBRIC.criteria.map((c) => (c.key === 'financing_realism' ? { ...c, weight: 15 } : c)),
      };
      const sameVersion = await admin.client.send<ErrorBody>('PUT', '/api/v1/program-settings', {
        settings: { ...current, rubric: changed },
        reason: 'Financing weighs more',
      });
      assert.equal(sameVersion.status, 400);
      assert.deepEqual(fieldErrorPaths(sameVersion.body), ['settings.rubric.version']);
      const saved = await admin.client.send<ProgramSettingsSaved>('PUT', '/api/v1/program-settings', {
        settings: { ...current, rubric: { ...changed, version: 2 } },
        reason: 'Financing weighs more',
      });
      assert.equal(saved.status, 200);
      const fresh = await buildProposal(t, { consortium, status: 'under_review', programOfficer: po });
      await buildReviewAssignment(t, { proposalId: fresh.id, reviewer: r.r2, assignedBy: po });
      const draft = await r.r2.client.get<MyReviewResponse>(mine(fresh.id));
      assert.equal(draft.body.rubric.version, 2);
      const old = await po.client.get<ProposalReviewsResponse>(all());
      assert.deepEqual(
        old.body.reviews.map((x) => x.rubricVersion),
        [1, 1, 1],
      );
      assert.equal(old.body.aggregates.criteria.find((c) => c.key === 'financing_realism')?.weight, 10);
    });
  });
}
