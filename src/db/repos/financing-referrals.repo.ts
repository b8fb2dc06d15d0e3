import { type Kysely, sql } from 'kysely';
import type { Database } from '../schema.ts';

export type ReferralRecord = {
  id: string;
  proposalId: string | null;
  inquiryId: string | null;
  consortiumId: string;
  consortiumName: string;
  /** the title of the proposal's current version (null for a referral from an inquiry) */
  proposalTitle: string | null;
  financingLine: number | null;
  agency: string;
  instrument: string;
  amountCents: number;
  stage: string;
  stageDate: string;
  contactName: string;
  contactEmail: string;
  notes: string;
  createdBy: string | null;
  createdAt: Date;
  updatedAt: Date;
};

export type ReferralStageRecord = {
  id: string;
  referralId: string;
  stage: string;
  stageDate: string;
  note: string;
  recordedBy: string | null;
  recordedByName: string | null;
  recordedAt: Date;
};

export type TermSheetRecord = {
  id: string;
  referralId: string;
  input: unknown;
  premiumBp: number;
  settingsVersion: number;
  settings: unknown;
  sheet: unknown;
  createdBy: string | null;
  createdAt: Date;
};

const baseQuery = (db: Kysely<Database>) =>
  db
    .selectFrom('financing_referrals as r')
    .innerJoin('consortia as k', 'k.id', 'r.consortium_id')
    .leftJoin('proposals as p', 'p.id', 'r.proposal_id')
    .selectAll('r')
    .select([
      'k.name as consortium_name',
      sql<
        string | null
      >`(SELECT v.content->>'title' FROM proposal_versions v WHERE v.proposal_id = p.id AND v.number = p.current_version)`.as(
        'proposal_title',
      ),
    ]);

type Row = Awaited<ReturnType<ReturnType<typeof baseQuery>['executeTakeFirstOrThrow']>>;

const toRecord = (row: Row): ReferralRecord => ({
  id: row.id,
  proposalId: row.proposal_id,
  inquiryId: row.inquiry_id,
  consortiumId: row.consortium_id,
  consortiumName: row.consortium_name,
  proposalTitle: row.proposal_title,
  financingLine: row.financing_line,
  agency: row.agency,
  instrument: row.instrument,
  amountCents: Number(row.amount_cents),
  stage: row.stage,
  stageDate: row.stage_date,
  contactName: row.contact_name,
  contactEmail: row.contact_email,
  notes: row.notes,
  createdBy: row.created_by,
  createdAt: new Date(row.created_at),
  updatedAt: new Date(row.updated_at),
});

export const insertReferral = async (
  db: Kysely<Database>,
  referral: Omit<ReferralRecord, 'consortiumName' | 'proposalTitle' | 'updatedAt'>,
): Promise<void> => {
  await db
    .insertInto('financing_referrals')
    .values({
      id: referral.id,
      proposal_id: referral.proposalId,
      inquiry_id: referral.inquiryId,
      consortium_id: referral.consortiumId,
      financing_line: referral.financingLine,
      agency: referral.agency,
      instrument: referral.instrument,
      amount_cents: referral.amountCents,
      stage: referral.stage,
      stage_date: referral.stageDate,
      contact_name: referral.contactName,
      contact_email: referral.contactEmail,
      notes: referral.notes,
      created_by: referral.createdBy,
      created_at: referral.createdAt,
      updated_at: referral.createdAt,
    })
    .execute();
};

