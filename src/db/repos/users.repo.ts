import type { Kysely } from 'kysely';
import type { Agency, Role } from '../../core/accounts/roles.ts';
import type { Database } from '../schema.ts';

export type UserRecord = {
  id: string;
  email: string;
  name: string;
  role: Role;
  agency: Agency | null;
  passwordHash: string;
  companyIds: string[];
};

export const findUserByEmail = async (db: Kysely<Database>, email: string): Promise<UserRecord | null> => {
  const row = await db.selectFrom('users').selectAll().where('email', '=', email.toLowerCase()).executeTakeFirst();
  return row ? withCompanies(db, row) : null;
};

export const findUserById = async (db: Kysely<Database>, id: string): Promise<UserRecord | null> => {
  const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? withCompanies(db, row) : null;
};

const withCompanies = async (
  db: Kysely<Database>,
  row: { id: string; email: string; name: string; role: string; agency: string | null; password_hash: string },
): Promise<UserRecord> => {
  const links = await db.selectFrom('user_companies').select('company_id').where('user_id', '=', row.id).execute();
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role as Role,
    agency: row.agency as Agency | null,
    passwordHash: row.password_hash,
    companyIds: links.map((l) => l.company_id).sort(),
  };
};

export const insertUser = async (db: Kysely<Database>, user: UserRecord): Promise<void> => {
  await db
    .insertInto('users')
    .values({
      id: user.id,
      email: user.email.toLowerCase(),
      name: user.name,
      role: user.role,
      agency: user.agency,
      password_hash: user.passwordHash,
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
