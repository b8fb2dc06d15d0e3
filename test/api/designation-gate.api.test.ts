import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { canonicalJson } from '../../src/core/audit/audit-chain.ts';
import type { DatabaseHandle } from '../../src/db/connect.ts';
import type { ErrorBody } from '../../src/http/route-helpers.ts';
import type { AuditEntriesResponse } from '../../src/http/routes/audit/audit.schemas.ts';
import type { DecisionBriefResponse } from '../../src/http/routes/decisions/decisions.schemas.ts';
import type { NotificationsResponse } from '../../src/http/routes/notifications/notifications.schemas.ts';
import type { ProposalResponse } from '../../src/http/routes/proposals/proposals.schemas.ts';
import type { ProposalScreening } from '../../src/http/routes/screening/screening.schemas.ts';
import { createJobHandlers } from '../../src/jobs/job-handlers.ts';
import { runJobsUntilIdle } from '../../src/jobs/run-next-job.ts';
import { importListVersion } from '../../src/services/screening/import-list-version.ts';
import { buildCompany } from '../builders/build-company.ts';
import { buildConsortium } from '../builders/build-consortium.ts';
import { buildFreshScreening } from '../builders/build-fresh-screening.ts';
import { buildProposal } from '../builders/build-proposal.ts';
import { buildSubmittedReviews } from '../builders/build-submitted-reviews.ts';
import { type BuiltUser, buildUser } from '../builders/build-user.ts';
import { expectOk } from '../builders/expect-ok.ts';
import { buildTestApp, type TestApp } from '../support/test-app.ts';
import { testDatabases } from '../support/test-databases.ts';

const handlers = createJobHandlers({
  fetch: async () => {
    throw new Error('no network in tests');
  },
  listSources: {},
});

type Blockers = { blockers: { code: string; overridable: boolean; object: { type: string; label: string } }[] };
const blockersOf = (body: ErrorBody): Blockers['blockers'] => (body.error.details as unknown as Blockers).blockers;

