import type { Kysely } from 'kysely';
import type { Agency } from '../../core/accounts/roles.ts';
import type { Call, CallRegion } from '../../core/calls/call.ts';
import type { LayerKey } from '../../core/package/proposal.schema.ts';
import type { Database } from '../schema.ts';

export type CallRecord = Call & { createdAt: Date; updatedAt: Date; proposalCount: number };

const iso = (value: Date | string): string => new Date(value).toISOString();
const array = <T>(value: unknown): T[] => (typeof value === 'string' ? JSON.parse(value) : (value as T[]));

const baseQuery = (db: Kysely<Database>) =>
  db
    .selectFrom('calls as c')
    .selectAll('c')
    .select((eb) =>
      eb
        .selectFrom('proposals as p')
        .whereRef('p.call_id', '=', 'c.id')
        .select(eb.fn.countAll<string>().as('n'))
        .as('proposal_count'),
    );

type Row = Awaited<ReturnType<ReturnType<typeof baseQuery>['executeTakeFirstOrThrow']>>;

const toRecord = (row: Row): CallRecord => ({
  id: row.id,
  title: row.title,
  reference: row.reference,
  opensAt: iso(row.opens_at),
  closesAt: iso(row.closes_at),
  regions: array<CallRegion>(row.regions),
  layers: array<LayerKey>(row.layers),
  rubricVersion: row.rubric_version,
  reviewersPerProposal: row.reviewers_per_proposal,
  requiredAgencies: array<Agency>(row.required_agencies),
  noticeUrl: row.notice_url,
  createdAt: new Date(row.created_at),
  updatedAt: new Date(row.updated_at),
  proposalCount: Number(row.proposal_count ?? 0),
});

export const insertCall = async (
  db: Kysely<Database>,
  call: Call & { createdBy: string; now: Date },
): Promise<void> => {
  await db
    .insertInto('calls')
    .values({
      id: call.id,
      reference: call.reference,
      title: call.title,
      opens_at: call.opensAt,
      closes_at: call.closesAt,
      regions: JSON.stringify(call.regions),
      layers: JSON.stringify(call.layers),
      rubric_version: call.rubricVersion,
      reviewers_per_proposal: call.reviewersPerProposal,
      required_agencies: JSON.stringify(call.requiredAgencies),
      notice_url: call.noticeUrl,
      created_by: call.createdBy,
      created_at: call.now,
      updated_at: call.now,
    })
    .execute();
};

export const findCall = async (
  db: Kysely<Database>,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<CallRecord | undefined> => {
  let query = baseQuery(db).where('c.id', '=', id);
  if (options.forUpdate) query = query.forUpdate('c');
  const row = await query.executeTakeFirst();
  return row ? toRecord(row) : undefined;
};

export const findCallByReference = async (db: Kysely<Database>, reference: string): Promise<CallRecord | undefined> => {
  const row = await baseQuery(db).where('c.reference', '=', reference).executeTakeFirst();
  return row ? toRecord(row) : undefined;
};

/** Every call, the latest closing first. */
export const listCalls = async (db: Kysely<Database>): Promise<CallRecord[]> =>
  (await baseQuery(db).orderBy('c.closes_at', 'desc').orderBy('c.id').execute()).map(toRecord);

export const updateCallClosesAt = async (
  db: Kysely<Database>,
  id: string,
  update: { closesAt: string; now: Date },
): Promise<void> => {
  await db
    .updateTable('calls')
    .set({ closes_at: update.closesAt, updated_at: update.now })
    .where('id', '=', id)
    .execute();
};
