import type { Role } from '../api/types.ts';

/** How each role is named on screen. Who may do what is the permissions table's (core/accounts/permissions.ts). */
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
