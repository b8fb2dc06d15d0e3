import { can } from '../../core/accounts/permissions.ts';
import type { Actor, Role } from '../../core/accounts/roles.ts';
import type { UserStatus } from '../../core/accounts/user-admin.ts';
import { appError } from '../../core/kernel/errors.ts';
import { err, ok, type Result } from '../../core/kernel/result.ts';
import { searchUsers } from '../../db/repos/users.repo.ts';
import { toUserView, type UserView } from '../accounts/user-view.ts';
import type { ServiceDeps } from '../service-deps.ts';

export const USER_LIST_LIMIT = 500;

/** The users matching a search (name or email) and filters, by email; admins only. */
export const listUsers = async (
  deps: ServiceDeps,
  actor: Actor,
  filter: { search?: string; role?: Role; status?: UserStatus },
): Promise<Result<{ users: UserView[]; truncated: boolean }>> => {
  if (!can(actor, 'users.read')) return err(appError('forbidden', 'Only admins may list users.'));
  const search = filter.search?.trim();
  const rows = await searchUsers(deps.db, {
    ...filter,
    ...(search ? { search } : {}),
    limit: USER_LIST_LIMIT + 1,
  });
  return ok({ users: rows.slice(0, USER_LIST_LIMIT).map(toUserView), truncated: rows.length > USER_LIST_LIMIT });
};

/** Users for the operator's command line (`aiexports users list`), who holds the database itself. */
export const listUsersForOperator = async (
  deps: ServiceDeps,
  filter: { search?: string; role?: Role; limit: number },
): Promise<UserView[]> => (await searchUsers(deps.db, filter)).map(toUserView);
