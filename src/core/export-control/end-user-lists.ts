import type { Determination } from './determine.ts';
import type { Reason } from './evaluate-rules.ts';
import { type ReviewPolicy, stricterPolicy } from './review-policy.ts';
import type { Citation } from './rule.ts';

const EAR = 'Export Administration Regulations, 15 CFR';

/** The BIS end-user lists that `determine` and `check` evaluate against named consignees and end users. */
export const END_USER_LIST_KINDS = ['entity_list', 'unverified_list', 'military_end_user_list'] as const;
export type EndUserListKind = (typeof END_USER_LIST_KINDS)[number];

export type EndUserListDefinition = {
  kind: EndUserListKind;
  name: string;
  /** the CSL source code in parentheses, e.g. "EL" in "Entity List (EL) - Bureau of Industry and Security" */
  code: string;
  citation: Citation;
  /** what a listing requires when the entry gives no licence requirement of its own */
  defaultRequirement: string;
  /** the review policy when the entry's own text names none */
  defaultPolicy: ReviewPolicy;
  /** whether a listing by itself requires a licence for the item */
  requiresLicense: 'all_items' | 'supplement_2_items' | 'no';
  /** what the listing does to licence exceptions */
  exceptions: string;
};

/** The lists, as data with their citations. */
export const END_USER_LISTS: Readonly<Record<EndUserListKind, EndUserListDefinition>> = {
  entity_list: {
    kind: 'entity_list',
    name: 'Entity List',
    code: 'EL',
    citation: { source: EAR, section: '744.11 and Supplement No. 4 to part 744' },
    defaultRequirement: 'the licence requirement stated in the entry (15 CFR 744.11)',
    defaultPolicy: 'undetermined',
    requiresLicense: 'all_items',
    exceptions: 'no licence exception may be used unless the entry allows it (15 CFR 744.11(a))',
  },
  unverified_list: {
    kind: 'unverified_list',
    name: 'Unverified List',
    code: 'UVL',
    citation: { source: EAR, section: '744.15 and Supplement No. 6 to part 744' },
    defaultRequirement:
      'no licence by the listing alone; a UVL statement from the party before any export not needing a licence (15 CFR 744.15(b))',
    defaultPolicy: 'none',
    requiresLicense: 'no',
    exceptions: 'no licence exception may be used (15 CFR 744.15(a)(1))',
  },
  military_end_user_list: {
    kind: 'military_end_user_list',
    name: 'Military End-User List',
    code: 'MEU',
    citation: { source: EAR, section: '744.21 and Supplement No. 7 to part 744' },
    defaultRequirement: 'a licence for any item subject to the EAR listed in Supplement No. 2 to part 744',
    defaultPolicy: 'presumption_of_denial',
    requiresLicense: 'supplement_2_items',
    exceptions: 'licence exceptions are limited as 15 CFR 744.21(b) states',
  },
};

/** Which end-user list a screening list entry's source is ("Entity List (EL) - …"), or null for any other list. */
export const endUserListOf = (source: string): EndUserListKind | null => {
  const code = /\(([^()]+)\)/.exec(source)?.[1]?.trim().toUpperCase();
  const lower = source.trim().toLowerCase();
  for (const definition of Object.values(END_USER_LISTS)) {
    if (code === definition.code || lower.startsWith(definition.name.toLowerCase())) return definition.kind;
  }
  if (lower.startsWith('military end user')) return 'military_end_user_list';
  return null;
};

/** The review policy a list entry's policy text names first ("Presumption of denial.", "Case-by-case …"), or null. */
export const reviewPolicyOfText = (text: string | null | undefined): ReviewPolicy | null => {
  if (!text) return null;
  const lower = text.toLowerCase();
  const found = (
    [
      ['policy of denial', 'policy_of_denial'],
      ['presumption of denial', 'presumption_of_denial'],
      ['case-by-case', 'case_by_case'],
      ['case by case', 'case_by_case'],
      ['presumption of approval', 'presumption_of_approval'],
    ] as const
  )
    .map(([words, policy]) => ({ at: lower.indexOf(words), policy }))
    .filter((x) => x.at >= 0)
    .sort((a, b) => a.at - b.at)[0];
  return found?.policy ?? null;
};

