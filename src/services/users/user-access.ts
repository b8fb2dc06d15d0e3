import type { Kysely } from 'kysely';
import type { Agency, Role } from '../../core/accounts/roles.ts';
import { accessProblems, type UserAccess } from '../../core/accounts/user-admin.ts';
import { type AppError, appError, type FieldError } from '../../core/kernel/errors.ts';
import { existingCompanyIds, findUserByEmail, type UserRecord } from '../../db/repos/users.repo.ts';
import type { Database } from '../../db/schema.ts';

/** A user's access, as the audit trail records it before and after a change. */
export const accessOf = (user: UserRecord): UserAccess => ({
  role: user.role,
  agency: user.agency,
  companyIds: [...user.companyIds].sort(),
  status: user.status,
});

/** The requested access of a user, checked: role, agency and companies fit together and the companies exist. */
export const checkAccess = async (
  db: Kysely<Database>,
  input: { role: string; agency?: string | null; companyIds?: readonly string[] },
): Promise<
  { ok: true; value: { role: Role; agency: Agency | null; companyIds: string[] } } | { ok: false; error: AppError }
> => {
  const agency = input.agency ?? null;
  const companyIds = [...new Set(input.companyIds ?? [])].sort();
  const problems: FieldError[] = accessProblems({ role: input.role, agency, companyIds });
  if (problems.length === 0 && companyIds.length > 0) {
    const known = await existingCompanyIds(db, companyIds);
    const unknown = companyIds.filter((id) => !known.has(id));
    if (unknown.length > 0) problems.push({ path: 'companyIds', message: `no company with id ${unknown.join(', ')}` });
  }
  if (problems.length > 0) return { ok: false, error: invalidFields(problems) };
  return { ok: true, value: { role: input.role as Role, agency: agency as Agency | null, companyIds } };
};

/** One invalid_input error whose message names every field. */
export const invalidFields = (problems: FieldError[]): AppError =>
  appError('invalid_input', `Invalid input: ${problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`, problems);

/** email_taken when a user already has this email (emails are compared lowercase). */
export const emailTaken = async (db: Kysely<Database>, email: string): Promise<AppError | null> =>
  (await findUserByEmail(db, email))
    ? appError('email_taken', `A user with the email ${email.toLowerCase()} already exists.`, [
        { path: 'email', message: 'a user with this email already exists' },
      ])
    : null;

/** A normalised email: trimmed and lowercase. */
export const normaliseEmail = (email: string): string => email.trim().toLowerCase();

/** Whether a text is an email address as the platform accepts it (the same check as the wire schemas). */
export const looksLikeEmail = (email: string): boolean =>
  /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) && email.length <= 320;
