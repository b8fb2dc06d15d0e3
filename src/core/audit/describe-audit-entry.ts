import type { AuditRecord } from './audit-chain.ts';

/** How a role is named inside a sentence. */
const ROLE_WORDS: Record<string, string> = {
  applicant: 'applicant',
  program_officer: 'program officer',
  compliance_officer: 'compliance officer',
  reviewer: 'reviewer',
  decision_maker: 'decision maker',
  financing_officer: 'financing officer',
  buyer: 'buyer',
  auditor: 'auditor',
  admin: 'administrator',
};

const OBJECT_WORDS: Record<string, string> = {
  proposal: 'proposal',
  screening_hit: 'screening hit',
  company: 'company',
  consortium: 'consortium',
  list: 'list',
  list_version: 'list version',
  alert: 'alert',
  audit_checkpoint: 'audit checkpoint',
  user: 'user account',
  system: 'platform',
  'program-settings': 'program settings',
};

const DECISIONS: Record<string, string> = {
  false_positive: 'a false positive',
  true_match: 'a true match',
  open: 'open again',
};

const text = (value: unknown): string => (typeof value === 'string' ? value : JSON.stringify(value ?? null));
const statusWords = (value: unknown): string => text(value).replaceAll('_', ' ');

/** What a given action did, as a verb phrase over the object's name (`{o}`). */
const VERBS: Record<string, (s: Record<string, unknown>) => string> = {
  'proposal.create': () => 'started {o} as a draft',
  'proposal.draft.update': (s) =>
    `edited the draft of {o}${typeof s.changeCount === 'number' ? ` (${s.changeCount} changes)` : ''}`,
  'proposal.submit': (s) => `submitted {o}${s.version === undefined ? '' : ` as version ${text(s.version)}`}`,
  'proposal.start_review': () => 'started the review of {o}',
  'proposal.designate': () => 'designated {o}',
  'proposal.decline': () => 'declined {o}',
  'proposal.return': () => 'returned {o} to the applicant for revision',
  'proposal.suspend': () => 'suspended {o}',
  'proposal.reinstate': () => 'reinstated {o}',
  'proposal.revoke': () => 'revoked {o}',
  'screening.adjudicate': (s) =>
    `marked {o} as ${DECISIONS[text(s.decision)] ?? statusWords(s.decision)}${s.bulk ? ` (one of ${text(s.bulk)} at once)` : ''}`,
  'screening.screen_proposal': (s) =>
    `screened the parties of {o}${typeof s.newHits === 'number' ? `: ${s.newHits} new hits` : ''}`,
  'screening.delta_rescreen': () => 'rescreened the parties affected by a list change ({o})',
  'company.create': () => 'registered {o}',
  'company.owner.set': (s) =>
    `recorded an owner of {o}${typeof s.sharePercent === 'number' ? ` holding ${s.sharePercent}%` : ''}`,
  'company.control.set': (s) =>
    `recorded control without equity over {o}${typeof s.basis === 'string' ? ` (${s.basis.replace(/_/g, ' ')})` : ''}`,
  'company.control.remove': () => 'removed a control relation over {o}',
  'consortium.create': () => 'formed {o}',
  'consortium.member.add': () => 'added a member company to {o}',
  'consortium.member.invite': () => 'invited a company to {o}',
  'consortium.member.remove': () => 'removed a member company from {o}',
  'consortium.invitation.accept': () => 'accepted an invitation to {o}',
  'consortium.invitation.decline': () => 'declined an invitation to {o}',
  'consortium.invitation.withdraw': () => 'withdrew an invitation to {o}',
  'list.import': () => 'imported {o}',
  'list.refresh.request': () => 'asked for a refresh of {o}',
  'list.refresh.refuse': () => 'refused a refresh of {o}',
  'list.refresh.schedule': () => 'changed the refresh schedule of {o}',
  'list.stale_alert': () => 'raised an alert that {o} is out of date',
  'alerts.acknowledge': () => 'acknowledged {o}',
  'audit.checkpoint': (s) =>
    `signed {o}${typeof s.entryCount === 'number' ? ` over the first ${s.entryCount} entries` : ''}`,
  'program-settings.update': () => 'changed {o}',
  'user.login': () => 'signed in',
  'user.logout': () => 'signed out',
  'demo.seed': () => 'loaded the demo data',
  'reviewer.profile.update': () => 'updated the reviewer profile and declared affiliations of {o}',
  'review.assign': (s) => `assigned reviewer ${text(s.reviewerId)} to {o}`,
  'review.unassign': (s) => `removed reviewer ${text(s.reviewerId)} from {o}`,
  'review.publish': () => 'published the review assignments of {o}',
  'review.conflict.waive': (s) => `waived the conflict of interest of reviewer ${text(s.reviewerId)} on {o}`,
  'review.certify': () => 'certified having no conflict of interest with {o}',
  'review.recuse': () => 'recused from reviewing {o}',
};

