import type { Kysely } from 'kysely';
import { can } from '../../core/accounts/permissions.ts';
import type { Actor } from '../../core/accounts/roles.ts';
import type { ProposalContent } from '../../core/package/proposal.schema.ts';
import type { ProposalStatus, TransitionAction } from '../../core/proposal/proposal-status.ts';
import { allowedActions, checkDeletable, isEditable, WITHDRAWABLE_STATUSES } from '../../core/proposal/workflow.ts';
import { listVersions, type ProposalRecord } from '../../db/repos/proposals.repo.ts';
import type { Database } from '../../db/schema.ts';
import { loadProposalResource } from '../access.ts';

export type ProposalSummary = {
  id: string;
  title: string;
  consortiumId: string;
  consortiumName: string;
  status: ProposalStatus;
  currentVersion: number | null;
  updatedAt: string;
  targets: string[];
  callId: string | null;
};

export type ProposalView = ProposalSummary & {
  draft: ProposalContent;
  versions: { number: number; submittedAt: string }[];
  canEdit: boolean;
  canSubmit: boolean;
  /** the applicants may withdraw it (submitted, not decided) */
  canWithdraw: boolean;
  /** the applicants may delete it (a draft never submitted) */
  canDelete: boolean;
  allowedActions: TransitionAction[];
};

export const toProposalSummary = (p: ProposalRecord): ProposalSummary => ({
  id: p.id,
  title: p.draft.title,
  consortiumId: p.consortiumId,
  consortiumName: p.consortiumName,
  status: p.status,
  currentVersion: p.currentVersion,
  updatedAt: p.updatedAt.toISOString(),
  targets: p.draft.targets,
  callId: p.callId,
});

/** What the actor sees of a proposal, with the actions it may take now. */
export const toProposalView = async (db: Kysely<Database>, actor: Actor, p: ProposalRecord): Promise<ProposalView> => {
  const versions = await listVersions(db, p.id);
  const resource = await loadProposalResource(db, p);
  return {
    ...toProposalSummary(p),
    draft: p.draft,
    versions: versions.map((v) => ({ number: v.number, submittedAt: v.submittedAt.toISOString() })),
    canEdit: isEditable(p.status) && can(actor, 'proposal.edit', resource),
    canSubmit: isEditable(p.status) && can(actor, 'proposal.submit', resource),
    canWithdraw: WITHDRAWABLE_STATUSES.includes(p.status) && can(actor, 'proposal.withdraw', resource),
    canDelete: checkDeletable(p.status, p.currentVersion).ok && can(actor, 'proposal.delete', resource),
    allowedActions: allowedActions(p.status, actor),
  };
};
