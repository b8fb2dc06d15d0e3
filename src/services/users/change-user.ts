import { can } from '../../core/accounts/permissions.ts';
import type { Actor } from '../../core/accounts/roles.ts';
import { accessChanges } from '../../core/accounts/user-admin.ts';
import { appError } from '../../core/kernel/errors.ts';
import { err, ok, type Result } from '../../core/kernel/result.ts';
import { retireAccountTokens } from '../../db/repos/account-tokens.repo.ts';
import { deleteSessionsOfUser } from '../../db/repos/sessions.repo.ts';
import { findUserById, setTotpState, setUserStatus, updateUserAccess } from '../../db/repos/users.repo.ts';
import { toUserView, type UserView } from '../accounts/user-view.ts';
import { recordAudit } from '../record-audit.ts';
import { inTransaction, type ServiceDeps } from '../service-deps.ts';
import { accessOf, checkAccess, invalidFields } from './user-access.ts';

const FORBIDDEN = appError('forbidden', 'Only admins may change users.');
const notFound = (id: string) => appError('not_found', `No user ${id}.`);

/**
 * Changes a user's name, role, agency or companies (omitted fields stay). An admin cannot change their own role
 * (another admin must), so the platform never loses its last admin by mistake. Audited with before and after.
 */
export const changeUser = async (
  deps: ServiceDeps,
  actor: Actor,
  input: { userId: string; name?: string; role?: string; agency?: string | null; companyIds?: readonly string[] },
): Promise<Result<UserView>> => {
  if (!can(actor, 'users.manage')) return err(FORBIDDEN);
  return inTransaction(deps.db, async (trx) => {
    const user = await findUserById(trx, input.userId);
    if (!user) return err(notFound(input.userId));
    const role = input.role ?? user.role;
    if (user.id === actor.userId && role !== user.role)
      return err(appError('conflict', 'You cannot change your own role; ask another admin.'));
    const name = input.name === undefined ? user.name : input.name.trim();
    if (name.length === 0) return err(invalidFields([{ path: 'name', message: 'enter the person’s name' }]));
    const access = await checkAccess(trx, {
      role,
      agency: input.agency === undefined ? user.agency : input.agency,
      companyIds: input.companyIds ?? user.companyIds,
    });
    if (!access.ok) return err(access.error);
    const before = accessOf(user);
    const after = { ...access.value, status: user.status };
    const changed = accessChanges(before, after);
    if (changed.length === 0 && name === user.name) return ok(toUserView(user));
    await updateUserAccess(trx, user.id, { name, ...access.value });
    await recordAudit(trx, deps, {
      actor,
      action: 'user.update',
      objectType: 'user',
      objectId: user.id,
      summary: {
        email: user.email,
        changed: name === user.name ? changed : [...changed, 'name'],
        before: { ...before, name: user.name },
        after: { ...after, name },
      },
    });
    const updated = await findUserById(trx, user.id);
    if (!updated) throw new Error('changed user vanished');
    return ok(toUserView(updated));
  });
};

/**
 * Deactivates a user (sign-in refused, every session ended, open links retired) or reactivates one (active again
 * with the old password, or pending when they never set one). An admin cannot deactivate themselves.
 */
export const setUserActive = async (
  deps: ServiceDeps,
  actor: Actor,
  input: { userId: string; active: boolean },
): Promise<Result<UserView & { sessionsEnded: number }>> => {
  if (!can(actor, 'users.manage')) return err(FORBIDDEN);
  return inTransaction(deps.db, async (trx) => {
    const user = await findUserById(trx, input.userId);
    if (!user) return err(notFound(input.userId));
    if (!input.active && user.id === actor.userId)
      return err(appError('conflict', 'You cannot deactivate your own account; ask another admin.'));
    if (input.active === (user.status !== 'deactivated'))
      return err(appError('conflict', `${user.email} is already ${input.active ? 'active' : 'deactivated'}.`));
    const status = input.active ? (user.passwordHash === null ? 'pending' : 'active') : 'deactivated';
    await setUserStatus(trx, user.id, status);
    let sessionsEnded = 0;
    if (!input.active) {
      sessionsEnded = await deleteSessionsOfUser(trx, user.id);
      await retireAccountTokens(trx, { userId: user.id, kinds: ['password_reset'], at: deps.clock() });
    }
    await recordAudit(trx, deps, {
      actor,
      action: input.active ? 'user.reactivate' : 'user.deactivate',
      objectType: 'user',
      objectId: user.id,
      summary: {
        email: user.email,
        before: accessOf(user),
        after: { ...accessOf(user), status },
        ...(input.active ? {} : { sessionsEnded }),
      },
    });
    return ok({ ...toUserView({ ...user, status }), sessionsEnded });
  });
};

/** Turns a user's two-factor sign-in off (recovery when they lost their device); audited. */
export const resetUserTotp = async (deps: ServiceDeps, actor: Actor, userId: string): Promise<Result<UserView>> => {
  if (!can(actor, 'users.manage')) return err(FORBIDDEN);
  return inTransaction(deps.db, async (trx) => {
    const user = await findUserById(trx, userId);
    if (!user) return err(notFound(userId));
    if (!user.totpEnabled) return err(appError('conflict', `${user.email} does not use two-factor sign-in.`));
    await setTotpState(trx, user.id, { secret: null, enabled: false, lastStep: null });
    await recordAudit(trx, deps, {
      actor,
      action: 'user.totp.reset',
      objectType: 'user',
      objectId: user.id,
      summary: { email: user.email, before: { totpEnabled: true }, after: { totpEnabled: false } },
    });
    return ok(toUserView({ ...user, totpEnabled: false }));
  });
};
