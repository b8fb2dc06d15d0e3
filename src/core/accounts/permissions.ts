import type { ProposalStatus } from '../proposal/proposal-status.ts';
import { type Actor, ROLES, type Role } from './roles.ts';

/**
 * The one permissions table: for every action, the roles that may take it and, per role, the ownership
 * condition that must hold on the resource. Services, route guards and the web menu all ask `can` /
 * `roleMay`; nothing else decides who may do what. Separation of duties: admins administer (users,
 * settings, lists), officers decide (review, adjudication, designation); nobody does both.
 */

/** A company as far as permissions go: who registered it, and the companies it shares a consortium with. */
export type CompanyResource = {
  kind: 'company';
  companyId: string;
  createdBy: string | null;
  fellowCompanyIds?: readonly string[];
  /** whether any user acts for the company (then only they speak for it, not whoever registered it) */
  represented?: boolean;
};
/** A consortium's membership. */
export type ConsortiumResource = {
  kind: 'consortium';
  memberCompanyIds: readonly string[];
  anchorCompanyId: string | null;
};
/** A proposal: its status and its consortium's membership. */
export type ProposalResource = {
  kind: 'proposal';
  status: ProposalStatus;
  memberCompanyIds: readonly string[];
  anchorCompanyId: string | null;
  /** the reviewers whose assignment to it is published and certified free of conflict */
  certifiedReviewerIds?: readonly string[];
  /** its interagency review, when the question is about it (absent: no reviewer condition holds) */
  review?: ProposalReviewState;
};
/** Who may review a proposal (published assignment, certified free of conflict or waived) and who has submitted. */
export type ProposalReviewState = {
  activeReviewerIds: readonly string[];
  submittedReviewerIds: readonly string[];
};
export type Resource = CompanyResource | ConsortiumResource | ProposalResource;

/** Ownership conditions, each a named predicate with the words the role × action matrix shows. */
export const CONDITIONS = {
  /** one of the actor's own companies, or one the actor registered and nobody acts for yet */
  own_company: {
    words: 'own company, or one registered and not yet represented',
    holds: (actor: Actor, r: Resource) =>
      r.kind === 'company' &&
      (actor.companyIds.includes(r.companyId) || (r.createdBy === actor.userId && r.represented !== true)),
  },
  /** the actor is one of the company's users (acts for it) */
  acts_for_company: {
    words: 'acts for the company',
    holds: (actor: Actor, r: Resource) => r.kind === 'company' && actor.companyIds.includes(r.companyId),
  },
  /** as own_company, or a company that shares a consortium with one of the actor's companies */
  related_company: {
    words: 'own, registered or fellow member company',
    holds: (actor: Actor, r: Resource) =>
      r.kind === 'company' &&
      (actor.companyIds.includes(r.companyId) ||
        r.createdBy === actor.userId ||
        (r.fellowCompanyIds ?? []).some((id) => actor.companyIds.includes(id))),
  },
  /** the actor belongs to a member company of the consortium (of the proposal) */
  consortium_member: {
    words: 'member of the consortium',
    holds: (actor: Actor, r: Resource) =>
      r.kind !== 'company' && r.memberCompanyIds.some((id) => actor.companyIds.includes(id)),
  },
  /** the actor belongs to the consortium's anchor company */
  consortium_anchor: {
    words: 'anchor member',
    holds: (actor: Actor, r: Resource) =>
      r.kind !== 'company' && r.anchorCompanyId !== null && actor.companyIds.includes(r.anchorCompanyId),
  },
  /** the proposal has been submitted at least once (drafts stay with their consortium) */
  submitted: {
    words: 'submitted proposals',
    holds: (_actor: Actor, r: Resource) => r.kind === 'proposal' && r.status !== 'draft',
  },
  /** a submitted proposal the actor is assigned to review, published, and certified free of conflict */
  certified_reviewer: {
    words: 'assigned, published and certified free of conflict',
    holds: (actor: Actor, r: Resource) =>
      r.kind === 'proposal' && r.status !== 'draft' && (r.certifiedReviewerIds ?? []).includes(actor.userId),
  },
  /** the actor's assignment to the proposal is published and certified free of conflict (or the conflict waived) */
  active_reviewer: {
    words: 'assigned reviewer, certified or waived',
    holds: (actor: Actor, r: Resource) =>
      r.kind === 'proposal' && (r.review?.activeReviewerIds ?? []).includes(actor.userId),
  },
  /** as active_reviewer, and the actor has submitted their own review: the blind phase is over for them */
  submitted_own_review: {
    words: 'assigned reviewer who submitted their own review',
    holds: (actor: Actor, r: Resource) =>
      r.kind === 'proposal' &&
      (r.review?.activeReviewerIds ?? []).includes(actor.userId) &&
      (r.review?.submittedReviewerIds ?? []).includes(actor.userId),
  },
} as const satisfies Record<string, { words: string; holds: (actor: Actor, resource: Resource) => boolean }>;
export type Condition = keyof typeof CONDITIONS;

