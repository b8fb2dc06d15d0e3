import type { Kysely } from 'kysely';
import type { Agency } from '../../core/accounts/roles.ts';
import type { AffiliationRelationship } from '../../core/review/reviewer-profile.ts';
import type { Database } from '../schema.ts';

export type AffiliationRecord = {
  id: string;
  userId: string;
  companyName: string;
  country: string | null;
  relationship: AffiliationRelationship;
  startDate: string;
  endDate: string | null;
};

/** A reviewer (a user of role reviewer) with the profile, defaulted when none was saved yet. */
export type ReviewerRecord = {
  userId: string;
  name: string;
  email: string;
  agency: Agency | null;
  status: string;
  expertise: string[];
  /** null when the reviewer never saved a profile (the service applies the default) */
  capacity: number | null;
  /** null when the reviewer never saved a profile */
  updatedAt: Date | null;
  affiliations: AffiliationRecord[];
};

const toAffiliation = (r: AffiliationRow): AffiliationRecord => ({
  id: r.id,
  userId: r.user_id,
  companyName: r.company_name,
  country: r.country,
  relationship: r.relationship as AffiliationRelationship,
  startDate: r.start_date,
  endDate: r.end_date,
});
type AffiliationRow = {
  id: string;
  user_id: string;
  company_name: string;
  country: string | null;
  relationship: string;
  start_date: string;
  end_date: string | null;
};

/** The affiliations of these users (all when `userIds` is omitted), oldest declaration first. */
export const listAffiliations = async (
  db: Kysely<Database>,
  userIds?: readonly string[],
): Promise<AffiliationRecord[]> => {
  if (userIds?.length === 0) return [];
  let query = db
    .selectFrom('reviewer_affiliations')
    .select(['id', 'user_id', 'company_name', 'country', 'relationship', 'start_date', 'end_date']);
  if (userIds !== undefined) query = query.where('user_id', 'in', userIds);
  const rows = await query.orderBy('created_at').orderBy('id').execute();
  return rows.map(toAffiliation);
};

/** Reviewers (role reviewer), with their profiles and affiliations, by name; only these ids when given. */
export const listReviewers = async (
  db: Kysely<Database>,
  filter: { userIds?: readonly string[] } = {},
): Promise<ReviewerRecord[]> => {
  if (filter.userIds?.length === 0) return [];
  let query = db
    .selectFrom('users as u')
    .leftJoin('reviewer_profiles as p', 'p.user_id', 'u.id')
    .select(['u.id', 'u.name', 'u.email', 'u.agency', 'u.status', 'p.expertise', 'p.capacity', 'p.updated_at'])
    .where('u.role', '=', 'reviewer');
  if (filter.userIds !== undefined) query = query.where('u.id', 'in', filter.userIds);
  const rows = await query.orderBy('u.name').orderBy('u.id').execute();
  const affiliations = await listAffiliations(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({
    userId: r.id,
    name: r.name,
    email: r.email,
    agency: r.agency as Agency | null,
    status: r.status,
    expertise: (r.expertise as string[] | null) ?? [],
    capacity: r.capacity,
    updatedAt: r.updated_at === null ? null : new Date(r.updated_at),
    affiliations: affiliations.filter((a) => a.userId === r.id),
  }));
};

/** Saves a reviewer's profile: expertise and capacity upserted, affiliations replaced by the given list. */
export const saveReviewerProfile = async (
  db: Kysely<Database>,
  profile: {
    userId: string;
    expertise: readonly string[];
    capacity: number;
    affiliations: readonly Omit<AffiliationRecord, 'userId'>[];
    now: Date;
  },
): Promise<void> => {
  await db
    .insertInto('reviewer_profiles')
    .values({
      user_id: profile.userId,
      expertise: JSON.stringify(profile.expertise),
      capacity: profile.capacity,
      updated_at: profile.now,
    })
    .onConflict((oc) =>
      oc.column('user_id').doUpdateSet({
        expertise: JSON.stringify(profile.expertise),
        capacity: profile.capacity,
        updated_at: profile.now,
      }),
    )
    .execute();
  await db.deleteFrom('reviewer_affiliations').where('user_id', '=', profile.userId).execute();
  if (profile.affiliations.length === 0) return;
  await db
    .insertInto('reviewer_affiliations')
    .values(
      profile.affiliations.map((a, i) => ({
        id: a.id,
        user_id: profile.userId,
        company_name: a.companyName,
        country: a.country,
        relationship: a.relationship,
        start_date: a.startDate,
        end_date: a.endDate,
        // keeps the declared order
        created_at: new Date(profile.now.getTime() + i),
      })),
    )
    .execute();
};
