import type { Company, ControlRelation, OwnershipEdge } from '../consortium/company.schema.ts';
import type { MemberRole } from '../consortium/consortium.schema.ts';
import type { EndUserScreening } from '../export-control/end-user-lists.ts';
import { isIsoDate } from '../export-control/iso-date.ts';
import { EXPORT_CONTROL_RULES } from '../export-control/rule-set.ts';
import { rulesVersionAsOf } from '../export-control/rules-version.ts';
import { appError } from '../kernel/errors.ts';
import { err, ok, type Result } from '../kernel/result.ts';
import type { ProposalContent } from '../package/proposal.schema.ts';
import type { Check, ScreenedPartyStatus } from './check-context.ts';
import { checkCompleteness } from './checks/completeness.ts';
import { checkCountryOfConcern } from './checks/country-of-concern.ts';
import { checkDataSharing } from './checks/data-sharing.ts';
import { checkEndUserLists } from './checks/end-user-lists-check.ts';
import { checkExportControl } from './checks/export-control-check.ts';
import { checkOutboundInvestment } from './checks/outbound-investment.ts';
import { checkPartyScreening } from './checks/party-screening.ts';
import { checkUsContent } from './checks/us-content-check.ts';
import { type Finding, SEVERITY_ORDER } from './finding.ts';
import { PROGRAM_RULES } from './program-rules.ts';
import type { ProgramSettings } from './program-settings.ts';

export type CheckProposalInput = {
  content: ProposalContent;
  companies: readonly Company[];
  members: readonly { companyId: string; role: MemberRole }[];
  ownership: readonly OwnershipEdge[];
  /** control without equity among the companies (board seats, voting agreements, veto rights) */
  controls?: readonly ControlRelation[];
  /** the end users' screening against the Entity, Unverified and MEU lists, done by the service (none: not checked) */
  endUserScreening?: EndUserScreening;
  settings: ProgramSettings;
  /** the date whose rules apply (YYYY-MM-DD) */
  asOf: string;
  /** the proposal's screened parties as their last screening left them (none: no screening finding) */
  screenedParties?: readonly ScreenedPartyStatus[];
};

export type EligibilityReport = {
  findings: Finding[];
  rulesVersion: string;
  asOf: string;
  counts: Record<Finding['severity'], number>;
};

/** The checks, in report order. */
export const CHECKS: readonly Check[] = Object.freeze([
  checkCompleteness,
  checkCountryOfConcern,
  checkDataSharing,
  checkUsContent,
  checkOutboundInvestment,
  checkExportControl,
  checkPartyScreening,
  checkEndUserLists,
]);

/** The rules version of eligibility as of a date: the latest change of a program or export-control rule. */
export const eligibilityRulesVersion = (asOf: string): string =>
  [rulesVersionAsOf(EXPORT_CONTROL_RULES, asOf), ...Object.values(PROGRAM_RULES).map((r) => r.effectiveFrom)]
    .filter((d) => d <= asOf)
    .sort()
    .at(-1) ?? asOf;

/**
 * Eligibility and export-control check of a proposal as of a date: every finding with its code, severity,
 * explanation, citations and rules version. Pure; re-running as of an earlier date uses the rules then in force.
 */
export const checkProposal = (input: CheckProposalInput): Result<EligibilityReport> => {
  if (!isIsoDate(input.asOf)) return err(appError('invalid_input', `asOf "${input.asOf}" must be a date YYYY-MM-DD`));
  const rulesVersion = eligibilityRulesVersion(input.asOf);
  const context = {
    content: input.content,
    companies: new Map(input.companies.map((c) => [c.id, c])),
    members: input.members,
    ownership: input.ownership,
    controls: input.controls ?? [],
    ...(input.endUserScreening ? { endUserScreening: input.endUserScreening } : {}),
    settings: input.settings,
    asOf: input.asOf,
    screenedParties: input.screenedParties ?? [],
    rulesVersion,
  };
  const findings = CHECKS.flatMap((check) => check(context));
  const ordered = findings
    .map((finding, index) => ({ finding, index }))
    .sort(
      (a, b) =>
        SEVERITY_ORDER.indexOf(a.finding.severity) - SEVERITY_ORDER.indexOf(b.finding.severity) || a.index - b.index,
    )
    .map((x) => x.finding);
  const counts = { blocker: 0, needs_review: 0, info: 0 };
  for (const f of ordered) counts[f.severity] += 1;
  return ok({ findings: ordered, rulesVersion, asOf: input.asOf, counts });
};