/** `true`: the role may always; a condition: only on resources where it holds. */
type Grant = true | Condition;
type Rule = { summary: string; public?: true; grants: Partial<Record<Role, Grant>> };

const OFFICERS = [
  'program_officer',
  'compliance_officer',
  'reviewer',
  'decision_maker',
  'financing_officer',
  'auditor',
] as const satisfies readonly Role[];
const GOVERNMENT = [...OFFICERS, 'admin'] as const satisfies readonly Role[];

const grant = (roles: readonly Role[], value: Grant = true): Partial<Record<Role, Grant>> =>
  Object.fromEntries(roles.map((role) => [role, value]));
/** Government readers of submitted proposals, but reviewers only of those they are certified to review. */
const SUBMITTED_TO_GOVERNMENT: Partial<Record<Role, Grant>> = {
  ...grant(GOVERNMENT, 'submitted'),
  reviewer: 'certified_reviewer',
};

export const PERMISSIONS = {
  'catalog.read': { summary: 'browse the public catalog', public: true, grants: grant(ROLES) },
  'session.probe': {
    summary: 'ask whether one is signed in (answered for anyone, signed in or not)',
    public: true,
    grants: grant(ROLES),
  },
  'calls.read': {
    summary: 'see the calls for proposals (public, like their Federal Register notices)',
    public: true,
    grants: grant(ROLES),
  },
  'calls.manage': {
    summary: 'publish a call for proposals and extend its deadline (with a reason)',
    grants: { program_officer: true },
  },
  'session.use': { summary: 'read or end one’s own session', grants: grant(ROLES) },
  'notifications.read': {
    summary: 'read and mark read one’s own notifications (nobody reads another’s)',
    grants: grant(ROLES),
  },
  'company.read': {
    summary: 'see companies',
    grants: { applicant: 'related_company', ...grant(GOVERNMENT) },
  },
  'company.create': { summary: 'register a company or person', grants: grant(['applicant', 'admin']) },
  'company.represent': {
    summary: 'act for a company one registers (applicants only: officers never speak for a company)',
    grants: { applicant: true },
  },
  'company.owner.set': {
    summary: 'record who owns a company',
    grants: { applicant: 'own_company' },
  },
  'consortium.read': { summary: 'see consortia', grants: { applicant: 'consortium_member', ...grant(GOVERNMENT) } },
  'consortium.create': { summary: 'register a consortium', grants: { applicant: true } },
  'consortium.members.change': {
    summary: 'invite or remove consortium members (an invited company joins once one of its users accepts)',
    grants: { applicant: 'consortium_anchor' },
  },
  'consortium.invitations.read': {
    summary: 'see the consortium invitations of the companies one acts for',
    grants: { applicant: 'acts_for_company' },
  },
  'consortium.invitation.answer': {
    summary: 'accept or decline a consortium invitation for a company one acts for',
    grants: { applicant: 'acts_for_company' },
  },
  'proposal.read': {
    summary: 'see proposals, their versions, history and findings',
    grants: { applicant: 'consortium_member', ...SUBMITTED_TO_GOVERNMENT },
  },
  'proposal.history.internal.read': {
    summary: 'see officers’ names and internal reasons in a proposal’s history (applicants: per program settings)',
    grants: SUBMITTED_TO_GOVERNMENT,
  },
  'proposal.bci.read': {
    summary: 'see the business confidential information of proposals',
    grants: { applicant: 'consortium_member', ...SUBMITTED_TO_GOVERNMENT },
  },
  'proposal.draft.read': {
    summary: 'compare a version with the working draft',
    grants: { applicant: 'consortium_member' },
  },
  'proposal.create': { summary: 'start a draft proposal', grants: { applicant: 'consortium_member' } },
  'proposal.edit': { summary: 'edit the working draft', grants: { applicant: 'consortium_member' } },
  'proposal.submit': { summary: 'submit a version', grants: { applicant: 'consortium_anchor' } },
  'proposal.withdraw': {
    summary: 'withdraw a submitted proposal, with a reason',
    grants: { applicant: 'consortium_anchor' },
  },
  'proposal.delete': {
    summary: 'delete a draft that was never submitted',
    grants: { applicant: 'consortium_anchor' },
  },
  'proposal.start_review': { summary: 'start the review of a submitted proposal', grants: { program_officer: true } },
  'proposal.designate': { summary: 'designate a priority package', grants: { decision_maker: true } },
  'proposal.decline': { summary: 'decline a proposal', grants: { decision_maker: true } },
  'proposal.return': { summary: 'return a proposal for revision', grants: { decision_maker: true } },
  'proposal.suspend': { summary: 'suspend a designation', grants: { decision_maker: true } },
  'proposal.reinstate': { summary: 'reinstate a suspended designation', grants: { decision_maker: true } },
  'proposal.revoke': { summary: 'revoke a designation', grants: { decision_maker: true } },
  'proposal.brief.read': {
    summary: 'read the decision brief of a proposal: findings, screening, reviews, conflicts and the designation gate',
    grants: grant(['program_officer', 'compliance_officer', 'decision_maker', 'auditor'], 'submitted'),
  },
  'proposal.screening.read': {
    summary: 'see a proposal’s screened parties and hit statuses',
    grants: { applicant: 'consortium_member', ...SUBMITTED_TO_GOVERNMENT },
  },
  'review.own.write': {
    summary: 'read, autosave and submit one’s own review of a proposal one is assigned to (frozen once submitted)',
    grants: { reviewer: 'active_reviewer' },
  },
  'review.read': {
    summary: 'read a proposal’s submitted reviews and their aggregates (a reviewer only after submitting their own)',
    grants: { reviewer: 'submitted_own_review', program_officer: true, decision_maker: true },
  },
  'review.discuss': {
    summary: 'read and post in a proposal’s review discussion (a reviewer only after submitting their own review)',
    grants: { reviewer: 'submitted_own_review', program_officer: true, decision_maker: true },
  },
  'screening.decisions.read': {
    summary: 'read compliance decisions and their reasons',
    grants: grant(GOVERNMENT),
  },
  'screening.screen': { summary: 'screen names against the lists', grants: grant(GOVERNMENT) },
  'screening.hits.read': {
    summary: 'read screening hits and alerts',
    grants: grant(['compliance_officer', 'admin']),
  },
  'screening.hits.adjudicate': {
    summary: 'decide a hit: true match or false positive',
    grants: { compliance_officer: true },
  },
  'alerts.acknowledge': {
    summary: 'acknowledge an alert in the alerts inbox, with an optional note',
    grants: { compliance_officer: true },
  },
  'lists.read': { summary: 'see list versions and their differences', grants: grant(GOVERNMENT) },
  'lists.import': { summary: 'import or refresh a screening list', grants: grant(['compliance_officer', 'admin']) },
  'jobs.read': { summary: 'follow a background job', grants: grant(GOVERNMENT) },
  'lists.sources.read': {
    summary: 'see the list sources, their refresh schedule and last refreshes',
    grants: grant(['compliance_officer', 'admin']),
  },
  'settings.read': { summary: 'read the program settings', grants: grant(GOVERNMENT) },
  'settings.update': { summary: 'change the program settings', grants: { admin: true } },
  'users.read': { summary: 'list the users of the platform', grants: { admin: true } },
  'users.manage': {
    summary:
      'invite users, change their role, agency or companies, deactivate or reactivate them, reset their two-factor sign-in',
    grants: { admin: true },
  },
  'outbox.read': { summary: 'read the mail outbox (demo mode only)', grants: { admin: true } },
  'account.recover': {
    summary: 'accept an invitation, or reset a forgotten password, with a one-time link',
    public: true,
    grants: grant(ROLES),
  },
  'account.totp': {
    summary: 'turn one’s own two-factor sign-in (TOTP) on or off',
    grants: grant(GOVERNMENT),
  },
  'reviewer.profile.own': {
    summary: 'read and edit one’s own reviewer profile: expertise, capacity, affiliations',
    grants: { reviewer: true },
  },
  'reviewers.read': {
    summary: 'see every reviewer’s profile, agency, capacity and affiliations',
    grants: { program_officer: true },
  },
  'review.assign': {
    summary: 'assign reviewers to a submitted proposal, remove them, see conflicts, and publish the assignments',
    grants: { program_officer: true },
  },
  'review.conflict.waive': {
    summary: 'waive a computed conflict of interest, with a written reason',
    grants: { program_officer: true },
  },
  'review.assignments.own': {
    summary: 'see one’s own published review assignments, certify no conflict or recuse',
    grants: { reviewer: true },
  },
  'audit.read': { summary: 'read and verify the audit trail', grants: grant(['auditor', 'admin']) },
  'audit.checkpoint': {
    summary: 'write a signed checkpoint of the audit trail',
    grants: grant(['auditor', 'admin']),
  },
  'financing.referrals.read': {
    summary: 'see financing referrals with their internal notes, stage history and term sheets (the pipeline board)',
    grants: grant(['financing_officer', 'program_officer', 'decision_maker', 'auditor']),
  },
  'financing.referrals.manage': {
    summary: 'refer financing requests to EXIM, DFC, USTDA or SBA, move their stages, keep notes, compute term sheets',
    grants: { financing_officer: true },
  },
  'financing.referrals.stages.read': {
    summary:
      'see the agency, instrument, amount and stages of a consortium’s financing referrals (never internal notes)',
    grants: {
      applicant: 'consortium_member',
      ...grant(['financing_officer', 'program_officer', 'decision_maker', 'auditor']),
    },
  },
  // export-control determination of an item to a destination: reference law, no object, nothing confidential;
  // applicants plan their packages with it, government roles review them (buyers are not granted it)
  'export_control.determine': {
    summary: 'get an export-control determination for an item to a destination on a date',
    grants: { applicant: true, ...grant(GOVERNMENT) },
  },
} as const satisfies Record<string, Rule>;

