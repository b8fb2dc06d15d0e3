import { can } from '../../core/accounts/permissions.ts';
import type { Actor } from '../../core/accounts/roles.ts';
import {
  type FinancingAgency,
  REFERRAL_STAGES,
  type ReferralInstrument,
  type ReferralStage,
  STAGE_MOVES,
} from '../../core/financing/referral.ts';
import type { TermSheet, TermSheetInput } from '../../core/financing/term-sheet.ts';
import type { ReferralRecord, ReferralStageRecord, TermSheetRecord } from '../../db/repos/financing-referrals.repo.ts';

/** One stage change as officers see it (with the note and who recorded it). */
export type ReferralStageView = {
  stage: ReferralStage;
  date: string;
  note: string;
  recordedByName: string | null;
  recordedAt: string;
};

/** A stored term sheet: what it was computed from, with which settings version, and the result. */
export type TermSheetView = {
  id: string;
  referralId: string;
  createdAt: string;
  input: TermSheetInput;
  premiumBp: number;
  settingsVersion: number;
  sheet: TermSheet;
};

/** A referral as the pipeline board lists it. */
export type ReferralSummaryView = {
  id: string;
  proposalId: string | null;
  inquiryId: string | null;
  consortiumId: string;
  consortiumName: string;
  proposalTitle: string | null;
  financingLine: number | null;
  agency: FinancingAgency;
  instrument: ReferralInstrument;
  amountUsd: number;
  stage: ReferralStage;
  stageDate: string;
  contactName: string;
  updatedAt: string;
};

/** A referral with everything officers see: notes, contact, stage history, term sheets, the moves allowed. */
export type ReferralView = ReferralSummaryView & {
  contactEmail: string;
  notes: string;
  createdAt: string;
  stages: ReferralStageView[];
  termSheets: TermSheetView[];
  /** the stages it may move to next (empty when final) */
  nextStages: ReferralStage[];
  /** whether the caller may change it (stage, notes, term sheets) */
  canManage: boolean;
};

/** A referral as the consortium's applicants see it: agency, instrument, amount and stages, never notes or contacts. */
export type ApplicantReferralView = {
  id: string;
  financingLine: number | null;
  agency: FinancingAgency;
  instrument: ReferralInstrument;
  amountUsd: number;
  stage: ReferralStage;
  stageDate: string;
  stages: { stage: ReferralStage; date: string }[];
};

/**
 * Stage rows in the order they happened: by time recorded, then by stage (every move goes to a later stage of
 * REFERRAL_STAGES, so this orders moves recorded in the same instant).
 */
const inOrder = (stages: ReferralStageRecord[]): ReferralStageRecord[] =>
  [...stages].sort(
    (a, b) =>
      a.recordedAt.getTime() - b.recordedAt.getTime() ||
      REFERRAL_STAGES.indexOf(a.stage as ReferralStage) - REFERRAL_STAGES.indexOf(b.stage as ReferralStage),
  );

export const toReferralSummary = (r: ReferralRecord): ReferralSummaryView => ({
  id: r.id,
  proposalId: r.proposalId,
  inquiryId: r.inquiryId,
  consortiumId: r.consortiumId,
  consortiumName: r.consortiumName,
  proposalTitle: r.proposalTitle,
  financingLine: r.financingLine,
  agency: r.agency as FinancingAgency,
  instrument: r.instrument as ReferralInstrument,
  amountUsd: r.amountCents / 100,
  stage: r.stage as ReferralStage,
  stageDate: r.stageDate,
  contactName: r.contactName,
  updatedAt: r.updatedAt.toISOString(),
});

export const toTermSheetView = (t: TermSheetRecord): TermSheetView => ({
  id: t.id,
  referralId: t.referralId,
  createdAt: t.createdAt.toISOString(),
  input: t.input as TermSheetInput,
  premiumBp: t.premiumBp,
  settingsVersion: t.settingsVersion,
  sheet: t.sheet as TermSheet,
});

export const toReferralView = (
  actor: Actor,
  r: ReferralRecord,
  stages: ReferralStageRecord[],
  termSheets: TermSheetRecord[],
): ReferralView => ({
  ...toReferralSummary(r),
  contactEmail: r.contactEmail,
  notes: r.notes,
  createdAt: r.createdAt.toISOString(),
  stages: inOrder(stages).map((s) => ({
    stage: s.stage as ReferralStage,
    date: s.stageDate,
    note: s.note,
    recordedByName: s.recordedByName,
    recordedAt: s.recordedAt.toISOString(),
  })),
  termSheets: termSheets.map(toTermSheetView),
  nextStages: [...STAGE_MOVES[r.stage as ReferralStage]],
  canManage: can(actor, 'financing.referrals.manage'),
});

export const toApplicantReferralView = (r: ReferralRecord, stages: ReferralStageRecord[]): ApplicantReferralView => ({
  id: r.id,
  financingLine: r.financingLine,
  agency: r.agency as FinancingAgency,
  instrument: r.instrument as ReferralInstrument,
  amountUsd: r.amountCents / 100,
  stage: r.stage as ReferralStage,
  stageDate: r.stageDate,
  stages: inOrder(stages.filter((s) => s.referralId === r.id)).map((s) => ({
    stage: s.stage as ReferralStage,
    date: s.stageDate,
  })),
});
