import type { Kysely } from 'kysely';
import { can } from '../../core/accounts/permissions.ts';
import type { Actor } from '../../core/accounts/roles.ts';
import {
  type FinancingAgency,
  instrumentForRequest,
  REFERABLE_PROPOSAL_STATUSES,
  type ReferralInstrument,
  type ReferralStage,
} from '../../core/financing/referral.ts';
import { type TermSheet, termSheetScheduleCsv } from '../../core/financing/term-sheet.ts';
import { ok, type Result } from '../../core/kernel/result.ts';
import type { ProposalContent } from '../../core/package/proposal.schema.ts';
import {
  findReferral,
  findTermSheet,
  listReferralStages,
  listReferrals,
  listTermSheets,
} from '../../db/repos/financing-referrals.repo.ts';
import type { Database } from '../../db/schema.ts';
import { notFound, refused } from '../access.ts';
import { type ReferralSummaryView, type ReferralView, toReferralSummary, toReferralView } from './referral-view.ts';

/** The pipeline board: every referral (optionally of one agency), newest change first. */
export const listReferralBoard = async (
  db: Kysely<Database>,
  actor: Actor,
  filter: { agency?: FinancingAgency } = {},
): Promise<Result<ReferralSummaryView[]>> => {
  if (!can(actor, 'financing.referrals.read')) return refused('financing.referrals.read');
  const referrals = await listReferrals(db, { consortiumIds: 'all', ...filter });
  return ok(referrals.map(toReferralSummary));
};

/** One referral with its stage history and term sheets, for those who read referrals (others: not found). */
export const getReferral = async (
  db: Kysely<Database>,
  actor: Actor,
  referralId: string,
): Promise<Result<ReferralView>> => {
  if (!can(actor, 'financing.referrals.read')) return notFound('Referral');
  const referral = await findReferral(db, referralId);
  if (!referral) return notFound('Referral');
  const [stages, termSheets] = await Promise.all([
    listReferralStages(db, [referral.id]),
    listTermSheets(db, referral.id),
  ]);
  return ok(toReferralView(actor, referral, stages, termSheets));
};

/** A stored term sheet's schedule as CSV, with a file name naming the referral and the sheet. */
export const termSheetCsv = async (
  db: Kysely<Database>,
  actor: Actor,
  termSheetId: string,
): Promise<Result<{ filename: string; csv: string }>> => {
  if (!can(actor, 'financing.referrals.read')) return notFound('Term sheet');
  const sheet = await findTermSheet(db, termSheetId);
  if (!sheet) return notFound('Term sheet');
  const day = sheet.createdAt.toISOString().slice(0, 10);
  return ok({
    filename: `term-sheet-${sheet.referralId}-${day}.csv`,
    csv: termSheetScheduleCsv(sheet.sheet as TermSheet),
  });
};

/** A financing request line of a proposal, with the referrals made from it. */
export type FinancingRequestLine = {
  proposalId: string;
  proposalTitle: string;
  consortiumName: string;
  proposalStatus: string;
  financingLine: number;
  agency: FinancingAgency;
  requestedInstrument: string;
  /** the referral instrument the line suggests (null: "other", the officer chooses) */
  suggestedInstrument: ReferralInstrument | null;
  amountUsd: number;
  tenorYears: number | null;
  referrals: { id: string; agency: FinancingAgency; stage: ReferralStage }[];
};

/**
 * The financing requested in the current version of every proposal that may be referred (submitted, in review or
 * designated), line by line, with the referrals already made from each line: what the financing officer works from.
 */
export const listFinancingRequests = async (
  db: Kysely<Database>,
  actor: Actor,
): Promise<Result<FinancingRequestLine[]>> => {
  if (!can(actor, 'financing.referrals.read')) return refused('financing.referrals.read');
  const rows = await db
    .selectFrom('proposals as p')
    .innerJoin('consortia as k', 'k.id', 'p.consortium_id')
    .innerJoin('proposal_versions as v', (join) =>
      join.onRef('v.proposal_id', '=', 'p.id').onRef('v.number', '=', 'p.current_version'),
    )
    .select(['p.id', 'p.status', 'p.updated_at', 'k.name as consortium_name', 'v.content'])
    .where('p.status', 'in', [...REFERABLE_PROPOSAL_STATUSES])
    .orderBy('p.updated_at', 'desc')
    .orderBy('p.id')
    .execute();
  const referrals = await listReferrals(db, { consortiumIds: 'all' });
  const lines: FinancingRequestLine[] = [];
  for (const row of rows) {
    const content = row.content as ProposalContent;
    content.financing.forEach((request, index) => {
      lines.push({
        proposalId: row.id,
        proposalTitle: content.title,
        consortiumName: row.consortium_name,
        proposalStatus: row.status,
        financingLine: index,
        agency: request.agency,
        requestedInstrument: request.instrument,
        suggestedInstrument: instrumentForRequest(request),
        amountUsd: request.amountUsd,
        tenorYears: request.tenorYears ?? null,
        referrals: referrals
          .filter((r) => r.proposalId === row.id && r.financingLine === index)
          .map((r) => ({ id: r.id, agency: r.agency as FinancingAgency, stage: r.stage as ReferralStage })),
      });
    });
  }
  return ok(lines);
};
