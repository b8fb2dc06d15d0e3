import { describeHit, END_USER_LISTS, hitEffect } from '../../export-control/end-user-lists.ts';
import type { Check } from '../check-context.ts';
import type { Finding } from '../finding.ts';

const CODES = {
  entity_list: 'end_user_on_entity_list',
  unverified_list: 'end_user_on_unverified_list',
  military_end_user_list: 'end_user_on_military_end_user_list',
} as const;

/**
 * The proposal's end users (and consignees) against the Entity List, Unverified List and Military End-User List,
 * from the screening the service passed in: an Entity List match is a blocker naming the entry, the list
 * version and its date; an MEU match is a blocker when its review policy is one of denial; an Unverified List
 * match needs review (no licence exception, a UVL statement first). Lists unavailable: a blocker (fail-closed).
 * A hit adjudicated a false positive never reaches the check.
 */
export const checkEndUserLists: Check = ({ endUserScreening, rulesVersion }) => {
  if (!endUserScreening || endUserScreening.parties.length === 0) return [];
  if (endUserScreening.status === 'unavailable') {
    return [
      {
        code: 'end_user_lists_unavailable',
        severity: 'blocker',
        title: 'End users not checked against the Entity, Unverified and MEU lists',
        explanation: `${endUserScreening.parties.map((p) => p.name).join(', ')} could not be checked against the Entity List, Unverified List and Military End-User List: ${endUserScreening.reason}`,
        citations: [END_USER_LISTS.entity_list.citation],
        rulesVersion,
        subject: { path: 'content.endUsers', label: 'end users' },
      },
    ];
  }
  return endUserScreening.hits.map((hit): Finding => {
    const { definition, requirement, policy } = hitEffect(hit);
    const denial = policy === 'policy_of_denial' || policy === 'presumption_of_denial';
    const blocker = hit.kind === 'entity_list' || (hit.kind === 'military_end_user_list' && denial);
    const who = hit.party.role === 'consignee' ? 'Consignee' : 'End user';
    return {
      code: CODES[hit.kind],
      severity: blocker ? 'blocker' : 'needs_review',
      title: `${who} ${hit.party.name} is on the ${definition.name}: ${hit.entryName}`,
      explanation: `${who} ${hit.party.name} matches ${describeHit(hit)}. Licence requirement: ${requirement}. Review policy: ${hit.licensePolicy ?? `${policy.replace(/_/g, ' ')} (not stated in the entry)`}. ${definition.exceptions[0]?.toUpperCase()}${definition.exceptions.slice(1)}.${hit.decision === 'open' ? ' A compliance officer adjudicates the match; a false positive clears this finding.' : ''}`,
      citations: [{ ...definition.citation, ...(hit.entryUrl ? { url: hit.entryUrl } : {}) }],
      rulesVersion,
      subject: { path: hit.party.path ?? 'content.endUsers', label: hit.party.name },
    };
  });
};
