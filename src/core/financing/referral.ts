import type { z } from 'zod';
import { appError } from '../kernel/errors.ts';
import { err, ok, type Result } from '../kernel/result.ts';
import type { FinancingRequestSchema } from '../package/proposal.schema.ts';

type FinancingRequest = z.infer<typeof FinancingRequestSchema>;

/**
 * Financing referrals: a financing officer of the Economic Diplomacy Action Group (EO 14320 §4) refers a
 * designated or submitted package's financing request to one agency, which answers in stages. Closed sets and the
 * stage machine live here; the services store and audit them.
 */

/** The agencies a referral goes to (EO 14320 §4; PRODUCT.md "EDAG financing"). */
export const FINANCING_AGENCIES = ['EXIM', 'DFC', 'USTDA', 'SBA'] as const;
export type FinancingAgency = (typeof FINANCING_AGENCIES)[number];

/** What the agency is asked to provide. */
export const REFERRAL_INSTRUMENTS = [
  'direct-loan',
  'loan-guarantee',
  'co-financing',
  'political-risk-insurance',
  'credit-insurance',
  'equity',
  'technical-assistance',
  'grant',
  'feasibility-study',
] as const;
export type ReferralInstrument = (typeof REFERRAL_INSTRUMENTS)[number];

export const INSTRUMENT_LABELS: Record<ReferralInstrument, string> = {
  'direct-loan': 'Direct loan',
  'loan-guarantee': 'Loan guarantee',
  'co-financing': 'Co-financing',
  'political-risk-insurance': 'Political-risk insurance',
  'credit-insurance': 'Credit insurance',
  equity: 'Equity',
  'technical-assistance': 'Technical assistance',
  grant: 'Grant',
  'feasibility-study': 'Feasibility study',
};

/**
 * The instruments each agency offers (PRODUCT.md "EDAG financing", from the agencies' program pages): EXIM direct
 * loans, guarantees and export-credit insurance (commercial and political risk); DFC debt, guarantees, equity,
 * political-risk insurance and technical assistance; USTDA feasibility studies, technical assistance and grants;
 * SBA export loan guarantees, direct loans and grants (STEP) for U.S. small businesses.
 */
export const AGENCY_INSTRUMENTS: Record<FinancingAgency, readonly ReferralInstrument[]> = {
  EXIM: ['direct-loan', 'loan-guarantee', 'co-financing', 'credit-insurance', 'political-risk-insurance'],
  DFC: ['direct-loan', 'loan-guarantee', 'co-financing', 'political-risk-insurance', 'equity', 'technical-assistance'],
  USTDA: ['feasibility-study', 'technical-assistance', 'grant'],
  SBA: ['loan-guarantee', 'direct-loan', 'grant', 'technical-assistance'],
};

/** The stages of a referral: forward one at a time to a final commitment, or out (declined, withdrawn) at any open stage. */
export const REFERRAL_STAGES = [
  'referred',
  'letter_of_interest',
  'preliminary_commitment',
  'final_commitment',
  'declined',
  'withdrawn',
] as const;
export type ReferralStage = (typeof REFERRAL_STAGES)[number];

export const STAGE_LABELS: Record<ReferralStage, string> = {
  referred: 'Referred',
  letter_of_interest: 'Letter of interest',
  preliminary_commitment: 'Preliminary commitment',
  final_commitment: 'Final commitment',
  declined: 'Declined',
  withdrawn: 'Withdrawn',
};

/** The moves each stage allows; final commitment, declined and withdrawn are final. */
export const STAGE_MOVES: Record<ReferralStage, readonly ReferralStage[]> = {
  referred: ['letter_of_interest', 'declined', 'withdrawn'],
  letter_of_interest: ['preliminary_commitment', 'declined', 'withdrawn'],
  preliminary_commitment: ['final_commitment', 'declined', 'withdrawn'],
  final_commitment: [],
  declined: [],
  withdrawn: [],
};

