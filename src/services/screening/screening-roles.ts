import type { Actor } from '../../core/accounts/roles.ts';
import { forbidden } from '../access.ts';

/** Who imports lists and reads hits and alerts: compliance officers and admins. */
export const canManageScreening = (actor: Actor): boolean =>
  actor.role === 'compliance_officer' || actor.role === 'admin';

export const screeningForbidden = () => forbidden('Only compliance officers and admins may do this.');
