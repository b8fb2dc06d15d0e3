import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { appError } from '../../src/core/kernel/errors.ts';
import type { DatabaseHandle } from '../../src/db/connect.ts';
import { linkUserCompany } from '../../src/db/repos/users.repo.ts';
import type { ErrorBody } from '../../src/http/route-helpers.ts';
import type {
  MarkAllReadResponse,
  NotificationsResponse,
  UnreadCountResponse,
} from '../../src/http/routes/notifications/notifications.schemas.ts';
import { changeMembership } from '../../src/services/consortia/change-membership.ts';
import { recordRefusedRefresh } from '../../src/services/screening/record-refused-refresh.ts';
import { buildCall } from '../builders/build-call.ts';
import { buildCompany } from '../builders/build-company.ts';
import { type BuiltConsortium, buildConsortium } from '../builders/build-consortium.ts';
import { buildProposal } from '../builders/build-proposal.ts';
import { type BuiltUser, buildUser } from '../builders/build-user.ts';
import { expectOk } from '../builders/expect-ok.ts';
import { buildTestApp, type TestApp } from '../support/test-app.ts';
import { testDatabases } from '../support/test-databases.ts';

const mine = async (user: BuiltUser): Promise<NotificationsResponse> => {
  const response = await user.client.get<NotificationsResponse>('/api/v1/notifications');
  assert.equal(response.status, 200);
  return response.body;
};
const kindsOf = async (user: BuiltUser): Promise<string[]> =>
  (await mine(user)).notifications.map((n) => n.kind).sort();