/** Whether a referral in this stage is still open (may move). */
export const isOpenStage = (stage: ReferralStage): boolean => STAGE_MOVES[stage].length > 0;

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const isDay = (value: string): boolean =>
  DAY.test(value) && new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value;

/**
 * Checks a stage change: the move must be allowed from the current stage, and its date (the day the agency acted,
 * `YYYY-MM-DD`) may be neither before the current stage's date nor after today.
 */
export const checkStageMove = (move: {
  from: ReferralStage;
  fromDate: string;
  to: ReferralStage;
  date: string;
  today: string;
}): Result<{ stage: ReferralStage; date: string }> => {
  if (!isDay(move.date)) {
    return err(appError('invalid_input', 'Not a date', [{ path: 'date', message: 'must be a date as YYYY-MM-DD' }]));
  }
  if (!STAGE_MOVES[move.from].includes(move.to)) {
    const allowed = STAGE_MOVES[move.from].map((s) => STAGE_LABELS[s]).join(', ');
    return err(
      appError(
        'invalid_transition',
        `A referral at “${STAGE_LABELS[move.from]}” cannot move to “${STAGE_LABELS[move.to]}”; ${
          allowed ? `allowed: ${allowed}` : 'it is final'
        }.`,
        { from: move.from, to: move.to, allowed: STAGE_MOVES[move.from] },
      ),
    );
  }
  if (move.date < move.fromDate) {
    return err(
      appError('invalid_input', 'The date is before the current stage', [
        { path: 'date', message: `must be on or after ${move.fromDate}, the date of the current stage` },
      ]),
    );
  }
  if (move.date > move.today) {
    return err(
      appError('invalid_input', 'The date is in the future', [
        { path: 'date', message: `must be today (${move.today}) or earlier` },
      ]),
    );
  }
  return ok({ stage: move.to, date: move.date });
};

/** The referral instrument a proposal's financing request line suggests (null: the officer must choose). */
export const instrumentForRequest = (request: FinancingRequest): ReferralInstrument | null => {
  switch (request.instrument) {
    case 'insurance':
      return request.agency === 'DFC' ? 'political-risk-insurance' : 'credit-insurance';
    case 'other':
      return null;
    default:
      return request.instrument;
  }
};

/** Checks that the agency offers the instrument. */
export const checkAgencyInstrument = (
  agency: FinancingAgency,
  instrument: ReferralInstrument,
): Result<ReferralInstrument> =>
  AGENCY_INSTRUMENTS[agency].includes(instrument)
    ? ok(instrument)
    : err(
        appError('invalid_input', `${agency} does not offer this instrument`, [
          {
            path: 'instrument',
            message: `${agency} offers ${AGENCY_INSTRUMENTS[agency].map((i) => INSTRUMENT_LABELS[i].toLowerCase()).join(', ')}`,
          },
        ]),
      );

/** The proposal statuses whose financing requests may be referred: submitted, in review, or designated. */
export const REFERABLE_PROPOSAL_STATUSES = ['submitted', 'under_review', 'designated'] as const;

/** A referral amount in U.S. dollars as whole cents: more than 0, at most USD 1 trillion, at most two decimals. */
export const referralAmountCents = (amountUsd: number, path = 'amountUsd'): Result<number> => {
  const cents = Math.round(amountUsd * 100);
  const problem = !Number.isFinite(amountUsd)
    ? 'must be a number'
    : amountUsd <= 0
      ? 'must be more than 0'
      : amountUsd > 1e12
        ? 'must be USD 1,000,000,000,000 or less'
        : Math.abs(cents - amountUsd * 100) > 1e-6 * Math.max(1, amountUsd * 100)
          ? 'must have at most two decimals (cents)'
          : null;
  return problem === null
    ? ok(cents)
    : err(appError('invalid_input', 'The amount is not valid', [{ path, message: problem }]));
};
