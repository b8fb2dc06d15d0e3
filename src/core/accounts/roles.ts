/** Who a user is to the platform. */
export const ROLES = [
  'applicant',
  'program_officer',
  'compliance_officer',
  'reviewer',
  'decision_maker',
  'financing_officer',
  'buyer',
  'auditor',
  'admin',
] as const;
export type Role = (typeof ROLES)[number];

export const AGENCIES = ['Commerce', 'State', 'War', 'Energy', 'OSTP'] as const;
export type Agency = (typeof AGENCIES)[number];

/** The signed-in user as the permissions table sees them: role and the companies they act for. */
export type Actor = { userId: string; name: string; role: Role; companyIds: string[] };
