import type { Company, OwnershipEdge } from '../consortium/company.schema.ts';
import type { MemberRole } from '../consortium/consortium.schema.ts';
import type { ProposalContent } from '../package/proposal.schema.ts';
import type { Finding } from './finding.ts';
import type { ProgramSettings } from './program-settings.ts';

/** Everything a check reads. Built once by checkProposal. */
export type CheckContext = {
  content: ProposalContent;
  companies: ReadonlyMap<string, Company>;
  members: readonly { companyId: string; role: MemberRole }[];
  ownership: readonly OwnershipEdge[];
  settings: ProgramSettings;
  asOf: string;
  /** the rules version of the program rules and export-control rules as of asOf */
  rulesVersion: string;
};

/** One eligibility check: findings from the context. */
export type Check = (context: CheckContext) => Finding[];