/** Loads a referral; with forUpdate its row stays locked until the transaction ends. */
export const findReferral = async (
  db: Kysely<Database>,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<ReferralRecord | null> => {
  if (options.forUpdate) {
    await db.selectFrom('financing_referrals').select('id').where('id', '=', id).forUpdate().executeTakeFirst();
  }
  const row = await baseQuery(db).where('r.id', '=', id).executeTakeFirst();
  return row ? toRecord(row) : null;
};

/** Referrals, newest change first: all, or those of some consortia, optionally of one proposal or agency. */
export const listReferrals = async (
  db: Kysely<Database>,
  filter: { consortiumIds: readonly string[] | 'all'; proposalId?: string; agency?: string },
): Promise<ReferralRecord[]> => {
  if (filter.consortiumIds !== 'all' && filter.consortiumIds.length === 0) return [];
  let query = baseQuery(db);
  if (filter.consortiumIds !== 'all') query = query.where('r.consortium_id', 'in', [...filter.consortiumIds]);
  if (filter.proposalId !== undefined) query = query.where('r.proposal_id', '=', filter.proposalId);
  if (filter.agency !== undefined) query = query.where('r.agency', '=', filter.agency);
  const rows = await query.orderBy('r.updated_at', 'desc').orderBy('r.id').execute();
  return rows.map(toRecord);
};

/** Referrals of one proposal line to one agency in one of the given stages (to refuse a duplicate open referral). */
export const countReferralsOfLine = async (
  db: Kysely<Database>,
  line: { proposalId: string; financingLine: number; agency: string; stages: readonly string[] },
): Promise<number> => {
  const row = await db
    .selectFrom('financing_referrals')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('proposal_id', '=', line.proposalId)
    .where('financing_line', '=', line.financingLine)
    .where('agency', '=', line.agency)
    .where('stage', 'in', [...line.stages])
    .executeTakeFirstOrThrow();
  return Number(row.n);
};

export const updateReferralStage = async (
  db: Kysely<Database>,
  id: string,
  change: { stage: string; stageDate: string; now: Date },
): Promise<void> => {
  await db
    .updateTable('financing_referrals')
    .set({ stage: change.stage, stage_date: change.stageDate, updated_at: change.now })
    .where('id', '=', id)
    .execute();
};

export const updateReferralDetails = async (
  db: Kysely<Database>,
  id: string,
  change: { contactName: string; contactEmail: string; notes: string; now: Date },
): Promise<void> => {
  await db
    .updateTable('financing_referrals')
    .set({
      contact_name: change.contactName,
      contact_email: change.contactEmail,
      notes: change.notes,
      updated_at: change.now,
    })
    .where('id', '=', id)
    .execute();
};

export const insertReferralStage = async (
  db: Kysely<Database>,
  stage: Omit<ReferralStageRecord, 'recordedByName'>,
): Promise<void> => {
  await db
    .insertInto('financing_referral_stages')
    .values({
      id: stage.id,
      referral_id: stage.referralId,
      stage: stage.stage,
      stage_date: stage.stageDate,
      note: stage.note,
      recorded_by: stage.recordedBy,
      recorded_at: stage.recordedAt,
    })
    .execute();
};

/** The stage changes of some referrals, oldest first. */
export const listReferralStages = async (
  db: Kysely<Database>,
  referralIds: readonly string[],
): Promise<ReferralStageRecord[]> => {
  if (referralIds.length === 0) return [];
  const rows = await db
    .selectFrom('financing_referral_stages as s')
    .leftJoin('users as u', 'u.id', 's.recorded_by')
    .selectAll('s')
    .select('u.name as recorded_by_name')
    .where('s.referral_id', 'in', [...referralIds])
    .orderBy('s.recorded_at')
    .orderBy('s.id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    referralId: r.referral_id,
    stage: r.stage,
    stageDate: r.stage_date,
    note: r.note,
    recordedBy: r.recorded_by,
    recordedByName: r.recorded_by_name,
    recordedAt: new Date(r.recorded_at),
  }));
};

export const insertTermSheet = async (db: Kysely<Database>, sheet: TermSheetRecord): Promise<void> => {
  await db
    .insertInto('financing_term_sheets')
    .values({
      id: sheet.id,
      referral_id: sheet.referralId,
      input: JSON.stringify(sheet.input),
      premium_bp: sheet.premiumBp,
      settings_version: sheet.settingsVersion,
      settings: JSON.stringify(sheet.settings),
      sheet: JSON.stringify(sheet.sheet),
      created_by: sheet.createdBy,
      created_at: sheet.createdAt,
    })
    .execute();
};

const toTermSheet = (r: {
  id: string;
  referral_id: string;
  input: unknown;
  premium_bp: number;
  settings_version: number;
  settings: unknown;
  sheet: unknown;
  created_by: string | null;
  created_at: Date;
}): TermSheetRecord => ({
  id: r.id,
  referralId: r.referral_id,
  input: r.input,
  premiumBp: Number(r.premium_bp),
  settingsVersion: r.settings_version,
  settings: r.settings,
  sheet: r.sheet,
  createdBy: r.created_by,
  createdAt: new Date(r.created_at),
});

/** The term sheets of a referral, newest first. */
export const listTermSheets = async (db: Kysely<Database>, referralId: string): Promise<TermSheetRecord[]> => {
  const rows = await db
    .selectFrom('financing_term_sheets')
    .selectAll()
    .where('referral_id', '=', referralId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
  return rows.map(toTermSheet);
};

export const findTermSheet = async (db: Kysely<Database>, id: string): Promise<TermSheetRecord | null> => {
  const row = await db.selectFrom('financing_term_sheets').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toTermSheet(row) : null;
};
