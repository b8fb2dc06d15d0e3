import { passwordProblems } from '../../core/accounts/user-admin.ts';
import { appError } from '../../core/kernel/errors.ts';
import { err, ok, type Result } from '../../core/kernel/result.ts';
import { insertUser } from '../../db/repos/users.repo.ts';
import { recordAudit } from '../record-audit.ts';
import { inTransaction, type ServiceDeps } from '../service-deps.ts';
import { checkAccess, emailTaken, invalidFields, looksLikeEmail, normaliseEmail } from './user-access.ts';

/**
 * Creates an active user with a password: `aiexports users add`, which is how the first admin of a database is
 * made (no signed-in actor: the audit entry names "cli"). The password is stored only as its argon2 hash.
 */
export const createUser = async (
  deps: ServiceDeps,
  input: {
    email: string;
    name?: string;
    role: string;
    agency?: string | null;
    companyIds?: readonly string[];
    password: string;
    actorName: string;
  },
): Promise<Result<{ id: string; email: string }>> => {
  const email = normaliseEmail(input.email);
  if (!looksLikeEmail(email)) return err(invalidFields([{ path: 'email', message: 'enter an email address' }]));
  const problems = passwordProblems(input.password);
  if (problems.length > 0) return err(invalidFields(problems));
  const passwordHash = await deps.passwords.hash(input.password);
  return inTransaction(deps.db, async (trx) => {
    const access = await checkAccess(trx, input);
    if (!access.ok) return err(access.error);
    const taken = await emailTaken(trx, email);
    if (taken) return err(taken);
    const id = deps.newId();
    const name = input.name?.trim() || (email.split('@')[0] ?? email);
    if (name.length > 200) return err(appError('invalid_input', 'The name is longer than 200 characters.'));
    await insertUser(trx, { id, email, name, passwordHash, status: 'active', ...access.value });
    await recordAudit(trx, deps, {
      actor: null,
      actorName: input.actorName,
      action: 'user.create',
      objectType: 'user',
      objectId: id,
      summary: { email, name, before: null, after: { ...access.value, status: 'active' } },
    });
    return ok({ id, email });
  });
};
