import { can } from '../../core/accounts/permissions.ts';
import type { Actor } from '../../core/accounts/roles.ts';
import { accountLink, invitationMail, TOKEN_TTL_HOURS } from '../../core/accounts/user-admin.ts';
import { appError } from '../../core/kernel/errors.ts';
import { err, ok, type Result } from '../../core/kernel/result.ts';
import { insertAccountToken } from '../../db/repos/account-tokens.repo.ts';
import { insertOutboxMail } from '../../db/repos/mail-outbox.repo.ts';
import { findUserById, insertUser } from '../../db/repos/users.repo.ts';
import { toUserView, type UserView } from '../accounts/user-view.ts';
import { recordAudit } from '../record-audit.ts';
import { inTransaction, type ServiceDeps } from '../service-deps.ts';
import { checkAccess, emailTaken, invalidFields, looksLikeEmail, normaliseEmail } from './user-access.ts';

/**
 * Invites a user: creates them pending (no password) and writes the invitation mail, with a one-time link to
 * set the password, to the outbox. Only the link's hash is stored; the link expires after 7 days.
 */
export const inviteUser = async (
  deps: ServiceDeps,
  actor: Actor,
  input: {
    email: string;
    name: string;
    role: string;
    agency?: string | null;
    companyIds?: readonly string[];
    publicUrl: string;
  },
): Promise<Result<{ user: UserView; mailId: string }>> => {
  if (!can(actor, 'users.manage')) return err(appError('forbidden', 'Only admins may invite users.'));
  const email = normaliseEmail(input.email);
  const name = input.name.trim();
  const problems = [
    ...(looksLikeEmail(email) ? [] : [{ path: 'email', message: 'enter an email address' }]),
    ...(name.length === 0 ? [{ path: 'name', message: 'enter the person’s name' }] : []),
  ];
  if (problems.length > 0) return err(invalidFields(problems));
  return inTransaction(deps.db, async (trx) => {
    const access = await checkAccess(trx, input);
    if (!access.ok) return err(access.error);
    const taken = await emailTaken(trx, email);
    if (taken) return err(taken);
    const id = deps.newId();
    await insertUser(trx, { id, email, name, passwordHash: null, status: 'pending', ...access.value });
    const now = deps.clock();
    const token = deps.randomToken();
    const expiresAt = new Date(now.getTime() + TOKEN_TTL_HOURS.invitation * 3_600_000);
    await insertAccountToken(trx, { tokenHash: deps.sha256(token), kind: 'invitation', userId: id, expiresAt });
    const mailId = deps.newId();
    const mail = invitationMail({
      to: email,
      name,
      role: access.value.role,
      invitedBy: actor.name,
      link: accountLink(input.publicUrl, '/accept-invite', token),
      expiresAt,
    });
    await insertOutboxMail(trx, { ...mail, id: mailId, createdAt: now });
    await recordAudit(trx, deps, {
      actor,
      action: 'user.invite',
      objectType: 'user',
      objectId: id,
      summary: { email, name, before: null, after: { ...access.value, status: 'pending' }, mailId },
    });
    const user = await findUserById(trx, id);
    if (!user) throw new Error('invited user vanished');
    return ok({ user: toUserView(user), mailId });
  });
};
