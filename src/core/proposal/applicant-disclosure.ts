import type { AuditRecord } from '../audit/audit-chain.ts';

/** What the program settings let applicants see of officers' work in their proposals' history. */
export type ApplicantDisclosure = {
  /** show the names of the officers who acted (default: "Program staff") */
  applicantHistoryShowsOfficers: boolean;
  /** show the reasons officers gave (default: withheld) */
  applicantHistoryShowsInternalReasons: boolean;
};

/** The name an applicant sees in place of an officer's. */
export const OFFICER_PLACEHOLDER = 'Program staff';

/** Summary keys that carry an officer's own words or internal references. */
const INTERNAL_KEYS = ['reason', 'adjudicationId', 'entryId'] as const;

/** Actions whose reason is addressed to the applicant (what to revise), so never withheld. */
const APPLICANT_FACING_REASONS: readonly string[] = ['proposal.return'];

/**
 * The history of a proposal as an applicant may see it: entries by officers (any actor who is not an
 * applicant; `isOfficer` tells) lose the officer's name and id, and the internal parts of their summary,
 * unless the program settings disclose them. The reason of a return for revision is the applicant's to read. A redacted entry also loses its chain hashes, which could
 * otherwise confirm a guessed reason; the audit trail itself is untouched. Pure: the caller loads the roles.
 */
export const discloseHistoryToApplicant = (
  entries: readonly AuditRecord[],
  options: { isOfficer: (actorId: string) => boolean; disclosure: ApplicantDisclosure },
): AuditRecord[] =>
  entries.map((entry) => {
    if (entry.actorId === null || !options.isOfficer(entry.actorId)) return entry;
    const { applicantHistoryShowsOfficers: names, applicantHistoryShowsInternalReasons: reasons } = options.disclosure;
    if (names && reasons) return entry;
    const summary =
      reasons || APPLICANT_FACING_REASONS.includes(entry.action)
        ? entry.summary
        : Object.fromEntries(
            Object.entries(entry.summary).filter(([key]) => !(INTERNAL_KEYS as readonly string[]).includes(key)),
          );
    return {
      ...entry,
      actorId: names ? entry.actorId : null,
      actorName: names ? entry.actorName : OFFICER_PLACEHOLDER,
      summary,
      prevHash: '',
      hash: '',
    };
  });