/** The object as a reader names it: "proposal 7c1e…" (a label from the summary when one is recorded). */
export const objectWords = (entry: Pick<AuditRecord, 'objectType' | 'objectId' | 'summary'>): string => {
  const kind = OBJECT_WORDS[entry.objectType] ?? entry.objectType.replaceAll(/[_-]/g, ' ');
  const label =
    typeof entry.summary.title === 'string'
      ? entry.summary.title
      : typeof entry.summary.legalName === 'string'
        ? entry.summary.legalName
        : typeof entry.summary.name === 'string'
          ? entry.summary.name
          : null;
  if (entry.objectType === 'system' || entry.objectType === 'program-settings') return `the ${kind}`;
  return label ? `${kind} “${label}”` : `${kind} ${entry.objectId}`;
};

/**
 * One entry in words, e.g. "Maria Lopez (compliance officer) marked screening hit 41f… as a false positive".
 * Unknown actions (added later) still read: "… did proposal.archive on proposal 7c1e…".
 */
export const describeAuditEntry = (
  entry: Pick<AuditRecord, 'actorId' | 'actorName' | 'action' | 'objectType' | 'objectId' | 'summary'>,
  actorRole: string | null,
): string => {
  const who =
    entry.actorId === null
      ? 'The platform'
      : `${entry.actorName}${actorRole ? ` (${ROLE_WORDS[actorRole] ?? actorRole.replaceAll('_', ' ')})` : ''}`;
  const verb = VERBS[entry.action];
  const phrase = verb ? verb(entry.summary) : `did ${entry.action} on {o}`;
  const change = changeOf(entry.summary).find((c) => c.field === 'status');
  const status =
    change && change.before !== undefined ? ` (${statusWords(change.before)} → ${statusWords(change.after)})` : '';
  const reason =
    typeof entry.summary.reason === 'string' && entry.summary.reason.trim() !== ''
      ? `: “${entry.summary.reason.trim()}”`
      : '';
  return `${who} ${phrase.replace('{o}', objectWords(entry))}${status}${reason}`;
};

export type AuditChange = { field: string; before: unknown; after: unknown };

/**
 * The before/after of an entry: `before`/`after` objects compared field by field, and a status move recorded
 * as `from`/`to`. Empty when the entry records no change of state (a creation, a sign-in).
 */
export const changeOf = (summary: Record<string, unknown>): AuditChange[] => {
  const changes: AuditChange[] = [];
  if ('from' in summary && 'to' in summary) changes.push({ field: 'status', before: summary.from, after: summary.to });
  else if ('from' in summary && 'decision' in summary)
    changes.push({ field: 'status', before: summary.from, after: summary.decision });
  const before = summary.before;
  const after = summary.after;
  const isRecord = (v: unknown): v is Record<string, unknown> =>
    v !== null && typeof v === 'object' && !Array.isArray(v);
  if (isRecord(before) || isRecord(after)) {
    const b = isRecord(before) ? before : {};
    const a = isRecord(after) ? after : {};
    for (const field of [...new Set([...Object.keys(b), ...Object.keys(a)])].sort()) {
      if (JSON.stringify(b[field]) !== JSON.stringify(a[field]))
        changes.push({ field, before: b[field], after: a[field] });
    }
  } else if ('before' in summary || 'after' in summary) {
    changes.push({ field: 'value', before, after });
  }
  return changes;
};

/** The page of the object an entry is about, when it has one. */
export const objectHref = (entry: Pick<AuditRecord, 'objectType' | 'objectId'>): string | null => {
  const id = encodeURIComponent(entry.objectId);
  switch (entry.objectType) {
    case 'proposal':
      return `/proposals/${id}`;
    case 'screening_hit':
      return `/compliance/hits/${id}`;
    case 'consortium':
      return `/consortia/${id}`;
    case 'list':
    case 'list_version':
      return '/compliance/lists';
    case 'alert':
      return '/compliance/alerts';
    case 'program-settings':
      return '/admin/settings';
    default:
      return null;
  }
};
