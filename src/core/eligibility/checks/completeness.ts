import { LAYER_KEYS, LAYER_TITLES } from '../../package/proposal.schema.ts';
import type { Check } from '../check-context.ts';
import type { Finding } from '../finding.ts';
import { citationOfProgramRule, PROGRAM_RULES } from '../program-rules.ts';

/** Five layers with at least one item each, exactly one anchor, at least one target, members registered. */
export const checkCompleteness: Check = ({ content, members, companies, rulesVersion }) => {
  const findings: Finding[] = [];
  const layers = [citationOfProgramRule(PROGRAM_RULES.fiveLayers)];
  const consortium = [citationOfProgramRule(PROGRAM_RULES.consortium)];
  for (const key of LAYER_KEYS) {
    if (content.layers[key].length === 0) {
      findings.push({
        code: 'layer_missing',
        severity: 'blocker',
        title: `Layer missing: ${LAYER_TITLES[key]}`,
        explanation: `A full-stack package has five layers, each with at least one item; "${LAYER_TITLES[key]}" has none.`,
        citations: layers,
        rulesVersion,
        subject: { path: `content.layers.${key}`, label: LAYER_TITLES[key] },
      });
    }
  }
  const anchors = members.filter((m) => m.role === 'anchor');
  if (anchors.length !== 1) {
    findings.push({
      code: anchors.length === 0 ? 'anchor_missing' : 'anchor_not_unique',
      severity: 'blocker',
      title: anchors.length === 0 ? 'No anchor member' : 'More than one anchor member',
      explanation: `A consortium has exactly one anchor member, who leads and submits; this one has ${anchors.length}.`,
      citations: consortium,
      rulesVersion,
      subject: { path: 'members', label: 'members' },
    });
  }
  if (content.targets.length === 0) {
    findings.push({
      code: 'target_missing',
      severity: 'blocker',
      title: 'No target country',
      explanation: 'A proposal names at least one target country or regional bloc.',
      citations: consortium,
      rulesVersion,
      subject: { path: 'content.targets', label: 'targets' },
    });
  }
  members.forEach((member, index) => {
    if (!companies.has(member.companyId)) {
      findings.push({
        code: 'member_unknown',
        severity: 'blocker',
        title: `Member ${member.companyId} is not among the companies`,
        explanation: `members[${index}] names company "${member.companyId}", which the file does not describe; it cannot be checked.`,
        citations: consortium,
        rulesVersion,
        subject: { path: `members.${index}`, label: member.companyId },
      });
    }
  });
  return findings;
};