/** A named party whose name was screened: an end user or the consignee. */
export type ScreenedEndUser = { role: 'end user' | 'consignee'; name: string; path?: string };

/** One match of a named party on an end-user list, as the screening service found it. */
export type EndUserListHit = {
  party: ScreenedEndUser;
  kind: EndUserListKind;
  entryId: string;
  entryName: string;
  matchedName: string;
  /** the matcher's score, 0–1 */
  score: number;
  /** the list version the entry is in, and its date */
  listVersion: { id: string; source: string; asOf: string };
  licenseRequirement: string | null;
  licensePolicy: string | null;
  federalRegisterNotice: string | null;
  entryUrl: string | null;
  /** 'open': not yet adjudicated; 'true_match': confirmed (false positives are left out by the service) */
  decision: 'open' | 'true_match';
};

/**
 * The end-user list screening passed into `determine` and `check`: the parties screened, the list versions used,
 * and the hits; or 'unavailable' (no list version holding these lists is loaded), which never passes silently.
 */
export type EndUserScreening =
  | {
      status: 'screened';
      parties: ScreenedEndUser[];
      lists: { id: string; source: string; asOf: string }[];
      hits: EndUserListHit[];
    }
  | { status: 'unavailable'; parties: ScreenedEndUser[]; reason: string };

/** What one hit means: the licence requirement and review policy, from the entry where it gives them. */
export const hitEffect = (
  hit: EndUserListHit,
): { requirement: string; policy: ReviewPolicy; policyFromEntry: boolean; definition: EndUserListDefinition } => {
  const definition = END_USER_LISTS[hit.kind];
  const fromEntry = reviewPolicyOfText(hit.licensePolicy);
  return {
    requirement: hit.licenseRequirement ?? definition.defaultRequirement,
    policy: fromEntry ?? definition.defaultPolicy,
    policyFromEntry: fromEntry !== null,
    definition,
  };
};

/** "Entity List entry "X" (id …, score 0.97; list csl as of 2026-07-31, version …)". */
export const describeHit = (hit: EndUserListHit): string => {
  const definition = END_USER_LISTS[hit.kind];
  const matched = hit.matchedName === hit.entryName ? '' : `, matched as "${hit.matchedName}"`;
  const notice = hit.federalRegisterNotice ? `, listed by ${hit.federalRegisterNotice}` : '';
  const decision = hit.decision === 'true_match' ? 'confirmed match' : `possible match, score ${hit.score.toFixed(2)}`;
  return `${definition.name} entry "${hit.entryName}" (entry ${hit.entryId}${matched}${notice}; ${decision}; list ${hit.listVersion.source} as of ${hit.listVersion.asOf}, version ${hit.listVersion.id})`;
};

/** The effect of end-user list hits on a determination of `eccn`. */
export type EndUserEffect = {
  licenseRequired: boolean;
  reviewPolicy: ReviewPolicy;
  reasons: Reason[];
  citations: Citation[];
  /** whether a listing takes licence exceptions away */
  exceptionsBarred: boolean;
};

/**
 * Applies end-user list hits to a determination: an Entity List hit requires a licence for every item subject
 * to the EAR, under the entry's review policy; a Military End-User List hit requires one for items of
 * Supplement No. 2 to part 744 (not in the reference data, so the policy stays undetermined unless the
 * determination already required a licence); an Unverified List hit bars licence exceptions and calls for a UVL
 * statement. 'unavailable' screening leaves the policy undetermined (fail-closed; services refuse first).
 */
