import type { FieldError } from '../kernel/errors.ts';
import { AGENCIES, type Agency, ROLES, type Role } from './roles.ts';

/**
 * The rules of user administration, pure: which roles carry an agency or companies, passwords, the lifetime of
 * one-time links and the mails the platform writes to its outbox (it never sends mail itself).
 */

/** pending: invited, no password yet; active: may sign in; deactivated: may not sign in, sessions revoked. */
export const USER_STATUSES = ['pending', 'active', 'deactivated'] as const;
export type UserStatus = (typeof USER_STATUSES)[number];

/** Roles that work for a government agency (they may name one, and may use two-factor sign-in). */
export const GOVERNMENT_ROLES: readonly Role[] = [
  'program_officer',
  'compliance_officer',
  'reviewer',
  'decision_maker',
  'financing_officer',
  'auditor',
  'admin',
];
export const isGovernmentRole = (role: Role): boolean => GOVERNMENT_ROLES.includes(role);

/** Roles that act for companies. */
export const COMPANY_ROLES: readonly Role[] = ['applicant'];

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 200;

/** How long one-time links stay valid. */
export const TOKEN_TTL_HOURS = { invitation: 7 * 24, password_reset: 1 } as const;
export type AccountTokenKind = keyof typeof TOKEN_TTL_HOURS;

/** What a user is in terms of access: what an admin changes and the audit trail shows before and after. */
export type UserAccess = { role: Role; agency: Agency | null; companyIds: string[]; status: UserStatus };

/** The field errors of a password, or none. */
export const passwordProblems = (password: string, path = 'password'): FieldError[] => {
  if (password.length < PASSWORD_MIN_LENGTH)
    return [{ path, message: `use at least ${PASSWORD_MIN_LENGTH} characters` }];
  if (password.length > PASSWORD_MAX_LENGTH)
    return [{ path, message: `use at most ${PASSWORD_MAX_LENGTH} characters` }];
  if (password.trim().length === 0) return [{ path, message: 'a password cannot be only spaces' }];
  return [];
};

/** The field errors of a role with its agency and companies (agency only for government roles, companies only for applicants). */
export const accessProblems = (input: { role: string; agency: string | null; companyIds: readonly string[] }) => {
  const problems: FieldError[] = [];
  if (!(ROLES as readonly string[]).includes(input.role)) {
    problems.push({ path: 'role', message: `choose one of: ${ROLES.join(', ')}` });
    return problems;
  }
  const role = input.role as Role;
  if (input.agency !== null) {
    if (!isGovernmentRole(role)) problems.push({ path: 'agency', message: 'only government roles have an agency' });
    else if (!(AGENCIES as readonly string[]).includes(input.agency))
      problems.push({ path: 'agency', message: `choose one of: ${AGENCIES.join(', ')}` });
  }
  if (input.companyIds.length > 0 && !COMPANY_ROLES.includes(role))
    problems.push({ path: 'companyIds', message: 'only applicants act for companies' });
  return problems;
};

/** The differences between two access states, field by field (for the audit trail and messages). */
export const accessChanges = (before: UserAccess, after: UserAccess): (keyof UserAccess)[] =>
  (['role', 'agency', 'companyIds', 'status'] as const).filter(
    (key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]),
  );

/** A mail the platform writes to its outbox. */
export type OutboxMail = { to: string; subject: string; body: string; kind: 'invitation' | 'password_reset' };

const roleWords = (role: Role) => role.replaceAll('_', ' ');

export const invitationMail = (input: {
  to: string;
  name: string;
  role: Role;
  invitedBy: string;
  link: string;
  expiresAt: Date;
}): OutboxMail => ({
  to: input.to,
  kind: 'invitation',
  subject: 'Your invitation to the American AI Exports Program platform',
  body: [
    `Hello ${input.name},`,
    '',
    `${input.invitedBy} invited you to the American AI Exports Program platform as ${roleWords(input.role)}.`,
    'Set your password with this link (it works once):',
    '',
    input.link,
    '',
    `The link expires on ${input.expiresAt.toISOString().slice(0, 16).replace('T', ' ')} UTC.`,
    'If you did not expect this invitation, ignore this mail.',
  ].join('\n'),
});

export const passwordResetMail = (input: { to: string; name: string; link: string; expiresAt: Date }): OutboxMail => ({
  to: input.to,
  kind: 'password_reset',
  subject: 'Reset your password for the American AI Exports Program platform',
  body: [
    `Hello ${input.name},`,
    '',
    'Someone asked to reset the password of your account. Choose a new one with this link (it works once):',
    '',
    input.link,
    '',
    `The link expires on ${input.expiresAt.toISOString().slice(0, 16).replace('T', ' ')} UTC; signing in with the`,
    'new password signs out every other session. If you did not ask for this, ignore this mail.',
  ].join('\n'),
});

/** The link of a one-time token: the base address of the platform, the page, the token in the query. */
export const accountLink = (publicUrl: string, page: '/accept-invite' | '/reset-password', token: string): string =>
  `${publicUrl.replace(/\/+$/, '')}${page}?token=${encodeURIComponent(token)}`;
