import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { DatabaseHandle } from '../../src/db/connect.ts';
import type { ErrorBody } from '../../src/http/route-helpers.ts';
import type { CompanyResponse } from '../../src/http/routes/companies/companies.schemas.ts';
import type { ConsortiumResponse } from '../../src/http/routes/consortia/consortia.schemas.ts';
import type { JobResponse } from '../../src/http/routes/jobs/jobs.schemas.ts';
import type { ProposalResponse } from '../../src/http/routes/proposals/proposals.schemas.ts';
import type {
  AdjudicatedResponse,
  AlertsResponse,
  HitDetail,
  HitsResponse,
  ListDiff,
  ListImportResult,
  ListVersionsResponse,
  ProposalScreening,
  ScreenResponse,
} from '../../src/http/routes/screening/screening.schemas.ts';
import { createJobHandlers } from '../../src/jobs/job-handlers.ts';
import { runJobsUntilIdle } from '../../src/jobs/run-next-job.ts';
import { importListVersion } from '../../src/services/screening/import-list-version.ts';
import { screenProposalParties } from '../../src/services/screening/screen-proposal-parties.ts';
import { buildCall } from '../builders/build-call.ts';
import { type BuiltConsortium, buildConsortium } from '../builders/build-consortium.ts';
import { FRESH_WATCHLIST_SOURCE } from '../builders/build-fresh-screening.ts';
import { buildProposal } from '../builders/build-proposal.ts';
import { buildProposalContent } from '../builders/build-proposal-content.ts';
import { buildUser } from '../builders/build-user.ts';
import type { ApiClient } from '../support/api-client.ts';
import { readField } from '../support/api-client-reads.ts';
import { fixturePath } from '../support/data-paths.ts';
import { buildTestApp, type TestApp } from '../support/test-app.ts';
import { testDatabases } from '../support/test-databases.ts';

const CSL_SAMPLE = fixturePath('lists/consolidated_sample_2025-06.csv');
const DPL = fixturePath('lists/bis/dpl_2022-09.txt');
/** the DPL fixture's rows: its lines less the header */
const DPL_ROWS = readFileSync(DPL, 'utf8').trim().split('\n').length - 1;

const HEADER = 'id,name,aliases,type,countries,source';
const WATCHLIST_V1 = `${HEADER}\nW-1,Zephyrion Dynamics Trading LLC,Zephyrion Trading,company,AE,Agency watchlist\nW-2,Borealis Kinetics GmbH,,company,DE,Agency watchlist\n`;
// W-1 gains an alias and a country (a changed entry: new fingerprint); W-3 is added; W-2 unchanged
const WATCHLIST_V2 = `${HEADER}\nW-1,Zephyrion Dynamics Trading LLC,Zephyrion Trading;Zephyrion Dyn,company,AE;IR,Agency watchlist\nW-2,Borealis Kinetics GmbH,,company,DE,Agency watchlist\nW-3,Quillon Aerospace Holdings,,company,CN,Agency watchlist\n`;

const handlers = createJobHandlers({
  fetch: async () => {
    throw new Error('no network in tests');
  },
  listSources: {},
});

