import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { DatabaseHandle } from '../../src/db/connect.ts';
import type { AuditVerdict } from '../../src/http/routes/audit/audit.schemas.ts';
import type { Session } from '../../src/http/routes/auth/auth.schemas.ts';
import type { CatalogResponse } from '../../src/http/routes/catalog/catalog.schemas.ts';
import type { ConsortiaResponse } from '../../src/http/routes/consortia/consortia.schemas.ts';
import type { DecisionBriefResponse } from '../../src/http/routes/decisions/decisions.schemas.ts';
import type { FindingsReport } from '../../src/http/routes/eligibility/eligibility.schemas.ts';
import type { ProposalsResponse } from '../../src/http/routes/proposals/proposals.schemas.ts';
import type { ReviewerListResponse, ReviewerProfileResponse } from '../../src/http/routes/review/review.schemas.ts';
import { createJobHandlers } from '../../src/jobs/job-handlers.ts';
import { runJobsUntilIdle } from '../../src/jobs/run-next-job.ts';
import { DEMO_CONSORTIA, DEMO_PASSWORD, DEMO_PROPOSALS, DEMO_USERS } from '../../src/services/demo/demo-data.ts';
import { seedDemo } from '../../src/services/demo/seed-demo.ts';
import type { ApiClient } from '../support/api-client.ts';
import { fixturePath } from '../support/data-paths.ts';
import { buildTestApp, type TestApp } from '../support/test-app.ts';
import { testDatabases } from '../support/test-databases.ts';

const STATUS_AFTER = { submit: 'submitted', start_review: 'under_review', designate: 'designated', return: 'returned' };
const demoEmail = (key: string) => DEMO_USERS.find((u) => u.key === key)!.email;

