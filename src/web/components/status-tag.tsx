import type { ProposalStatus } from '../api/types.ts';

const LABELS: Record<ProposalStatus, string> = {
  draft: 'Draft',
  submitted: 'Submitted',
  under_review: 'Under review',
  designated: 'Designated',
  declined: 'Declined',
  returned: 'Returned for revision',
  suspended: 'Suspended',
  revoked: 'Revoked',
  withdrawn: 'Withdrawn',
};

const COLORS: Record<ProposalStatus, string> = {
  draft: 'bg-base',
  submitted: 'bg-primary',
  under_review: 'bg-accent-cool-darker',
  designated: 'bg-green',
  declined: 'bg-secondary-dark',
  returned: 'bg-gold text-ink',
  suspended: 'bg-orange text-ink',
  revoked: 'bg-secondary-darker',
  withdrawn: 'bg-base-dark',
};

export const statusLabel = (status: ProposalStatus): string => LABELS[status] ?? status;

export const StatusTag = ({ status }: { status: ProposalStatus }) => (
  <span className={`usa-tag ${COLORS[status] ?? ''}`}>{statusLabel(status)}</span>
);
