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

/** Government roles see every consortium's submitted proposals, BCI included. */
export const isGovernmentRole = (role: Role): boolean => role !== 'applicant' && role !== 'buyer';

export type Actor = { userId: string; name: string; role: Role; companyIds: string[] };