for (const engine of testDatabases()) {
  describe(`demo seed on ${engine.name}`, () => {
    let database: DatabaseHandle;
    let t: TestApp;
    const logIn = async (key: string): Promise<ApiClient> => {
      const client = t.client();
      assert.equal((await client.login(demoEmail(key), DEMO_PASSWORD)).status, 200, `${key} logs in`);
      return client;
    };
    before(async () => {
      database = await engine.open();
      t = await buildTestApp(database, { demo: true });
    });
    after(async () => database.close());

    it('seeds an empty database once, and leaves a seeded one alone', async () => {
      const first = await seedDemo(t.deps, { listSnapshots: fixturePath('demo-lists') });
      assert.ok(first.ok);
      assert.equal(first.value.seeded, true);
      assert.equal(first.value.password, DEMO_PASSWORD);
      const again = await seedDemo(t.deps, { listSnapshots: fixturePath('demo-lists') });
      assert.ok(again.ok);
      assert.equal(again.value.seeded, false);
    });

    it('gives every demo account the demo password and its role', async () => {
      for (const user of DEMO_USERS) {
        const client = await logIn(user.key);
        const me = await client.get<Session>('/api/v1/auth/me');
        assert.deepEqual(
          { role: me.body.user.role, email: me.body.user.email },
          { role: user.role, email: user.email },
        );
      }
    });

    it('gives the demo reviewers profiles across agencies, one with a conflicting affiliation', async () => {
      const reviewer = await logIn('reviewer');
      const mine = await reviewer.get<ReviewerProfileResponse>('/api/v1/reviewer-profile');
      assert.equal(mine.status, 200);
      assert.ok(mine.body.expertise.includes('security'));
      assert.equal(mine.body.affiliations.length, 1);
      const program = await logIn('program');
      const all = await program.get<ReviewerListResponse>('/api/v1/reviewers');
      assert.deepEqual([...new Set(all.body.reviewers.map((r) => r.agency))].sort(), [
        'Commerce',
        'Energy',
        'OSTP',
        'State',
        'War',
      ]);
      const energy = all.body.reviewers.find((r) => r.agency === 'Energy');
      assert.equal(energy?.affiliations[0]?.companyName, 'Gulf Digital Infrastructure PJSC');
    });

    it('puts the demo consortia and their proposals in their states', async () => {
      const applicant = await logIn('applicant');
      const applicant2 = await logIn('applicant2');
      const names = async (client: ApiClient) =>
        (await client.get<ConsortiaResponse>('/api/v1/consortia')).body.consortia.map((c) => c.name);
      // Atlas anchors its consortium; Harvest anchors the alliance and is a member of the Atlas consortium
      assert.deepEqual(await names(applicant), [DEMO_CONSORTIA.c1.name]);
      assert.deepEqual(
        (await names(applicant2)).sort(),
        [DEMO_CONSORTIA.c1.name, DEMO_CONSORTIA.c2.name, DEMO_CONSORTIA.c3.name].sort(),
      );

      const expected = DEMO_PROPOSALS.map((p) => ({
        title: p.content.title,
        status: p.steps.length === 0 ? 'draft' : STATUS_AFTER[p.steps[p.steps.length - 1]!],
      }));
      const all = await applicant2.get<ProposalsResponse>('/api/v1/proposals');
      assert.deepEqual(
        all.body.proposals
          .map((p) => ({ title: p.title, status: p.status }))
          .sort((a, b) => a.title.localeCompare(b.title)),
        expected.sort((a, b) => a.title.localeCompare(b.title)),
      );
    });

    it('designates the Gulf Health package, whose member is partly owned from a country of concern', async () => {
      const catalog = await t.client().get<CatalogResponse>('/api/v1/catalog');
      assert.deepEqual(
        catalog.body.packages.map((p) => p.title),
        ['Gulf Health AI Stack'],
      );
      const applicant = await logIn('applicant');
      const list = await applicant.get<ProposalsResponse>('/api/v1/proposals');
      const gulf = list.body.proposals.find((p) => p.title === 'Gulf Health AI Stack')!;
      const report = await applicant.get<FindingsReport>(`/api/v1/proposals/${gulf.id}/findings`);
      // Pearl River (HK) owns 40% of Lion City, which owns 70% of member Gulf Digital: nothing passes on (OFAC 50% rule)
      assert.ok(report.body.findings.some((f) => f.code === 'member_partly_owned_from_country_of_concern'));
      // this seed loads a cut of the bundled lists, so the operator is checked against the Entity, Unverified and
      // MEU lists, and nothing blocks the designated package
      assert.deepEqual(
        report.body.findings.filter((f) => f.severity === 'blocker').map((f) => f.code),
        [],
      );
    });

    it('blocks the Gulf Edge package, whose member is on the Entity List, and says the demo accepts old lists', async () => {
      await runJobsUntilIdle(
        t.deps,
        createJobHandlers({
          fetch: async () => {
            throw new Error('no network in tests');
          },
          listSources: {},
        }),
      ); // the submissions' screenings
      const decision = await logIn('decision');
      const list = await decision.get<ProposalsResponse>('/api/v1/proposals?status=under_review');
      const edge = list.body.proposals.find((p) => p.title === 'Gulf Edge Inference Clusters')!;
      const brief = await decision.get<DecisionBriefResponse>(`/api/v1/proposals/${edge.id}/brief`);
      assert.equal(brief.status, 200);
      assert.equal(brief.body.brief.gate.designatable, false);
      const hit = brief.body.brief.gate.blockers.find((b) => b.code === 'open_hit')!;
      assert.match(hit.object.label, /^Wave Tech Computers \(member\) on the Entity List/);
      assert.match(brief.body.brief.screening.listAgeNote ?? '', /^demo: lists from 2026-07-31 accepted/);
      const refused = await decision.send('POST', `/api/v1/proposals/${edge.id}/transition`, {
        action: 'designate',
        reason: 'Demo: try to designate',
      });
      assert.equal(refused.status, 409);
    });

    it('records every seeded step in an intact audit chain', async () => {
      const auditor = await logIn('auditor');
      const verdict = await auditor.get<AuditVerdict>('/api/v1/audit/verify');
      assert.equal(verdict.body.ok, true);
      assert.ok(verdict.body.count > 20);
    });
  });
}