for (const engine of testDatabases()) {
  describe(`notifications API on ${engine.name}`, () => {
    let database: DatabaseHandle;
    let t: TestApp;
    let officers: Record<'po1' | 'po2' | 'dm' | 'co' | 'auditor' | 'admin', BuiltUser>;
    let ours: BuiltConsortium;
    let theirs: BuiltConsortium;
    let proposalId: string;

    before(async () => {
      database = await engine.open();
      t = await buildTestApp(database);
      await buildCall(t);
      officers = {
        po1: await buildUser(t, { role: 'program_officer' }),
        po2: await buildUser(t, { role: 'program_officer' }),
        dm: await buildUser(t, { role: 'decision_maker' }),
        co: await buildUser(t, { role: 'compliance_officer' }),
        auditor: await buildUser(t, { role: 'auditor' }),
        admin: await buildUser(t, { role: 'admin' }),
      };
      ours = await buildConsortium(t);
      theirs = await buildConsortium(t);
      const returned = await buildProposal(t, {
        consortium: ours,
        status: 'returned',
        programOfficer: officers.po1,
        decisionMaker: officers.dm,
        content: { title: 'Edge Compute for Nairobi' },
      });
      proposalId = returned.id;
    });
    after(async () => database.close());

    it('tells every program officer of a submission, decision makers once review starts, and the applicant of the return', async () => {
      for (const po of [officers.po1, officers.po2]) {
        const list = await mine(po);
        assert.deepEqual(
          list.notifications.map((n) => [n.kind, n.link]),
          [['proposal_submitted', `/proposals/${proposalId}`]],
        );
        assert.match(list.notifications[0]?.title ?? '', /submitted “Edge Compute for Nairobi”/);
      }
      assert.deepEqual(await kindsOf(officers.dm), ['decision_ready']);
      assert.deepEqual(await kindsOf(ours.anchor), ['proposal_returned']);
      const returned = (await mine(ours.anchor)).notifications[0];
      assert.equal(returned?.link, `/proposals/${proposalId}`);
      assert.match(returned?.title ?? '', /returned for revision/);
      // the decision maker's reason is not copied to the applicant (its disclosure follows the program settings)
      assert.doesNotMatch(JSON.stringify(returned), /builder|reason:/i);
      // nobody else: another consortium, compliance, auditors and admins hear nothing of it
      for (const other of [theirs.anchor, officers.co, officers.auditor, officers.admin]) {
        assert.deepEqual(await kindsOf(other), [], other.email);
      }
    });

    it('tells the applicant of a designation or a decline, and not the other consortium', async () => {
      await buildProposal(t, { consortium: theirs, status: 'designated', decisionMaker: officers.dm });
      await buildProposal(t, { consortium: theirs, status: 'declined', decisionMaker: officers.dm });
      assert.deepEqual(await kindsOf(theirs.anchor), ['proposal_declined', 'proposal_designated']);
      assert.deepEqual(await kindsOf(ours.anchor), ['proposal_returned']);
    });

    it('tells the invited company’s users of an invitation, and not the inviting anchor', async () => {
      const invitee = await buildUser(t, { role: 'applicant' });
      // registered by the anchor; the invitee acts for it
      const company = await buildCompany(t, { by: ours.anchor, legalName: 'Invited Networks Ltd', country: 'KE' });
      await linkUserCompany(database.db, invitee.id, company.id);
      expectOk(
        await changeMembership(t.deps, ours.anchor.actor, {
          consortiumId: ours.id,
          companyId: company.id,
          change: 'add',
        }),
        'invite',
      );
      const list = await mine(invitee);
      assert.deepEqual(
        list.notifications.map((n) => n.kind),
        ['consortium_invitation'],
      );
      assert.match(list.notifications[0]?.title ?? '', /invited Invited Networks Ltd/);
      assert.deepEqual(await kindsOf(ours.anchor), ['proposal_returned']);
    });

    it('tells compliance officers of a list alert, and not admins or auditors', async () => {
      expectOk(
        await recordRefusedRefresh(t.deps, {
          source: 'watchlist',
          url: 'http://127.0.0.1:9/watchlist.csv',
          refusal: appError('invalid_input', 'the file was empty'),
        }),
        'refused refresh',
      );
      const list = await mine(officers.co);
      assert.deepEqual(
        list.notifications.map((n) => [n.kind, n.link]),
        [['list_alert', '/compliance/alerts']],
      );
      assert.deepEqual(await kindsOf(officers.admin), []);
      assert.deepEqual(await kindsOf(officers.auditor), []);
    });

    it('counts unread, marks one read, and refuses to mark another person’s with 404', async () => {
      const po = officers.po1;
      // three submissions so far (one of ours, two of theirs)
      const count = await po.client.get<UnreadCountResponse>('/api/v1/notifications/unread-count');
      assert.deepEqual(count.body, { unreadCount: 3 });
      const [first] = (await mine(po)).notifications;
      assert.ok(first);
      assert.equal(first.readAt, null);
      // another program officer cannot mark it read: 404, and it stays unread
      const foreign = await officers.po2.client.send<ErrorBody>('POST', `/api/v1/notifications/${first.id}/read`);
      assert.equal(foreign.status, 404);
      assert.equal(foreign.body.error.code, 'not_found');
      assert.equal((await mine(po)).unreadCount, 3);
      const marked = await po.client.send<UnreadCountResponse>('POST', `/api/v1/notifications/${first.id}/read`);
      assert.equal(marked.status, 200);
      assert.deepEqual(marked.body, { unreadCount: 2 });
      const after = await mine(po);
      assert.equal(after.unreadCount, 2);
      assert.ok(after.notifications.find((n) => n.id === first.id)?.readAt);
      const unread = (await po.client.get<NotificationsResponse>('/api/v1/notifications?unread=true')).body;
      assert.equal(unread.notifications.length, 2);
      assert.ok(!unread.notifications.some((n) => n.id === first.id));
      assert.equal((await mine(officers.po2)).unreadCount, 3);
    });

    it('marks all read for the caller only', async () => {
      const anchor = theirs.anchor;
      assert.equal((await mine(anchor)).unreadCount, 2);
      const all = await anchor.client.send<MarkAllReadResponse>('POST', '/api/v1/notifications/read-all');
      assert.equal(all.status, 200);
      assert.deepEqual(all.body, { marked: 2, unreadCount: 0 });
      assert.equal((await mine(anchor)).unreadCount, 0);
      assert.equal((await mine(ours.anchor)).unreadCount, 1);
    });

    it('answers 401 without a session and 400 for a bad limit', async () => {
      assert.equal((await t.client().get('/api/v1/notifications')).status, 401);
      assert.equal((await officers.co.client.get('/api/v1/notifications?limit=0')).status, 400);
    });
  });
}
