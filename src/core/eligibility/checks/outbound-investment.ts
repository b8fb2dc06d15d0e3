import type { Check } from '../check-context.ts';
import type { Finding } from '../finding.ts';
import { citationOfProgramRule, PROGRAM_RULES, programRuleInForce } from '../program-rules.ts';

/**
 * Outbound investment (31 CFR 850, from Jan 2, 2025): a model developed by a person of a country of concern
 * and trained with more than 10^25 operations is a prohibited AI transaction; more than 10^23, notifiable.
 */
export const checkOutboundInvestment: Check = ({ content, settings, asOf, rulesVersion }) => {
  const { notifiableAboveOps, prohibitedAboveOps } = settings.outboundInvestment;
  if (!programRuleInForce(PROGRAM_RULES.outboundNotifiable, asOf)) return [];
  const findings: Finding[] = [];
  content.layers.models.forEach((model, index) => {
    if (!settings.countriesOfConcern.includes(model.developerCountry)) return;
    const subject = { path: `content.layers.models.${index}`, label: model.name };
    const ops = model.trainingComputeOps;
    const linked = `${model.name} is developed by ${model.developer} (${model.developerCountry}), a person of a country of concern`;
    if (ops === undefined) {
      findings.push({
        code: 'outbound_investment_compute_unknown',
        severity: 'needs_review',
        title: `Training compute of ${model.name} not given`,
        explanation: `${linked}; without its training compute, the 31 CFR 850 thresholds (${notifiableAboveOps.toExponential()} / ${prohibitedAboveOps.toExponential()} operations) cannot be checked.`,
        citations: [
          citationOfProgramRule(PROGRAM_RULES.outboundNotifiable),
          citationOfProgramRule(PROGRAM_RULES.outboundProhibited),
        ],
        rulesVersion,
        subject,
      });
    } else if (ops > prohibitedAboveOps) {
      findings.push({
        code: 'outbound_investment_prohibited',
        severity: 'blocker',
        title: `PRC-linked model ${model.name} above ${prohibitedAboveOps.toExponential()} operations`,
        explanation: `${linked}, trained with ${ops.toExponential()} operations (> ${prohibitedAboveOps.toExponential()}): U.S. investment in it is a prohibited transaction.`,
        citations: [citationOfProgramRule(PROGRAM_RULES.outboundProhibited)],
        rulesVersion,
        subject,
      });
    } else if (ops > notifiableAboveOps) {
      findings.push({
        code: 'outbound_investment_notifiable',
        severity: 'needs_review',
        title: `PRC-linked model ${model.name} above ${notifiableAboveOps.toExponential()} operations`,
        explanation: `${linked}, trained with ${ops.toExponential()} operations (> ${notifiableAboveOps.toExponential()}): U.S. investment in it is a notifiable transaction (notice to Treasury).`,
        citations: [citationOfProgramRule(PROGRAM_RULES.outboundNotifiable)],
        rulesVersion,
        subject,
      });
    }
  });
  return findings;
};