for (const engine of testDatabases()) {
  describe(`designation gate on ${engine.name}`, () => {
    let database: DatabaseHandle;
    let t: TestApp;
    let decision: BuiltUser;
    let admin: BuiltUser;
    let auditor: BuiltUser;
    before(async () => {
      database = await engine.open();
      t = await buildTestApp(database);
      decision = await buildUser(t, { role: 'decision_maker' });
      admin = await buildUser(t, { role: 'admin' });
      auditor = await buildUser(t, { role: 'auditor' });
    });
    after(async () => database.close());

    const underReview = async () => {
      const consortium = await buildConsortium(t);
      return buildProposal(t, { consortium, status: 'under_review', decisionMaker: decision });
    };
    const designate = (id: string, body: Record<string, unknown>, as: BuiltUser = decision) =>
      as.client.send<ProposalResponse | ErrorBody>('POST', `/api/v1/proposals/${id}/transition`, {
        action: 'designate',
        ...body,
      });

    it('refuses to designate with 409 designation_blocked listing every blocker, and the brief shows them', async () => {
      const proposal = await underReview();
      const refused = await designate(proposal.id, { reason: 'National interest in Gulf AI infrastructure' });
      assert.equal(refused.status, 409);
      const body = refused.body as ErrorBody;
      assert.equal(body.error.code, 'designation_blocked');
      const codes = new Set(blockersOf(body).map((b) => b.code));
      // never screened (no list is loaded yet), and no reviews
      assert.deepEqual([...codes].sort(), ['party_not_screened', 'reviews_missing']);
      assert.ok(blockersOf(body).every((b) => !b.overridable));
      const brief = await decision.client.get<DecisionBriefResponse>(`/api/v1/proposals/${proposal.id}/brief`);
      assert.equal(brief.status, 200);
      assert.deepEqual(
        brief.body.brief.gate.blockers.map((b) => b.code),
        blockersOf(body).map((b) => b.code),
      );
      assert.ok(brief.body.brief.screening.parties.every((p) => p.state === 'not_screened'));
      assert.equal(brief.body.brief.screening.listAgeNote, null, 'outside demo mode the default list age holds');
      assert.equal(brief.body.brief.screening.maxListAgeDays, 7);
      assert.deepEqual(brief.body.brief.reviews, {
        required: 3,
        submitted: 0,
        meanScore: null,
        recommendations: { designate: 0, decline: 0, return: 0 },
        items: [],
      });
      const still = await decision.client.get<ProposalResponse>(`/api/v1/proposals/${proposal.id}`);
      assert.equal(still.body.proposal.status, 'under_review');
    });

    it('refuses an admin any workflow decision, and the decision brief', async () => {
      const proposal = await underReview();
      const asAdmin = await designate(proposal.id, { reason: 'An admin tries to designate' }, admin);
      assert.equal(asAdmin.status, 403);
      for (const action of ['decline', 'return', 'start_review']) {
        const other = await admin.client.send('POST', `/api/v1/proposals/${proposal.id}/transition`, {
          action,
          reason: 'An admin tries to decide',
        });
        assert.equal(other.status, 403, action);
      }
      assert.equal((await admin.client.get(`/api/v1/proposals/${proposal.id}/brief`)).status, 403);
    });

    it('designates a clear package, stores the decision record immutably and hashes it into the audit entry', async () => {
      const proposal = await underReview();
      await buildFreshScreening(t, proposal.id);
      await buildSubmittedReviews(t, { proposalId: proposal.id });
      const before = await decision.client.get<DecisionBriefResponse>(`/api/v1/proposals/${proposal.id}/brief`);
      assert.deepEqual(before.body.brief.gate, { designatable: true, blockers: [], overridden: [] });
      assert.ok(before.body.brief.screening.parties.every((p) => p.state === 'cleared'));
      assert.equal(before.body.brief.reviews.submitted, 3);
      assert.equal(before.body.brief.reviews.recommendations.designate, 3);
      const designated = await designate(proposal.id, {
        reason: 'The package advances U.S. AI leadership in the Gulf.',
        conditions: ['No transfer of model weights to third parties'],
        termMonths: 36,
        reportingDuties: ['Quarterly deployment report'],
      });
      assert.equal(designated.status, 200);
      assert.equal((designated.body as ProposalResponse).proposal.status, 'designated');

      const brief = await decision.client.get<DecisionBriefResponse>(`/api/v1/proposals/${proposal.id}/brief`);
      const [record] = brief.body.brief.decisions;
      assert.ok(record);
      assert.equal(record.determination, 'The package advances U.S. AI leadership in the Gulf.');
      assert.deepEqual(record.conditions, ['No transfer of model weights to third parties']);
      assert.equal(record.termMonths, 36);
      assert.deepEqual(record.reportingDuties, ['Quarterly deployment report']);

      const row = await t.deps.db
        .selectFrom('decision_records')
        .selectAll()
        .where('id', '=', record.id)
        .executeTakeFirstOrThrow();
      const recomputed = t.deps.sha256(
        canonicalJson({
          id: row.id,
          proposalId: row.proposal_id,
          version: row.version,
          action: row.action,
          determination: row.determination,
          conditions: row.conditions,
          termMonths: row.term_months,
          reportingDuties: row.reporting_duties,
          gate: row.gate,
          decidedBy: row.decided_by,
          decidedAt: new Date(row.decided_at).toISOString(),
        }),
      );
      assert.equal(recomputed, record.hash, 'the stored hash is the SHA-256 of the record');
      const audit = await auditor.client.get<AuditEntriesResponse>(
        `/api/v1/audit?objectId=${proposal.id}&action=proposal.designate`,
      );
      const entry = audit.body.entries.find((e) => e.action === 'proposal.designate');
      assert.ok(entry);
      assert.equal(entry.summary.decisionHash, record.hash);
      assert.equal(entry.summary.decisionId, record.id);

      await assert.rejects(
        t.deps.db
          .updateTable('decision_records')
          .set({ determination: 'changed' })
          .where('id', '=', record.id)
          .execute(),
        /append-only/,
      );
      await assert.rejects(
        t.deps.db.deleteFrom('decision_records').where('id', '=', record.id).execute(),
        /append-only/,
      );
    });

    it('lets the decision maker override a blocker finding with a written justification, recorded and audited', async () => {
      const anchor = await buildUser(t, { role: 'applicant' });
      const foreign = await buildCompany(t, { by: anchor, country: 'CN', legalName: 'Zhongyuan Compute Co., Ltd.' });
      const consortium = await buildConsortium(t, { anchor, members: [{ id: foreign.id }] });
      const proposal = await buildProposal(t, { consortium, status: 'under_review', decisionMaker: decision });
      await buildFreshScreening(t, proposal.id);
      await buildSubmittedReviews(t, { proposalId: proposal.id });
      const refused = await designate(proposal.id, { reason: 'National interest' });
      assert.equal(refused.status, 409);
      const findings = blockersOf(refused.body as ErrorBody).filter((b) => b.code === 'blocker_finding');
      assert.ok(findings.length > 0);
      assert.ok(findings.every((b) => b.overridable));
      const brief = await decision.client.get<DecisionBriefResponse>(`/api/v1/proposals/${proposal.id}/brief`);
      const codes = [...new Set(brief.body.brief.gate.blockers.flatMap((b) => (b.findingCode ? [b.findingCode] : [])))];

      const short = await designate(proposal.id, {
        reason: 'National interest',
        overrides: codes.map((findingCode) => ({ findingCode, justification: 'because' })),
      });
      assert.equal(short.status, 400);
      assert.match(JSON.stringify((short.body as ErrorBody).error.details), /"path":"overrides\.0\.justification"/);

      const justification = 'The member is a wholly owned subsidiary under a national security agreement.';
      const done = await designate(proposal.id, {
        reason: 'National interest',
        overrides: codes.map((findingCode) => ({ findingCode, justification })),
      });
      assert.equal(done.status, 200);
      const after = await decision.client.get<DecisionBriefResponse>(`/api/v1/proposals/${proposal.id}/brief`);
      const record = after.body.brief.decisions.at(-1)!;
      assert.deepEqual(
        record.overrides.map((o) => [o.findingCode, o.justification]),
        codes.map((c) => [c, justification]),
      );
      const audit = await auditor.client.get<AuditEntriesResponse>(`/api/v1/audit?objectId=${proposal.id}`);
      const entry = audit.body.entries.find((e) => e.action === 'proposal.designate')!;
      assert.deepEqual(
        entry.summary.overrides,
        codes.map((findingCode) => ({ findingCode, justification })),
      );
    });

    it('alerts decision makers "suspension recommended" on a true match confirmed after designation; suspension leaves the catalog', async () => {
      const anchor = await buildUser(t, { role: 'applicant' });
      const member = await buildCompany(t, { by: anchor, country: 'DE', legalName: 'Ostravian Lattice Works GmbH' });
      const consortium = await buildConsortium(t, { anchor, members: [{ id: member.id }] });
      const proposal = await buildProposal(t, { consortium, status: 'designated', decisionMaker: decision });
      const anonymous = t.client();
      assert.equal((await anonymous.get(`/api/v1/catalog/${proposal.id}`)).status, 200);

      // a new watchlist names the member: the delta re-screening opens a hit on the designated package
      const folder = await mkdtemp(join(tmpdir(), 'aiexports-gate-'));
      const path = join(folder, 'watchlist.csv');
      await writeFile(
        path,
        'id,name,aliases,type,countries,source\nG-1,Ostravian Lattice Works GmbH,,company,DE,Agency watchlist\n',
      );
      const today = t.deps.clock().toISOString().slice(0, 10);
      expectOk(
        await importListVersion(t.deps, null, { source: 'watchlist:gate', format: 'watchlist', path, asOf: today }),
        'import',
      );
      await runJobsUntilIdle(t.deps, handlers);
      const compliance = await buildUser(t, { role: 'compliance_officer' });
      const screening = await compliance.client.get<ProposalScreening>(`/api/v1/proposals/${proposal.id}/screening`);
      const hit = screening.body.hits.find((h) => h.status === 'open' && h.listSource === 'watchlist:gate');
      assert.ok(hit, 'the re-screening opened a hit on the designated package');
      const quiet = await decision.client.get<NotificationsResponse>('/api/v1/notifications');
      assert.ok(
        !quiet.body.notifications.some((n) => n.kind === 'suspension_recommended'),
        'an open hit is not yet a match',
      );

      const adjudicated = await compliance.client.send('POST', `/api/v1/screening/hits/${hit.id}/adjudicate`, {
        decision: 'true_match',
        reason: 'Same company, same country',
      });
      assert.equal(adjudicated.status, 200);
      const notices = await decision.client.get<NotificationsResponse>('/api/v1/notifications');
      const alert = notices.body.notifications.find((n) => n.kind === 'suspension_recommended');
      assert.ok(alert, 'the decision maker is alerted');
      assert.match(alert.title, /^Suspension recommended: /);
      assert.equal(alert.link, `/proposals/${proposal.id}/brief`);
      const brief = await decision.client.get<DecisionBriefResponse>(`/api/v1/proposals/${proposal.id}/brief`);
      assert.ok(
        brief.body.brief.screening.parties.some((p) => p.name === member.legalName && p.state === 'true_match'),
      );
      assert.ok(brief.body.brief.allowedActions.includes('suspend'));

      const suspended = await decision.client.send<ProposalResponse>(
        'POST',
        `/api/v1/proposals/${proposal.id}/transition`,
        {
          action: 'suspend',
          reason: 'Confirmed Entity List match on a member',
        },
      );
      assert.equal(suspended.status, 200);
      assert.equal(
        (await anonymous.get(`/api/v1/catalog/${proposal.id}`)).status,
        404,
        'a suspended package leaves the catalog',
      );
      const revoked = await decision.client.send<ProposalResponse>(
        'POST',
        `/api/v1/proposals/${proposal.id}/transition`,
        {
          action: 'revoke',
          reason: 'The member remains listed',
        },
      );
      assert.equal(revoked.status, 200);
      assert.equal((await anonymous.get(`/api/v1/catalog/${proposal.id}`)).status, 404, 'and so does a revoked one');
    });
  });
}
