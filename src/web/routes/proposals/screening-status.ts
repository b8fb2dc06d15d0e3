import type { HitStatus } from '../../api/types.ts';

/** A party's screening as officers see it, and as the applicant may (cleared or under review, nothing more). */
export type PartyScreeningStatus = 'not_screened' | 'open_hits' | 'true_match' | 'cleared';

export const PARTY_STATUS_LABELS: Record<PartyScreeningStatus, string> = {
  not_screened: 'Not screened',
  open_hits: 'Open hits',
  true_match: 'True match',
  cleared: 'Cleared',
};

export const PARTY_STATUS_COLORS: Record<PartyScreeningStatus, string> = {
  not_screened: 'bg-base-darker',
  open_hits: 'bg-gold text-ink',
  true_match: 'bg-secondary-dark',
  cleared: 'bg-green',
};

/**
 * One party's status from its last screening and its hits: a true match outweighs everything, then open hits;
 * a party screened against no list or only stale ones is not screened (never cleared); cleared only when screened
 * and every hit is a false positive.
 */
export const partyScreeningStatus = (
  party: { screeningStatus: 'screened' | 'not_screened'; screenedAt: string | null },
  hits: readonly { status: HitStatus }[],
): PartyScreeningStatus => {
  if (hits.some((h) => h.status === 'true_match')) return 'true_match';
  if (hits.some((h) => h.status === 'open')) return 'open_hits';
  if (party.screeningStatus === 'not_screened' || party.screenedAt === null) return 'not_screened';
  return 'cleared';
};

/** What the applicant is told: "Cleared" only for a cleared party; anything else is under compliance review. */
export const applicantVerdict = (status: PartyScreeningStatus): { label: string; color: string } =>
  status === 'cleared'
    ? { label: 'Cleared', color: 'bg-green' }
    : { label: 'Under compliance review', color: 'bg-gold text-ink' };