export type Action = keyof typeof PERMISSIONS;
export const ACTIONS = Object.keys(PERMISSIONS) as Action[];

const rule = (action: Action): Rule => PERMISSIONS[action];

/** What the table grants this role for the action: `true`, a condition, or `false`. */
export const grantOf = (role: Role, action: Action): Grant | false => rule(action).grants[role] ?? false;

/** Whether the action needs no sign-in at all. */
export const isPublicAction = (action: Action): boolean => rule(action).public === true;

/**
 * Whether a role may take the action (or one of the actions) on some resource, its condition aside: what a
 * route guard and a menu ask before any resource is loaded.
 */
export const roleMay = (role: Role, action: Action | readonly Action[]): boolean =>
  (typeof action === 'string' ? [action] : action).some((a) => grantOf(role, a) !== false);

/**
 * The answer: may this actor take this action on this resource? A conditional grant without a resource is
 * refused (fail closed). `null` is nobody signed in: only public actions.
 */
export const can = (actor: Actor | null, action: Action, resource?: Resource): boolean => {
  if (actor === null) return isPublicAction(action);
  const granted = grantOf(actor.role, action);
  if (granted === false) return false;
  if (granted === true) return true;
  return resource !== undefined && CONDITIONS[granted].holds(actor, resource);
};

