import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { DatabaseHandle } from '../../src/db/connect.ts';
import type { ErrorBody } from '../../src/http/route-helpers.ts';
import type {
  ApplicantReferralsResponse,
  FinancingRequestsResponse,
  ReferralResponse,
  ReferralsResponse,
  TermSheetResponse,
} from '../../src/http/routes/financing/financing.schemas.ts';
import { type BuiltConsortium, buildConsortium } from '../builders/build-consortium.ts';
import { buildProposal } from '../builders/build-proposal.ts';
import { type BuiltUser, buildUser } from '../builders/build-user.ts';
import { buildTestApp, type TestApp } from '../support/test-app.ts';
import { testDatabases } from '../support/test-databases.ts';

const FINANCING = [
  { agency: 'EXIM' as const, instrument: 'direct-loan' as const, amountUsd: 1_000_000, tenorYears: 1 },
  { agency: 'USTDA' as const, instrument: 'other' as const, amountUsd: 250_000 },
];

for (const engine of testDatabases()) {
  describe(`financing referrals API on ${engine.name}`, () => {
    let database: DatabaseHandle;
    let t: TestApp;
    let officer: BuiltUser;
    let programOfficer: BuiltUser;
    let ours: BuiltConsortium;
    let theirs: BuiltConsortium;
    let proposalId: string;
    let draftId: string;
    let referralId: string;

    before(async () => {
      database = await engine.open();
      t = await buildTestApp(database);
      officer = await buildUser(t, { role: 'financing_officer' });
      programOfficer = await buildUser(t, { role: 'program_officer' });
      ours = await buildConsortium(t);
      theirs = await buildConsortium(t);
      proposalId = (
        await buildProposal(t, {
          consortium: ours,
          status: 'designated',
          content: { title: 'Andes Sovereign Cloud', financing: FINANCING },
        })
      ).id;
      draftId = (await buildProposal(t, { consortium: theirs, content: { financing: FINANCING } })).id;
    });
    after(async () => database.close());

    it('lists the financing request lines of referable proposals, never of drafts', async () => {
      const response = await officer.client.get<FinancingRequestsResponse>('/api/v1/financing/requests');
      assert.equal(response.status, 200);
      const lines = response.body.requests;
      assert.deepEqual(
        lines.map((l) => [l.proposalId, l.financingLine, l.agency, l.suggestedInstrument, l.amountUsd]),
        [
          [proposalId, 0, 'EXIM', 'direct-loan', 1_000_000],
          [proposalId, 1, 'USTDA', null, 250_000],
        ],
      );
      assert.ok(!lines.some((l) => l.proposalId === draftId));
    });

    it('creates a referral from a financing line, stage referred today, audited', async () => {
      const response = await officer.client.send<ReferralResponse>('POST', '/api/v1/financing/referrals', {
        proposalId,
        financingLine: 0,
        contactName: 'Dana Loan',
        contactEmail: 'dana@exim.example',
        notes: 'Internal: buyer credit looks thin',
        date: '2026-11-20',
      });
      assert.equal(response.status, 201, JSON.stringify(response.body));
      const referral = response.body.referral;
      referralId = referral.id;
      assert.equal(referral.agency, 'EXIM');
      assert.equal(referral.instrument, 'direct-loan');
      assert.equal(referral.amountUsd, 1_000_000);
      assert.equal(referral.stage, 'referred');
      assert.equal(referral.stageDate, '2026-11-20');
      assert.equal(referral.proposalTitle, 'Andes Sovereign Cloud');
      assert.deepEqual(referral.nextStages, ['letter_of_interest', 'declined', 'withdrawn']);
      assert.deepEqual(
        referral.stages.map((s) => [s.stage, s.date]),
        [['referred', '2026-11-20']],
      );
      const audit = await database.db
        .selectFrom('audit_entries')
        .select(['action', 'object_id'])
        .where('action', '=', 'financing.referral.create')
        .execute();
      assert.deepEqual(audit, [{ action: 'financing.referral.create', object_id: referralId }]);
      const lines = (await officer.client.get<FinancingRequestsResponse>('/api/v1/financing/requests')).body.requests;
      assert.deepEqual(lines[0]?.referrals, [{ id: referralId, agency: 'EXIM', stage: 'referred' }]);
    });

    it('refuses a second open referral of the line to the same agency, an "other" line without an instrument, and an instrument the agency does not offer', async () => {
      const again = await officer.client.send<ErrorBody>('POST', '/api/v1/financing/referrals', {
        proposalId,
        financingLine: 0,
      });
      assert.equal(again.status, 409);
      const other = await officer.client.send<ErrorBody>('POST', '/api/v1/financing/referrals', {
        proposalId,
        financingLine: 1,
      });
      assert.equal(other.status, 400);
      assert.deepEqual(other.body.error.details, [
        { path: 'instrument', message: 'the request says "other": choose the instrument to refer' },
      ]);
      const wrong = await officer.client.send<ErrorBody>('POST', '/api/v1/financing/referrals', {
        proposalId,
        financingLine: 1,
        instrument: 'equity',
      });
      assert.equal(wrong.status, 400);
      assert.equal((wrong.body.error.details as { path: string }[])[0]?.path, 'instrument');
      const noLine = await officer.client.send<ErrorBody>('POST', '/api/v1/financing/referrals', {
        proposalId,
        financingLine: 5,
      });
      assert.equal(noLine.status, 400);
      assert.equal((noLine.body.error.details as { path: string }[])[0]?.path, 'financingLine');
      const feasibility = await officer.client.send<ReferralResponse>('POST', '/api/v1/financing/referrals', {
        proposalId,
        financingLine: 1,
        instrument: 'feasibility-study',
        amountUsd: 200_000.5,
      });
      assert.equal(feasibility.status, 201);
      assert.equal(feasibility.body.referral.amountUsd, 200_000.5);
      // the referral date defaults to today
      assert.equal(feasibility.body.referral.stageDate, '2026-11-28');
      // nothing else was written by the refusals
      const count = await database.db
        .selectFrom('financing_referrals')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      assert.equal(Number(count.n), 2);
    });

    it('refuses a referral of a draft (not found) and refuses applicants and program officers (403)', async () => {
      const draft = await officer.client.send<ErrorBody>('POST', '/api/v1/financing/referrals', {
        proposalId: draftId,
        financingLine: 0,
      });
      assert.equal(draft.status, 404);
      for (const user of [ours.anchor, programOfficer]) {
        const response = await user.client.send<ErrorBody>('POST', '/api/v1/financing/referrals', {
          proposalId,
          financingLine: 0,
          agency: 'DFC',
        });
        assert.equal(response.status, 403);
      }
    });

    it('moves stages forward with dates, refuses skipping, going back, future or earlier dates', async () => {
      const url = `/api/v1/financing/referrals/${referralId}/stage`;
      const skip = await officer.client.send<ErrorBody>('POST', url, { stage: 'final_commitment', date: '2026-11-21' });
      assert.equal(skip.status, 409);
      assert.equal(skip.body.error.code, 'invalid_transition');
      const future = await officer.client.send<ErrorBody>('POST', url, {
        stage: 'letter_of_interest',
        date: '2026-11-29',
      });
      assert.equal(future.status, 400);
      assert.equal((future.body.error.details as { path: string }[])[0]?.path, 'date');
      const early = await officer.client.send<ErrorBody>('POST', url, {
        stage: 'letter_of_interest',
        date: '2026-11-01',
      });
      assert.equal(early.status, 400);
      const loi = await officer.client.send<ReferralResponse>('POST', url, {
        stage: 'letter_of_interest',
        date: '2026-11-25',
        note: 'LOI signed by the regional director',
      });
      assert.equal(loi.status, 200, JSON.stringify(loi.body));
      assert.equal(loi.body.referral.stage, 'letter_of_interest');
      assert.equal(loi.body.referral.stageDate, '2026-11-25');
      const back = await officer.client.send<ErrorBody>('POST', url, { stage: 'referred', date: '2026-11-26' });
      assert.equal(back.status, 409);
      const prelim = await officer.client.send<ReferralResponse>('POST', url, {
        stage: 'preliminary_commitment',
        date: '2026-11-28',
      });
      assert.equal(prelim.status, 200);
      assert.deepEqual(
        prelim.body.referral.stages.map((s) => [s.stage, s.date, s.note]),
        [
          ['referred', '2026-11-20', ''],
          ['letter_of_interest', '2026-11-25', 'LOI signed by the regional director'],
          ['preliminary_commitment', '2026-11-28', ''],
        ],
      );
      const programOfficerMove = await programOfficer.client.send<ErrorBody>('POST', url, {
        stage: 'final_commitment',
        date: '2026-11-28',
      });
      assert.equal(programOfficerMove.status, 403);
    });

    it('computes and stores a term sheet with the settings in force, and exports it as CSV', async () => {
      const response = await officer.client.send<TermSheetResponse>(
        'POST',
        `/api/v1/financing/referrals/${referralId}/term-sheets`,
        { contractValue: 1_000_000, usContent: 900_000, tenorYears: 1, cirrPercent: 4, riskCategory: 2 },
      );
      assert.equal(response.status, 201, JSON.stringify(response.body));
      const stored = response.body.termSheet;
      assert.equal(stored.premiumBp, 28);
      assert.equal(stored.settingsVersion, 0);
      assert.equal(stored.sheet.principal, 850_000);
      assert.deepEqual(
        stored.sheet.schedule.map((r) => r.payment),
        [443_190, 434_095],
      );
      assert.deepEqual(
        stored.sheet.warnings.map((w) => w.code),
        ['financed_share_cap'],
      );
      const referral = (await officer.client.get<ReferralResponse>(`/api/v1/financing/referrals/${referralId}`)).body
        .referral;
      assert.deepEqual(
        referral.termSheets.map((s) => s.id),
        [stored.id],
      );
      const csv = await programOfficer.client.get<string>(`/api/v1/financing/term-sheets/${stored.id}/csv`);
      assert.equal(csv.status, 200);
      assert.equal(
        csv.text,
        'number,openingBalance,principal,interest,premium,payment,closingBalance\n' +
          '1,850000.00,425000.00,17000.00,1190.00,443190.00,425000.00\n' +
          '2,425000.00,425000.00,8500.00,595.00,434095.00,0.00\n',
      );
      const bad = await officer.client.send<ErrorBody>(
        'POST',
        `/api/v1/financing/referrals/${referralId}/term-sheets`,
        {
          contractValue: 1_000_000,
          usContent: 900_000,
          tenorYears: 1.2,
          cirrPercent: 4,
          riskCategory: 2,
          premiumBp: 30,
        },
      );
      assert.equal(bad.status, 400);
      assert.deepEqual(
        (bad.body.error.details as { path: string }[]).map((d) => d.path),
        ['tenorYears', 'riskCategory', 'premiumBp'],
      );
    });

    it('keeps notes and contact editable, audited by field name only', async () => {
      const response = await officer.client.send<ReferralResponse>(
        'PATCH',
        `/api/v1/financing/referrals/${referralId}`,
        {
          contactName: 'Dana Loan',
          contactEmail: 'dana.loan@exim.example',
          notes: 'Internal: collateral agreed',
        },
      );
      assert.equal(response.status, 200);
      assert.equal(response.body.referral.notes, 'Internal: collateral agreed');
      const entry = await database.db
        .selectFrom('audit_entries')
        .select('summary')
        .where('action', '=', 'financing.referral.update')
        .executeTakeFirstOrThrow();
      assert.deepEqual(entry.summary, { changed: ['contactEmail', 'notes'] });
    });

    it('shows the consortium its referrals’ stages without notes or contacts, and refuses another consortium', async () => {
      const mine = await ours.anchor.client.get<ApplicantReferralsResponse>(
        `/api/v1/proposals/${proposalId}/referrals`,
      );
      assert.equal(mine.status, 200);
      const exim = mine.body.referrals.find((r) => r.id === referralId);
      assert.equal(exim?.stage, 'preliminary_commitment');
      assert.deepEqual(
        exim?.stages.map((s) => s.stage),
        ['referred', 'letter_of_interest', 'preliminary_commitment'],
      );
      assert.doesNotMatch(mine.text, /Internal|collateral|dana|regional director/i);
      const foreign = await theirs.anchor.client.get<ErrorBody>(`/api/v1/proposals/${proposalId}/referrals`);
      assert.equal(foreign.status, 404);
      const board = await ours.anchor.client.get<ErrorBody>('/api/v1/financing/referrals');
      assert.equal(board.status, 403);
      const one = await ours.anchor.client.get<ErrorBody>(`/api/v1/financing/referrals/${referralId}`);
      assert.equal(one.status, 403);
    });

    it('lists the board per agency for officers', async () => {
      const all = await programOfficer.client.get<ReferralsResponse>('/api/v1/financing/referrals');
      assert.equal(all.status, 200);
      assert.equal(all.body.referrals.length, 2);
      const exim = await officer.client.get<ReferralsResponse>('/api/v1/financing/referrals?agency=EXIM');
      assert.deepEqual(
        exim.body.referrals.map((r) => [r.id, r.stage]),
        [[referralId, 'preliminary_commitment']],
      );
    });
  });
}