for (const engine of testDatabases()) {
  describe(`screening API on ${engine.name}`, () => {
    let database: DatabaseHandle;
    let t: TestApp;
    let compliance: ApiClient;
    let applicant: ApiClient;
    let atlas: BuiltConsortium;
    let gulfId: string;
    let sahelId: string;
    let newProposalId: string;
    const runJobs = () => runJobsUntilIdle(t.deps, handlers);

    before(async () => {
      database = await engine.open();
      t = await buildTestApp(database);
      await buildCall(t);
      compliance = (await buildUser(t, { role: 'compliance_officer' })).client;
      // the applicant's consortium has a designated package; another consortium has a returned one
      atlas = await buildConsortium(t);
      applicant = atlas.anchor.client;
      const gulf = await buildProposal(t, {
        consortium: atlas,
        status: 'designated',
        content: { title: 'Gulf Health AI Stack', targets: ['AE', 'SA'] },
      });
      gulfId = gulf.id;
      const sahel = await buildProposal(t, {
        consortium: await buildConsortium(t),
        status: 'returned',
        content: { title: 'Sahel Crop Advisory Package', targets: ['SN', 'ML'] },
      });
      sahelId = sahel.id;
      await runJobs(); // the submissions' screenings, against no lists yet
    });
    after(async () => database.close());

    it('imports a CSL file, recognises an identical re-import, and lists the versions', async () => {
      const content = readFileSync(CSL_SAMPLE, 'utf8');
      const first = await compliance.send<ListImportResult>('POST', '/api/v1/lists/import', {
        source: 'csl',
        format: 'csl',
        content,
        fileName: 'consolidated_sample_2025-06.csv',
        // it replaces the one-entry CSL the proposal builders screened the designated package against
        allowShrink: true,
        reason: 'the real sample replaces the builders’ one-entry list',
      });
      assert.equal(first.status, 201, first.text);
      assert.equal(first.body.duplicate, false);
      assert.ok(first.body.version.entryCount > 10);
      const again = await compliance.send<ListImportResult>('POST', '/api/v1/lists/import', {
        source: 'csl',
        format: 'csl',
        content,
      });
      assert.equal(again.status, 200);
      assert.equal(again.body.duplicate, true);
      assert.equal(again.body.version.id, first.body.version.id);
      const versions = await compliance.get<ListVersionsResponse>('/api/v1/lists');
      // beside the builders' fresh list, which screened the designated package before its designation
      // beside the builders' one-entry CSL, now replaced
      const csl = versions.body.versions.filter((v) => v.source !== FRESH_WATCHLIST_SOURCE && v.isCurrent);
      assert.equal(csl.length, 1);
      assert.equal(csl[0]!.asOf, '2025-06');
      await runJobs();
    });

    it('imports the BIS Denied Persons file from disk through the service', async () => {
      const imported = await importListVersion(t.deps, null, { source: 'dpl', format: 'dpl', path: DPL });
      assert.ok(imported.ok);
      assert.equal(imported.value.version.entryCount, DPL_ROWS);
      assert.equal(imported.value.version.asOf, '2022-09');
      await runJobs();
    });

    it('refuses a malformed file naming the line and keeps the previous version current', async () => {
      const v1 = await compliance.send<ListImportResult>('POST', '/api/v1/lists/import', {
        source: 'watchlist:agency',
        format: 'watchlist',
        content: WATCHLIST_V1,
      });
      assert.equal(v1.status, 201);
      const bad = await compliance.send<ErrorBody>('POST', '/api/v1/lists/import', {
        source: 'watchlist:agency',
        format: 'watchlist',
        content: `${HEADER}\nW-9,,,company,,x\n`,
      });
      assert.equal(bad.status, 422);
      assert.equal(bad.body.error.code, 'list_malformed');
      assert.equal(readField(bad.body.error.details, 'line'), 2);
      const versions = await compliance.get<ListVersionsResponse>('/api/v1/lists');
      const agency = versions.body.versions.filter((v) => v.source === 'watchlist:agency');
      assert.equal(agency.length, 1);
      assert.equal(agency[0]!.id, v1.body.version.id);
      assert.ok(agency[0]!.isCurrent);
      await runJobs();
    });

    it('screens a batch of names against the current lists and names the versions used', async () => {
      const response = await compliance.send<ScreenResponse>('POST', '/api/v1/screen', {
        names: [{ name: 'Academy of Aerospace Solid Propulsion Technology' }, { name: 'Zephyrion Dynamics Trading' }],
      });
      assert.equal(response.status, 200);
      assert.equal(response.body.results[0]!.hits[0]!.entryId, '66f6ab3f26234b75a9093fce79ef0ce0');
      assert.equal(response.body.results[1]!.hits[0]!.listSource, 'watchlist:agency');
      const scores = response.body.results[0]!.hits.map((h) => h.score);
      assert.deepEqual(
        scores,
        [...scores].sort((a, b) => b - a),
      );
      assert.deepEqual(response.body.lists.map((l) => l.source).sort(), [
        'csl',
        'dpl',
        'watchlist:agency',
        FRESH_WATCHLIST_SOURCE,
      ]);
    });

    it('refuses a batch of more than 1,000 names, and applicants', async () => {
      const names = Array.from({ length: 1001 }, (_, i) => ({ name: `Name ${i}` }));
      const tooMany = await compliance.send<ErrorBody>('POST', '/api/v1/screen', { names });
      assert.equal(tooMany.status, 400);
      assert.match(tooMany.body.error.message, /at most 1000 names/);
      assert.equal((await applicant.send('POST', '/api/v1/screen', { names: [{ name: 'x' }] })).status, 403);
    });

    it('screens a submitted proposal whose member is listed and opens a hit', async () => {
      const c1 = atlas.id;
      const company = await applicant.send<CompanyResponse>('POST', '/api/v1/companies', {
        legalName: 'Zephyrion Dynamics Trading LLC',
        countryOfIncorporation: 'AE',
        principalPlaceOfBusiness: 'AE',
      });
      assert.equal(company.status, 201);
      const invited = await applicant.send<ConsortiumResponse>('POST', `/api/v1/consortia/${c1}/members`, {
        companyId: company.body.company.id,
      });
      assert.equal(invited.status, 200);
      // the company joins once one of its users accepts
      const zephyrion = await buildUser(t, { role: 'applicant', companyIds: [company.body.company.id] });
      const invitationId = invited.body.consortium.pendingInvitations[0]?.id ?? '';
      const accepted = await zephyrion.client.send('POST', `/api/v1/consortium-invitations/${invitationId}/accept`);
      assert.equal(accepted.status, 200);
      const content = buildProposalContent({ title: 'Screening test proposal' });
      const created = await applicant.send<ProposalResponse>('POST', '/api/v1/proposals', {
        consortiumId: c1,
        content,
      });
      assert.equal(created.status, 201);
      newProposalId = created.body.proposal.id;
      assert.equal((await applicant.send('POST', `/api/v1/proposals/${newProposalId}/submit`)).status, 200);
      const steps = await runJobs();
      assert.ok(steps.some((s) => s?.kind === 'screen-proposal' && s.status === 'done'));

      const open = await compliance.get<HitsResponse>('/api/v1/screening/hits?status=open');
      assert.equal(open.status, 200);
      const mine = open.body.hits.filter((h) => h.party.proposalId === newProposalId && h.entryId === 'W-1');
      assert.equal(mine.length, 1);
      assert.equal(mine[0]!.party.name, 'Zephyrion Dynamics Trading LLC');

      const detail = await compliance.get<HitDetail>(`/api/v1/screening/hits/${mine[0]!.id}`);
      assert.equal(detail.status, 200);
      assert.equal(detail.body.entry?.primaryName, 'Zephyrion Dynamics Trading LLC');
    });

    it('keeps hits and adjudication from applicants and other consortia', async () => {
      assert.equal((await applicant.get('/api/v1/screening/hits')).status, 403);
      const hits = await compliance.get<HitsResponse>('/api/v1/screening/hits');
      const id = hits.body.hits[0]!.id;
      const refused = await applicant.send('POST', `/api/v1/screening/hits/${id}/adjudicate`, {
        decision: 'false_positive',
        reason: 'mine',
      });
      assert.equal(refused.status, 403);
      const admin = (await buildUser(t, { role: 'admin' })).client;
      const adminRefused = await admin.send('POST', `/api/v1/screening/hits/${id}/adjudicate`, {
        decision: 'false_positive',
        reason: 'admin',
      });
      assert.equal(adminRefused.status, 403);
      assert.equal((await applicant.get(`/api/v1/proposals/${sahelId}/screening`)).status, 404);
      const noReason = await compliance.send('POST', `/api/v1/screening/hits/${id}/adjudicate`, {
        decision: 'false_positive',
        reason: ' ',
      });
      assert.equal(noReason.status, 400);
    });

    it('reuses a decision when the same party meets the same unchanged entry again', async () => {
      const hits = await compliance.get<HitsResponse>('/api/v1/screening/hits?status=open');
      const hit = hits.body.hits.find((h) => h.party.proposalId === newProposalId && h.entryId === 'W-1')!;
      const decided = await compliance.send<AdjudicatedResponse>(
        'POST',
        `/api/v1/screening/hits/${hit.id}/adjudicate`,
        { decision: 'false_positive', reason: 'Different company: registered in Dubai in 2025, other owners.' },
      );
      assert.equal(decided.status, 200);
      assert.equal(decided.body.hit.status, 'false_positive');

      // the designated Gulf Health proposal shares the consortium, so the same company is its member
      const run = await screenProposalParties(t.deps, gulfId);
      assert.ok(run.ok);
      assert.equal(run.value.reused, 1);
      const screening = await compliance.get<ProposalScreening>(`/api/v1/proposals/${gulfId}/screening`);
      const reused = screening.body.hits.find((h) => h.entryId === 'W-1')!;
      assert.equal(reused.status, 'false_positive');
      assert.equal(reused.adjudications?.[0]?.reusedFrom, hit.id);

      const own = await applicant.get<ProposalScreening>(`/api/v1/proposals/${newProposalId}/screening`);
      assert.equal(own.status, 200);
      assert.equal(own.body.hits.find((h) => h.id === hit.id)!.status, 'false_positive');
      assert.ok(own.body.hits.every((h) => h.adjudications === undefined));
      // the applicant never learns which list entry resembled its party
      for (const field of ['listSource', 'entryId', 'matchedName', 'score'] as const)
        assert.ok(
          own.body.hits.every((h) => h[field] === undefined),
          field,
        );
      assert.ok(!JSON.stringify(own.body).includes('W-1'));
      assert.ok(!JSON.stringify(own.body).includes('Dubai'));
    });

    it('diffs two watchlist versions and, on a changed entry, opens a fresh hit and alerts on the designated proposal', async () => {
      const v2 = await compliance.send<ListImportResult>('POST', '/api/v1/lists/import', {
        source: 'watchlist:agency',
        format: 'watchlist',
        content: WATCHLIST_V2,
      });
      assert.equal(v2.status, 201);
      assert.deepEqual(v2.body.diff, { added: 1, removed: 0, changed: 1, unchanged: 1 });
      const versions = await compliance.get<ListVersionsResponse>('/api/v1/lists');
      const v1 = versions.body.versions.find((v) => v.source === 'watchlist:agency' && !v.isCurrent)!;
      const diff = await compliance.get<ListDiff>(`/api/v1/lists/${v2.body.version.id}/diff?against=${v1.id}`);
      assert.equal(diff.status, 200);
      assert.deepEqual(
        diff.body.added.map((e) => e.entryId),
        ['W-3'],
      );
      assert.deepEqual(diff.body.changed[0]!.fields, ['aliases', 'countries']);

      const steps = await runJobs();
      const delta = steps.find((s) => s?.kind === 'delta-rescreen')!;
      assert.equal(delta.status, 'done');
      const job = await compliance.get<JobResponse>(`/api/v1/jobs/${delta.id}`);
      assert.equal(job.body.job.status, 'done');
      assert.equal(readField(job.body.job.progress, 'alerts'), 1);

      const open = await compliance.get<HitsResponse>('/api/v1/screening/hits?status=open');
      const fresh = open.body.hits.filter((h) => h.entryId === 'W-1');
      assert.deepEqual(fresh.map((h) => h.party.proposalId).sort(), [gulfId, newProposalId].sort());
      assert.ok(fresh.every((h) => h.reusedFrom === null));
      const alerts = await compliance.get<AlertsResponse>('/api/v1/alerts');
      // the proposals' alerts (the allowed shrink of the builders' CSL raised a list alert of its own)
      const onProposals = alerts.body.alerts.filter((a) => a.proposalId !== null);
      assert.equal(onProposals.length, 1);
      assert.equal(onProposals[0]!.proposalId, gulfId);
      assert.equal((await applicant.get('/api/v1/alerts')).status, 403);
      assert.equal((await applicant.get(`/api/v1/jobs/${delta.id}`)).status, 403);
    });
  });
}
