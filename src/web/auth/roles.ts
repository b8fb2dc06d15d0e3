import type { Role } from '../api/types.ts';

export const ROLE_LABELS: Record<Role, string> = {
  applicant: 'Applicant',
  program_officer: 'Program officer',
  compliance_officer: 'Compliance officer',
  reviewer: 'Reviewer',
  decision_maker: 'Decision maker',
  financing_officer: 'Financing officer',
  buyer: 'Buyer',
  auditor: 'Auditor',
  admin: 'Administrator',
};

/** Where a user lands after logging in. */
export const homePath = (role: Role): string => {
  if (role === 'applicant') return '/dashboard';
  if (role === 'buyer') return '/catalog';
  if (role === 'auditor') return '/audit';
  return '/queue';
};

export const isGovernment = (role: Role): boolean => role !== 'applicant' && role !== 'buyer';
export const canAudit = (role: Role): boolean => role === 'auditor' || role === 'admin';
