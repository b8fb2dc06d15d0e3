import type { HitStatus } from '../../api/types.ts';

export const HIT_STATUS_LABELS: Record<HitStatus, string> = {
  open: 'Open',
  true_match: 'True match',
  false_positive: 'False positive',
};

export const HIT_STATUS_COLORS: Record<HitStatus, string> = {
  open: 'bg-gold text-ink',
  true_match: 'bg-secondary-dark',
  false_positive: 'bg-green',
};

/** A score in [0,1] as a whole percentage. */
export const formatScore = (score: number): string => `${Math.round(score * 100)}%`;

export const KIND_LABELS: Record<string, string> = {
  member: 'Consortium member',
  owner: 'Owner',
  builder: 'Builder',
  operator: 'Operator',
  'end-user': 'End user',
  buyer: 'Buyer',
};
