import type { Company } from '../../consortium/company.schema.ts';
import { countryByCode } from '../../kernel/countries.ts';
import type { Check } from '../check-context.ts';
import type { Finding } from '../finding.ts';
import {
  CONTROL_ARITHMETIC,
  controlBasisWords,
  controlOver,
  formatChain,
  type OwnershipChain,
} from '../ownership-control.ts';
import { citationOfProgramRule, PROGRAM_RULES } from '../program-rules.ts';

const countryName = (code: string): string => countryByCode(code)?.name ?? code;

/** The countries of concern a company is located in (incorporation or principal place of business). */
const locatedIn = (company: Company, concern: readonly string[]): string[] =>
  [...new Set([company.countryOfIncorporation, company.principalPlaceOfBusiness])].filter((c) => concern.includes(c));

/**
 * No member located in a country of concern, and none owned or controlled from one: ownership is aggregated over
 * the ownership graph by the OFAC 50% rule (`controlOver`), at or above the control threshold, and control
 * without equity (board seats, voting agreements, veto rights) held from a country of concern controls too.
 */
export const checkCountryOfConcern: Check = ({ companies, members, ownership, controls, settings, rulesVersion }) => {
  const findings: Finding[] = [];
  const concern = settings.countriesOfConcern;
  const citations = [
    citationOfProgramRule(PROGRAM_RULES.countryOfConcern),
    citationOfProgramRule(PROGRAM_RULES.controlArithmetic),
  ];
  const isSource = (id: string): boolean => {
    const company = companies.get(id);
    return company !== undefined && locatedIn(company, concern).length > 0;
  };
  const label = (id: string): string => companies.get(id)?.legalName ?? id;

  const unknownOwners = [
    ...new Set(
      [...ownership.map((e) => e.ownerId), ...controls.map((c) => c.controllerId)].filter((id) => !companies.has(id)),
    ),
  ];
  for (const id of unknownOwners) {
    findings.push({
      code: 'owner_unknown',
      severity: 'needs_review',
      title: `Owner ${id} is not described`,
      explanation: `An ownership edge names owner "${id}", which the file does not describe; its country is unknown, so the control computation treats it as not of concern.`,
      citations,
      rulesVersion,
      subject: { path: 'ownership', label: id },
    });
  }

  members.forEach((member, index) => {
    const company = companies.get(member.companyId);
    if (!company) return;
    const subject = { path: `members.${index}`, label: company.legalName };
    const located = locatedIn(company, concern);
    if (located.length > 0) {
      findings.push({
        code: 'member_in_country_of_concern',
        severity: 'blocker',
        title: `${company.legalName} is located in a country of concern`,
        explanation: `${company.legalName} is incorporated or primarily based in ${located.map(countryName).join(', ')}, a country of concern (${concern.join(', ')}).`,
        citations,
        rulesVersion,
        subject,
      });
      return;
    }
    const control = controlOver(company.id, ownership, {
      isSource,
      thresholdPercent: settings.controlThresholdPercent,
      controls,
    });
    if (control.chains.length === 0 && control.excludedChains.length === 0 && control.controlBasis.length === 0) return;
    const shown = (chains: readonly OwnershipChain[]) =>
      chains
        .slice(0, 5)
        .map((c) => formatChain(c, label))
        .join('; ') || 'none';
    const aggregate = `${control.aggregatePercent.toFixed(2)}%`;
    const arithmetic = `Arithmetic: ${CONTROL_ARITHMETIC.name} (${CONTROL_ARITHMETIC.description}).`;
    const excluded = control.excludedChains.length
      ? ` Holdings that do not pass on (through an entity owned below ${settings.controlThresholdPercent}%): ${shown(control.excludedChains)}; shares multiplied along every chain would come to ${control.lookThroughPercent.toFixed(2)}%.`
      : '';
    const basis = control.controlBasis.length
      ? ` Control without equity: ${control.controlBasis.map((b) => `${label(b.controllerId)} through ${controlBasisWords(b.basis)} (${b.detail})`).join('; ')}.`
      : '';
    if (control.controlled) {
      findings.push({
        code: 'member_controlled_from_country_of_concern',
        severity: 'blocker',
        title: `${company.legalName} is controlled from a country of concern`,
        explanation: `Persons of a country of concern hold ${aggregate} of ${company.legalName} in aggregate (threshold ${settings.controlThresholdPercent}%)${control.controlBasis.length ? ' and control it without equity' : ''}.${basis} Chains: ${shown(control.chains)}.${excluded} ${arithmetic}`,
        citations,
        rulesVersion,
        subject,
      });
    } else {
      findings.push({
        code: 'member_partly_owned_from_country_of_concern',
        severity: 'needs_review',
        title: `${company.legalName} is partly owned from a country of concern`,
        explanation: `Persons of a country of concern hold ${aggregate} of ${company.legalName} in aggregate, below the ${settings.controlThresholdPercent}% control threshold; a reviewer should look at other forms of control (board seats, voting agreements, veto rights) and record any. Chains: ${shown(control.chains)}.${excluded} ${arithmetic}`,
        citations,
        rulesVersion,
        subject,
      });
    }
    if (control.truncated) {
      findings.push({
        code: 'ownership_graph_truncated',
        severity: 'needs_review',
        title: `Ownership of ${company.legalName} too dense to walk fully`,
        explanation: 'The ownership graph has more chains than the limit; the aggregate shown may be too low.',
        citations,
        rulesVersion,
        subject,
      });
    }
  });
  return findings;
};