/** For lists: everything, only what a condition selects, or nothing. */
export const scopeOf = (role: Role, action: Action): 'all' | Condition | 'none' => {
  const granted = grantOf(role, action);
  return granted === true ? 'all' : granted === false ? 'none' : granted;
};

/** One sentence naming who may, for a refusal a user can act on. */
export const whoMay = (action: Action | readonly Action[]): string => {
  const actions = typeof action === 'string' ? [action] : [...action];
  const single = actions.length === 1 ? actions[0] : undefined;
  if (single !== undefined) {
    const entries = Object.entries(rule(single).grants) as [Role, Grant][];
    const names = entries.map(([role, g]) =>
      g === true ? roleWords(role) : `${roleWords(role)} (${CONDITIONS[g].words})`,
    );
    return `Only ${names.join(', ')} may ${rule(single).summary}.`;
  }
  // several actions (a route that takes any of them): the roles that hold one, and what each action is
  const roles = [...new Set(actions.flatMap((a) => Object.keys(rule(a).grants) as Role[]))];
  return `Only ${roles.map(roleWords).join(', ')} may do this (${actions.map((a) => rule(a).summary).join('; ')}).`;
};

const roleWords = (role: Role): string => `${role.replaceAll('_', ' ')}s`;

/** The matrix cell for docs: ✔, the condition's words, or empty; for several actions, what any of them gives. */
export const matrixCell = (role: Role, action: Action | readonly Action[]): string => {
  const grants = (typeof action === 'string' ? [action] : action).map((a) => grantOf(role, a));
  if (grants.includes(true)) return '✔';
  return [...new Set(grants.flatMap((g) => (g === false || g === true ? [] : [CONDITIONS[g].words])))].join('; ');
};
