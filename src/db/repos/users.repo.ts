import type { Kysely } from 'kysely';
import type { Agency, Role } from '../../core/accounts/roles.ts';
import type { UserStatus } from '../../core/accounts/user-admin.ts';
import type { Database } from '../schema.ts';

export type UserRecord = {
  id: string;
  email: string;
  name: string;
  role: Role;
  agency: Agency | null;
  /** null while the user is pending (invited, no password yet) */
  passwordHash: string | null;
  companyIds: string[];
  status: UserStatus;
  /** whether sign-in asks for a TOTP code (the secret itself is read only by the TOTP use cases) */
  totpEnabled: boolean;
};

/** A new user: pending or active (the default), TOTP off. */
export type NewUser = Omit<UserRecord, 'status' | 'totpEnabled'> & { status?: UserStatus };

type UserRow = {
  id: string;
  email: string;
  name: string;
  role: string;
  agency: string | null;
  password_hash: string | null;
  status: string;
  totp_enabled: boolean;
};

export const findUserByEmail = async (db: Kysely<Database>, email: string): Promise<UserRecord | null> => {
  const row = await db.selectFrom('users').selectAll().where('email', '=', email.toLowerCase()).executeTakeFirst();
  return row ? withCompanies(db, row) : null;
};

export const findUserById = async (db: Kysely<Database>, id: string): Promise<UserRecord | null> => {
  const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? withCompanies(db, row) : null;
};

const withCompanies = async (db: Kysely<Database>, row: UserRow): Promise<UserRecord> => {
  const links = await db.selectFrom('user_companies').select('company_id').where('user_id', '=', row.id).execute();
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role as Role,
    agency: row.agency as Agency | null,
    passwordHash: row.password_hash,
    companyIds: links.map((l) => l.company_id).sort(),
    status: row.status as UserStatus,
    totpEnabled: row.totp_enabled,
  };
};

export const insertUser = async (db: Kysely<Database>, user: NewUser): Promise<void> => {
  await db
    .insertInto('users')
    .values({
      id: user.id,
      email: user.email.toLowerCase(),
      name: user.name,
      role: user.role,
      agency: user.agency,
      password_hash: user.passwordHash,
      status: user.status ?? 'active',
    })
    .execute();
  for (const companyId of user.companyIds) await linkUserCompany(db, user.id, companyId);
};

export const linkUserCompany = async (db: Kysely<Database>, userId: string, companyId: string): Promise<void> => {
  await db
    .insertInto('user_companies')
    .values({ user_id: userId, company_id: companyId })
    .onConflict((oc) => oc.doNothing())
    .execute();
};

export const countUsers = async (db: Kysely<Database>): Promise<number> => {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
};

/** Whether any user acts for the company. */
export const companyHasUsers = async (db: Kysely<Database>, companyId: string): Promise<boolean> => {
  const row = await db
    .selectFrom('user_companies')
    .select('user_id')
    .where('company_id', '=', companyId)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
};

/** The roles of these users, by id (for disclosure decisions on history entries). */
export const rolesOfUsers = async (db: Kysely<Database>, ids: readonly string[]): Promise<Map<string, string>> => {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('users').select(['id', 'role']).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, r.role]));
};

/** The users who act for the company. */
export const userIdsOfCompany = async (db: Kysely<Database>, companyId: string): Promise<string[]> => {
  const rows = await db
    .selectFrom('user_companies')
    .select('user_id')
    .where('company_id', '=', companyId)
    .orderBy('user_id')
    .execute();
  return rows.map((r) => r.user_id);
};

/** Users matching a search (name or email, case-insensitive) and filters, by email; at most `limit`. */
export const searchUsers = async (
  db: Kysely<Database>,
  filter: { search?: string; role?: Role; status?: UserStatus; limit: number },
): Promise<UserRecord[]> => {
  let query = db.selectFrom('users').selectAll();
  if (filter.search) {
    const pattern = `%${filter.search.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query = query.where((eb) =>
      eb.or([eb(eb.fn('lower', ['name']), 'like', pattern), eb(eb.fn('lower', ['email']), 'like', pattern)]),
    );
  }
  if (filter.role) query = query.where('role', '=', filter.role);
  if (filter.status) query = query.where('status', '=', filter.status);
  const rows = await query.orderBy('email').limit(filter.limit).execute();
  const links = rows.length
    ? await db
        .selectFrom('user_companies')
        .select(['user_id', 'company_id'])
        .where(
          'user_id',
          'in',
          rows.map((r) => r.id),
        )
        .execute()
    : [];
  return rows.map((row) => ({
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role as Role,
    agency: row.agency as Agency | null,
    passwordHash: row.password_hash,
    companyIds: links
      .filter((l) => l.user_id === row.id)
      .map((l) => l.company_id)
      .sort(),
    status: row.status as UserStatus,
    totpEnabled: row.totp_enabled,
  }));
};

/** Changes a user's name, role, agency and companies (the companies replace the old ones). */
export const updateUserAccess = async (
  db: Kysely<Database>,
  userId: string,
  change: { name: string; role: Role; agency: Agency | null; companyIds: readonly string[] },
): Promise<void> => {
  await db
    .updateTable('users')
    .set({ name: change.name, role: change.role, agency: change.agency })
    .where('id', '=', userId)
    .execute();
  await db.deleteFrom('user_companies').where('user_id', '=', userId).execute();
  for (const companyId of change.companyIds) await linkUserCompany(db, userId, companyId);
};

export const setUserStatus = async (db: Kysely<Database>, userId: string, status: UserStatus): Promise<void> => {
  await db.updateTable('users').set({ status }).where('id', '=', userId).execute();
};

/** Sets the password (and makes a pending user active). */
export const setUserPassword = async (
  db: Kysely<Database>,
  userId: string,
  change: { passwordHash: string; status: UserStatus },
): Promise<void> => {
  await db
    .updateTable('users')
    .set({ password_hash: change.passwordHash, status: change.status })
    .where('id', '=', userId)
    .execute();
};

/** The TOTP state of a user: the secret (pending enrolment or enabled), whether it is on, the last step used. */
export type TotpState = { secret: string | null; enabled: boolean; lastStep: number | null };

export const findTotpState = async (db: Kysely<Database>, userId: string): Promise<TotpState | null> => {
  const row = await db
    .selectFrom('users')
    .select(['totp_secret', 'totp_enabled', 'totp_last_step'])
    .where('id', '=', userId)
    .executeTakeFirst();
  return row
    ? {
        secret: row.totp_secret,
        enabled: row.totp_enabled,
        lastStep: row.totp_last_step === null ? null : Number(row.totp_last_step),
      }
    : null;
};

export const setTotpState = async (db: Kysely<Database>, userId: string, state: TotpState): Promise<void> => {
  await db
    .updateTable('users')
    .set({ totp_secret: state.secret, totp_enabled: state.enabled, totp_last_step: state.lastStep })
    .where('id', '=', userId)
    .execute();
};

/** Which of these company ids exist. */
export const existingCompanyIds = async (db: Kysely<Database>, ids: readonly string[]): Promise<Set<string>> => {
  if (ids.length === 0) return new Set();
  const rows = await db.selectFrom('companies').select('id').where('id', 'in', ids).execute();
  return new Set(rows.map((r) => r.id));
};
