import type { Kysely } from 'kysely';
import type { ProposalContent } from '../../core/package/proposal.schema.ts';
import type { ProposalStatus } from '../../core/proposal/proposal-status.ts';
import type { Database } from '../schema.ts';

export type ProposalRecord = {
  id: string;
  consortiumId: string;
  consortiumName: string;
  status: ProposalStatus;
  draft: ProposalContent;
  currentVersion: number | null;
  createdAt: Date;
  updatedAt: Date;
  designatedAt: Date | null;
  /** the call it answers; null for proposals started before calls were recorded */
  callId: string | null;
};

export type ProposalVersionRecord = {
  number: number;
  submittedAt: Date;
  submittedBy: string | null;
  content: ProposalContent;
};

const baseQuery = (db: Kysely<Database>) =>
  db
    .selectFrom('proposals as p')
    .innerJoin('consortia as k', 'k.id', 'p.consortium_id')
    .select([
      'p.id',
      'p.consortium_id',
      'k.name as consortium_name',
      'p.status',
      'p.draft',
      'p.current_version',
      'p.created_at',
      'p.updated_at',
      'p.designated_at',
      'p.call_id',
    ]);

type Row = Awaited<ReturnType<ReturnType<typeof baseQuery>['executeTakeFirstOrThrow']>>;

const toRecord = (row: Row): ProposalRecord => ({
  id: row.id,
  consortiumId: row.consortium_id,
  consortiumName: row.consortium_name,
  status: row.status as ProposalStatus,
  draft: row.draft as ProposalContent,
  currentVersion: row.current_version,
  createdAt: new Date(row.created_at),
  updatedAt: new Date(row.updated_at),
  designatedAt: row.designated_at === null ? null : new Date(row.designated_at),
  callId: row.call_id,
});

export const insertProposal = async (
  db: Kysely<Database>,
  proposal: { id: string; consortiumId: string; callId: string; draft: ProposalContent; createdBy: string; now: Date },
): Promise<void> => {
  await db
    .insertInto('proposals')
    .values({
      id: proposal.id,
      consortium_id: proposal.consortiumId,
      call_id: proposal.callId,
      status: 'draft',
      draft: JSON.stringify(proposal.draft),
      current_version: null,
      created_by: proposal.createdBy,
      created_at: proposal.now,
      updated_at: proposal.now,
    })
    .execute();
};

/** Loads a proposal; with forUpdate the row stays locked until the transaction ends. */
export const findProposal = async (
  db: Kysely<Database>,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<ProposalRecord | null> => {
  let query = baseQuery(db).where('p.id', '=', id);
  if (options.forUpdate) query = query.forUpdate('p');
  const row = await query.executeTakeFirst();
  return row ? toRecord(row) : null;
};

export const listProposals = async (
  db: Kysely<Database>,
  filter: { consortiumIds?: readonly string[]; statuses?: readonly ProposalStatus[]; ids?: readonly string[] },
): Promise<ProposalRecord[]> => {
  if (filter.consortiumIds?.length === 0 || filter.statuses?.length === 0 || filter.ids?.length === 0) return [];
  let query = baseQuery(db).orderBy('p.updated_at', 'desc');
  if (filter.ids !== undefined) query = query.where('p.id', 'in', filter.ids);
  if (filter.consortiumIds !== undefined) query = query.where('p.consortium_id', 'in', filter.consortiumIds);
  if (filter.statuses !== undefined) query = query.where('p.status', 'in', filter.statuses);
  return (await query.execute()).map(toRecord);
};

export const updateDraft = async (
  db: Kysely<Database>,
  id: string,
  draft: ProposalContent,
  now: Date,
): Promise<void> => {
  await db
    .updateTable('proposals')
    .set({ draft: JSON.stringify(draft), updated_at: now })
    .where('id', '=', id)
    .execute();
};

export const updateStatus = async (
  db: Kysely<Database>,
  id: string,
  change: { status: ProposalStatus; now: Date; currentVersion?: number; designatedAt?: Date },
): Promise<void> => {
  await db
    .updateTable('proposals')
    .set({
      status: change.status,
      updated_at: change.now,
      ...(change.currentVersion === undefined ? {} : { current_version: change.currentVersion }),
      ...(change.designatedAt === undefined ? {} : { designated_at: change.designatedAt }),
    })
    .where('id', '=', id)
    .execute();
};

export const insertVersion = async (
  db: Kysely<Database>,
  proposalId: string,
  version: ProposalVersionRecord,
): Promise<void> => {
  await db
    .insertInto('proposal_versions')
    .values({
      proposal_id: proposalId,
      number: version.number,
      content: JSON.stringify(version.content),
      submitted_at: version.submittedAt,
      submitted_by: version.submittedBy,
    })
    .execute();
};

export const listVersions = async (
  db: Kysely<Database>,
  proposalId: string,
): Promise<{ number: number; submittedAt: Date }[]> => {
  const rows = await db
    .selectFrom('proposal_versions')
    .select(['number', 'submitted_at'])
    .where('proposal_id', '=', proposalId)
    .orderBy('number')
    .execute();
  return rows.map((r) => ({ number: r.number, submittedAt: new Date(r.submitted_at) }));
};

export const findVersion = async (
  db: Kysely<Database>,
  proposalId: string,
  number: number,
): Promise<ProposalVersionRecord | null> => {
  const row = await db
    .selectFrom('proposal_versions')
    .selectAll()
    .where('proposal_id', '=', proposalId)
    .where('number', '=', number)
    .executeTakeFirst();
  return row
    ? {
        number: row.number,
        submittedAt: new Date(row.submitted_at),
        submittedBy: row.submitted_by,
        content: row.content as ProposalContent,
      }
    : null;
};

/** Deletes a proposal row (only a never-submitted draft has no versions or screening rows to keep). */
export const deleteProposal = async (db: Kysely<Database>, id: string): Promise<void> => {
  await db.deleteFrom('proposals').where('id', '=', id).execute();
};