export const endUserEffect = (
  screening: EndUserScreening,
  base: { eccn: string; licenseRequired: boolean; reviewPolicy: ReviewPolicy },
): EndUserEffect => {
  let licenseRequired = base.licenseRequired;
  let reviewPolicy = base.reviewPolicy;
  const reasons: Reason[] = [];
  const citations: Citation[] = [];
  let exceptionsBarred = false;
  if (screening.status === 'unavailable') {
    return {
      licenseRequired: true,
      reviewPolicy: stricterPolicy(reviewPolicy, 'undetermined'),
      reasons: [
        {
          ruleId: 'end-user-lists',
          rule: 'End-user lists (Entity, Unverified, MEU)',
          text: `The named parties (${screening.parties.map((p) => p.name).join(', ')}) could not be checked against the Entity List, Unverified List and Military End-User List: ${screening.reason}`,
          citation: END_USER_LISTS.entity_list.citation,
        },
      ],
      citations: [END_USER_LISTS.entity_list.citation],
      exceptionsBarred: true,
    };
  }
  for (const hit of screening.hits) {
    const effect = hitEffect(hit);
    const { definition } = effect;
    let consequence: string;
    if (definition.requiresLicense === 'all_items') {
      licenseRequired = true;
      reviewPolicy = stricterPolicy(reviewPolicy, effect.policy);
      consequence = `licence required: ${effect.requirement}; review policy: ${hit.licensePolicy ?? 'not stated in the entry'}`;
    } else if (definition.requiresLicense === 'supplement_2_items') {
      if (!base.licenseRequired) {
        licenseRequired = true;
        reviewPolicy = stricterPolicy(reviewPolicy, 'undetermined');
        consequence = `licence required for ${base.eccn} if it is listed in Supplement No. 2 to part 744, which the project's reference data does not hold: undetermined; review policy then ${effect.policy.replace(/_/g, ' ')} (15 CFR 744.21(e))`;
      } else {
        reviewPolicy = stricterPolicy(reviewPolicy, effect.policy);
        consequence = `${effect.requirement}; review policy ${effect.policy.replace(/_/g, ' ')} (15 CFR 744.21(e))`;
      }
    } else {
      consequence = effect.requirement;
    }
    exceptionsBarred = true;
    reasons.push({
      ruleId: `end-user-${hit.kind.replace(/_/g, '-')}`,
      rule: definition.name,
      text: `${hit.party.role === 'consignee' ? 'Consignee' : 'End user'} ${hit.party.name} matches ${describeHit(hit)}: ${consequence}; ${definition.exceptions}. (${definition.citation.source} ${definition.citation.section})`,
      citation: definition.citation,
    });
    if (!citations.some((c) => c.section === definition.citation.section)) citations.push(definition.citation);
  }
  return { licenseRequired, reviewPolicy, reasons, citations, exceptionsBarred };
};

/** A determination with the end-user lists applied, and the screening it used. */
export type DeterminationWithEndUsers = Determination & { endUsers: EndUserScreening };

/**
 * A determination with the end-user list screening of its named consignee and end users applied: licence
 * requirement and review policy from the hits, reasons naming each entry and list version, and no possible
 * licence exception left when a listing bars them. Pure; the screening is done by the service and passed in.
 */
export const applyEndUserScreening = (
  determination: Determination,
  screening: EndUserScreening,
): DeterminationWithEndUsers => {
  const effect = endUserEffect(screening, determination);
  const clear =
    screening.status === 'screened' && screening.hits.length === 0 && screening.parties.length > 0
      ? [
          `No match for ${screening.parties.map((p) => p.name).join(', ')} on the Entity List, Unverified List or Military End-User List of ${screening.lists.map((l) => `${l.source} as of ${l.asOf}`).join(', ')}.`,
        ]
      : [];
  const nlr = effect.licenseRequired && !determination.licenseRequired;
  return {
    ...determination,
    licenseRequired: effect.licenseRequired,
    reviewPolicy: effect.reviewPolicy,
    reasons: [...determination.reasons.filter((r) => !(nlr && r.ruleId === 'no-license-required')), ...effect.reasons],
    possibleExceptions: effect.exceptionsBarred ? [] : determination.possibleExceptions,
    citations: [...determination.citations, ...effect.citations],
    notes: [...determination.notes, ...clear],
    endUsers: screening,
  };
};
