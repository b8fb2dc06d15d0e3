import type { MiddlewareHandler } from 'hono';
import { type Action, isPublicAction, roleMay, whoMay } from '../core/accounts/permissions.ts';
import type { Actor } from '../core/accounts/roles.ts';
import { appError } from '../core/kernel/errors.ts';
import { sendError } from './errors.ts';

/** What a guarded handler sees: the signed-in actor is never null there. */
export type SignedInEnv = { Variables: { actor: Actor; requestId: string } };

/** The OpenAPI extension naming the permission a route needs (read back by the route × role matrix). */
export const PERMISSION_EXTENSION = 'x-permission';

/**
 * The one sign-in and role guard: 401 without a session, 403 when the permissions table gives the role
 * nothing for the action. Ownership is decided later, by the service, on the loaded resource.
 */
const signedIn =
  (action: Action | readonly Action[]): MiddlewareHandler<SignedInEnv> =>
  async (c, next) => {
    const actor: Actor | null = c.get('actor') ?? null;
    if (actor === null) return sendError(c, appError('unauthenticated', 'Please log in.'));
    if (!roleMay(actor.role, action)) return sendError(c, appError('forbidden', whoMay(action)));
    await next();
  };

/**
 * Spread into `createRoute({ ...guard('proposal.read'), … })`: the route's permission (or the actions of which
 * the caller needs one), checked before the request is validated and recorded in the OpenAPI description.
 */
export const guard = (action: Action | readonly Action[]) => ({
  middleware: signedIn(action),
  [PERMISSION_EXTENSION]: action,
});

/** Spread into a public route's `createRoute`: no sign-in; the permission is recorded all the same. */
export const publicRoute = (action: Action) => {
  if (!isPublicAction(action)) throw new Error(`${action} is not public in the permissions table`);
  return { [PERMISSION_EXTENSION]: action };
};
