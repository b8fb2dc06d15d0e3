import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { DatabaseHandle } from '../../src/db/connect.ts';
import { buildProposalContent } from '../builders/build-proposal-content.ts';
import { buildTestApp, type TestApp } from '../support/test-app.ts';
import { testDatabases } from '../support/test-databases.ts';

type Proposal = {
  id: string;
  status: string;
  currentVersion: number | null;
  canSubmit: boolean;
  allowedActions: string[];
  versions: { number: number }[];
};
type Body = { proposal: Proposal; error?: { code: string; details: { path: string; message: string }[] } };

for (const engine of testDatabases()) {
  describe(`proposals API on ${engine.name}`, () => {
    let database: DatabaseHandle;
    let t: TestApp;
    let consortiumId: string;

    before(async () => {
      database = await engine.open();
      t = await buildTestApp(database);
      const applicant = t.client();
      await applicant.login('applicant@demo.aiexports.local');
      const list = await applicant.get<{ consortia: { id: string; name: string }[] }>('/api/v1/consortia');
      consortiumId = list.body.consortia.find((c) => c.name.startsWith('Atlas'))!.id;
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
      const applicant = t.client();
      await applicant.login('applicant@demo.aiexports.local');
      const created = await applicant.send<Body>('POST', '/api/v1/proposals', {
        consortiumId,
        content: buildProposalContent(),
      });
      assert.equal(created.status, 201);
      assert.equal(created.body.proposal.status, 'draft');
      assert.equal(created.body.proposal.canSubmit, true);
      const id = created.body.proposal.id;

      const submitted = await applicant.send<Body>('POST', `/api/v1/proposals/${id}/submit`);
      assert.equal(submitted.status, 200);
      assert.equal(submitted.body.proposal.status, 'submitted');
      assert.equal(submitted.body.proposal.currentVersion, 1);

      const locked = await applicant.send<Body>('PUT', `/api/v1/proposals/${id}/draft`, {
        content: buildProposalContent({ title: 'Changed' }),
      });
      assert.equal(locked.status, 409);
      assert.equal(locked.body.error?.code, 'proposal_locked');

      const program = t.client();
      await program.login('program@demo.aiexports.local');
      const queue = await program.get<{ proposals: { id: string }[] }>('/api/v1/proposals?status=submitted');
      assert.ok(queue.body.proposals.some((p) => p.id === id));
      const early = await program.send<Body>('POST', `/api/v1/proposals/${id}/transition`, {
        action: 'designate',
        reason: 'too early',
      });
      assert.equal(early.status, 403, 'a program officer may not designate');
      const review = await program.send<Body>('POST', `/api/v1/proposals/${id}/transition`, { action: 'start_review' });
      assert.equal(review.body.proposal.status, 'under_review');

      const decision = t.client();
      await decision.login('decision@demo.aiexports.local');
      const noReason = await decision.send<Body>('POST', `/api/v1/proposals/${id}/transition`, {
        action: 'designate',
        reason: '',
      });
      assert.equal(noReason.status, 400);
      const designated = await decision.send<Body>('POST', `/api/v1/proposals/${id}/transition`, {
        action: 'designate',
        reason: 'Strong national interest',
      });
      assert.equal(designated.body.proposal.status, 'designated');
      assert.deepEqual(designated.body.proposal.allowedActions, ['suspend', 'revoke']);
      const again = await decision.send<Body>('POST', `/api/v1/proposals/${id}/transition`, {
        action: 'decline',
        reason: 'changed mind',
      });
      assert.equal(again.status, 409);
      assert.equal(again.body.error?.code, 'invalid_transition');
    });

    it('keeps old versions readable and diffs a revision after a return', async () => {
      const applicant = t.client();
      await applicant.login('applicant@demo.aiexports.local');
      const created = await applicant.send<Body>('POST', '/api/v1/proposals', {
        consortiumId,
        content: buildProposalContent({ title: 'Revisable' }),
      });
      const id = created.body.proposal.id;
      await applicant.send('POST', `/api/v1/proposals/${id}/submit`);
      const program = t.client();
      await program.login('program@demo.aiexports.local');
      await program.send('POST', `/api/v1/proposals/${id}/transition`, { action: 'start_review' });
      const decision = t.client();
      await decision.login('decision@demo.aiexports.local');
      const returned = await decision.send<Body>('POST', `/api/v1/proposals/${id}/transition`, {
        action: 'return',
        reason: 'Add a second target',
      });
      assert.equal(returned.body.proposal.status, 'returned');

      const revised = buildProposalContent({ title: 'Revisable', targets: ['AE', 'KE'] });
      assert.equal((await applicant.send('PUT', `/api/v1/proposals/${id}/draft`, { content: revised })).status, 200);
      const second = await applicant.send<Body>('POST', `/api/v1/proposals/${id}/submit`);
      assert.equal(second.body.proposal.currentVersion, 2);
      assert.deepEqual(
        second.body.proposal.versions.map((v) => v.number),
        [1, 2],
      );

      const v1 = await applicant.get<{ version: { content: { targets: string[] } } }>(
        `/api/v1/proposals/${id}/versions/1`,
      );
      assert.deepEqual(v1.body.version.content.targets, ['AE']);
      const diff = await applicant.get<{ changes: { path: string; kind: string; after: unknown }[] }>(
        `/api/v1/proposals/${id}/diff?from=1&to=2`,
      );
      assert.deepEqual(diff.body.changes, [{ path: 'targets.1', kind: 'added', after: 'KE' }]);
      const history = await applicant.get<{ entries: { action: string }[] }>(`/api/v1/proposals/${id}/history`);
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
      const applicant = t.client();
      await applicant.login('applicant@demo.aiexports.local');
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
      const response = await applicant.send<Body>('POST', '/api/v1/proposals', { consortiumId, content });
      assert.equal(response.status, 400);
      assert.equal(response.body.error?.code, 'invalid_input');
      const paths = response.body.error?.details.map((d) => d.path).sort();
      assert.deepEqual(paths, [
        'content.layers.hardware.0.eccn',
        'content.layers.hardware.0.usOriginSharePercent',
        'content.title',
      ]);
      assert.deepEqual({ proposals: await countRows('proposals'), audit: await countRows('audit_entries') }, before);
    });

    it('lets only the anchor member submit, even an incomplete draft', async () => {
      const applicant = t.client();
      await applicant.login('applicant@demo.aiexports.local');
      const created = await applicant.send<Body>('POST', '/api/v1/proposals', {
        consortiumId,
        content: { title: 'Bare minimum' },
      });
      assert.equal(created.status, 201);
      const incomplete = await applicant.send<Body>('POST', `/api/v1/proposals/${created.body.proposal.id}/submit`);
      assert.equal(incomplete.status, 200, 'completeness is a finding for reviewers, not a submit blocker');
      const draft = await applicant.send<Body>('POST', '/api/v1/proposals', {
        consortiumId,
        content: buildProposalContent(),
      });
      const versionsBefore = await countRows('proposal_versions');
      // Harvest Data is a member, not the anchor, of the Atlas consortium
      const member = t.client();
      await member.login('applicant2@demo.aiexports.local');
      const byMember = await member.send<Body>('POST', `/api/v1/proposals/${draft.body.proposal.id}/submit`);
      assert.equal(byMember.status, 403);
      assert.equal(byMember.body.error?.code, 'forbidden');
      assert.equal(await countRows('proposal_versions'), versionsBefore);
    });

    it("hides one consortium's proposals from another consortium's applicant", async () => {
      // Harvest (applicant2) anchors the Agri-AI Alliance; Atlas (applicant) is not in it
      const owner = t.client();
      await owner.login('applicant2@demo.aiexports.local');
      const mine = await owner.get<{ proposals: { id: string; consortiumName: string }[] }>('/api/v1/proposals');
      const target = mine.body.proposals.find((p) => p.consortiumName.startsWith('Harvest'))!;
      const other = t.client();
      await other.login('applicant@demo.aiexports.local');
      const list = await other.get<{ proposals: { id: string }[] }>('/api/v1/proposals');
      assert.ok(list.body.proposals.length > 0, 'applicant2 sees its own consortium');
      assert.ok(!list.body.proposals.some((p) => p.id === target.id));
      assert.equal((await other.get(`/api/v1/proposals/${target.id}`)).status, 404);
      assert.equal((await other.get(`/api/v1/proposals/${target.id}/versions/1`)).status, 404);
      assert.equal(
        (await other.send('PUT', `/api/v1/proposals/${target.id}/draft`, { content: buildProposalContent() })).status,
        404,
      );
      const buyer = t.client();
      await buyer.login('buyer@demo.aiexports.local');
      // a buyer has no proposal permission at all: refused by the route guard before anything is loaded
      assert.equal((await buyer.get(`/api/v1/proposals/${target.id}`)).status, 403);
      const anonymous = t.client();
      assert.equal((await anonymous.get('/api/v1/proposals')).status, 401);
    });

    it('keeps never-submitted drafts away from officers', async () => {
      const program = t.client();
      await program.login('program@demo.aiexports.local');
      const list = await program.get<{ proposals: { status: string }[] }>('/api/v1/proposals');
      assert.ok(list.body.proposals.length > 0);
      assert.ok(list.body.proposals.every((p) => p.status !== 'draft'));
    });
  });
}
