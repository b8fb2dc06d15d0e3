import type { Company, ControlRelation, OwnershipEdge } from '../consortium/company.schema.ts';
import type { MemberRole } from '../consortium/consortium.schema.ts';
import type { EndUserScreening } from '../export-control/end-user-lists.ts';
import type { ProposalContent } from '../package/proposal.schema.ts';
import type { Finding } from './finding.ts';
import type { ProgramSettings } from './program-settings.ts';

/** A screened party of the proposal as its last screening left it, with the list versions used (and their ages). */
export type ScreenedPartyStatus = {
  kind: string;
  name: string;
  screeningStatus: 'screened' | 'not_screened';
  screenedAt: string | null;
  lists: readonly { id: string; source: string; asOf: string; ageDays: number; stale: boolean }[];
};

/** Everything a check reads. Built once by checkProposal. */
export type CheckContext = {
  content: ProposalContent;
  companies: ReadonlyMap<string, Company>;
  members: readonly { companyId: string; role: MemberRole }[];
  ownership: readonly OwnershipEdge[];
  /** control without equity among the companies (board seats, voting agreements, veto rights) */
  controls: readonly ControlRelation[];
  /** the end users' and consignees' screening against the Entity, Unverified and MEU lists (none: not checked) */
  endUserScreening?: EndUserScreening;
  settings: ProgramSettings;
  asOf: string;
  /** the proposal's screened parties (empty before its first screening) */
  screenedParties: readonly ScreenedPartyStatus[];
  /** the rules version of the program rules and export-control rules as of asOf */
  rulesVersion: string;
};

/** One eligibility check: findings from the context. */
export type Check = (context: CheckContext) => Finding[];
