import type { Finding } from '../eligibility/finding.ts';
import { appError, type FieldError } from '../kernel/errors.ts';
import { err, ok, type Result } from '../kernel/result.ts';
import type { HitStatus } from '../screening/hit-status.ts';

/**
 * The designation gate (issue 8): what must hold before a decision maker may designate a package. One pure
 * function decides; the service loads its input, the decision brief shows its verdict, and `designate` is
 * refused with 409 `designation_blocked` listing every blocker while any remains.
 */

/** Why a designation is blocked, one code per kind of blocker. */
export const DESIGNATION_BLOCKER_CODES = [
  /** an eligibility or export-control finding of severity blocker (the only kind a decision maker may override) */
  'blocker_finding',
  /** a party of the proposal was never screened, or its last screening had no current list */
  'party_not_screened',
  /** a party was screened, but against no list version at all */
  'party_screened_against_no_list',
  /** a party was screened only against list versions older than the program's maximum list age */
  'party_lists_stale',
  /** a screening hit not yet adjudicated by a compliance officer */
  'open_hit',
  /** a screening hit a compliance officer confirmed as a true match */
  'true_match',
  /** fewer submitted reviews than the program's reviewers per proposal */
  'reviews_missing',
  /** a reviewer declared a conflict (recusal) and no program officer waived it */
  'recusal_not_waived',
  /** a computed conflict of interest between an assigned reviewer and the proposal, not waived */
  'conflict_not_waived',
] as const;
export type DesignationBlockerCode = (typeof DESIGNATION_BLOCKER_CODES)[number];

/** What a blocker concerns, so the brief can link to it. */
export type GateObject = {
  type: 'finding' | 'party' | 'hit' | 'reviews' | 'assignment' | 'conflict';
  id: string;
  label: string;
};

export type DesignationBlocker = {
  code: DesignationBlockerCode;
  /** a sentence the decision maker can act on: what is wrong and who can clear it */
  message: string;
  object: GateObject;
  /** only blocker findings may be overridden with a written justification */
  overridable: boolean;
  /** for blocker findings: the finding's code, which an override names */
  findingCode?: string;
};

export type GateFinding = Pick<Finding, 'code' | 'severity' | 'title' | 'explanation'> & {
  subject?: { path: string; label: string } | undefined;
};

export type GateParty = { kind: string; partyKey: string; name: string };

export type GateScreenedParty = GateParty & {
  id: string;
  screeningStatus: 'screened' | 'not_screened';
  screenedAt: string | null;
  lists: readonly { id: string; source: string; asOf: string; ageDays: number }[];
};

export type GateHit = { id: string; partyId: string; status: HitStatus; listName?: string; matchedName?: string };

export type GateAssignment = {
  id: string;
  reviewerName: string;
  certification: string;
  waived: boolean;
};

/** A conflict of interest computed from declared affiliations (issue 8 point 2); none until that computation runs. */
export type GateConflict = { id: string; reviewerName: string; companyName: string; waived: boolean };

export type GateOverride = { findingCode: string; justification: string };

export type DesignationGateInput = {
  /** the eligibility findings at the current rules date */
  findings: readonly GateFinding[];
  /** every party the proposal has now (members, owners, named parties) */
  parties: readonly GateParty[];
  /** the stored screening of those parties, with the list versions of their last screening aged as of now */
  screenedParties: readonly GateScreenedParty[];
  hits: readonly GateHit[];
  maxListAgeDays: number;
  submittedReviews: number;
  requiredReviews: number;
  assignments: readonly GateAssignment[];
  /** the seam for computed conflicts of interest; pass [] where they are not computed */
  conflicts: readonly GateConflict[];
  /** the decision maker's overrides of blocker findings, each with a written justification */
  overrides: readonly GateOverride[];
};

/** A blocker finding the decision maker overrode, with the justification: kept in the decision record. */
export type OverriddenFinding = { findingCode: string; title: string; label: string; justification: string };

export type DesignationVerdict = {
  designatable: boolean;
  /** every blocker that remains after the overrides */
  blockers: DesignationBlocker[];
  overridden: OverriddenFinding[];
};

/** The least a justification of an override says, in characters. */
export const MIN_OVERRIDE_JUSTIFICATION = 20;

/** The finding the gate replaces by its own party blockers (which no override lifts). */
const SCREENING_FINDING = 'party_not_screened';

const partyLabel = (p: GateParty): string => `${p.name} (${p.kind})`;

const findingBlockers = (findings: readonly GateFinding[]): DesignationBlocker[] =>
  findings
    .filter((f) => f.severity === 'blocker' && f.code !== SCREENING_FINDING)
    .map((f) => ({
      code: 'blocker_finding',
      message: `Blocker finding "${f.title}": ${f.explanation} Resolve it with the applicant (return for revision), or override it with a written justification.`,
      object: { type: 'finding', id: f.code, label: f.subject?.label ?? f.title },
      overridable: true,
      findingCode: f.code,
    }));

const screeningBlockers = (input: DesignationGateInput): DesignationBlocker[] => {
  const stored = new Map(input.screenedParties.map((p) => [`${p.kind}|${p.partyKey}`, p]));
  const blockers: DesignationBlocker[] = [];
  for (const party of input.parties) {
    const screened = stored.get(`${party.kind}|${party.partyKey}`);
    const object: GateObject = { type: 'party', id: screened?.id ?? party.partyKey, label: partyLabel(party) };
    if (!screened || screened.screenedAt === null) {
      blockers.push({
        code: 'party_not_screened',
        message: `${partyLabel(party)} has not been screened against the denied-party lists. Load or refresh the lists, or submit the current version, so the party is screened.`,
        object,
        overridable: false,
      });
    } else if (screened.lists.length === 0) {
      blockers.push({
        code: 'party_screened_against_no_list',
        message: `${partyLabel(party)} was screened at ${screened.screenedAt} while no list was loaded. Import the lists; the re-screening clears this.`,
        object,
        overridable: false,
      });
    } else if (
      screened.screeningStatus === 'not_screened' ||
      screened.lists.every((l) => l.ageDays > input.maxListAgeDays)
    ) {
      const lists = screened.lists.map((l) => `${l.source} of ${l.asOf} (${l.ageDays} days old)`).join(', ');
      blockers.push({
        code: 'party_lists_stale',
        message: `${partyLabel(party)} was screened only against lists older than the maximum list age of ${input.maxListAgeDays} days: ${lists}. Refresh the lists; the re-screening clears this.`,
        object,
        overridable: false,
      });
    }
  }
  return blockers;
};

const hitBlockers = (input: DesignationGateInput): DesignationBlocker[] => {
  const parties = new Map(input.screenedParties.map((p) => [p.id, p]));
  return input.hits.flatMap((hit): DesignationBlocker[] => {
    const party = parties.get(hit.partyId);
    const label = `${party ? partyLabel(party) : 'a party'}${hit.listName ? ` on the ${hit.listName}` : ''}${hit.matchedName ? ` as "${hit.matchedName}"` : ''}`;
    if (hit.status === 'open') {
      return [
        {
          code: 'open_hit',
          message: `Screening hit for ${label} awaits a compliance officer's decision (true match or false positive).`,
          object: { type: 'hit', id: hit.id, label },
          overridable: false,
        },
      ];
    }
    if (hit.status === 'true_match') {
      return [
        {
          code: 'true_match',
          message: `A compliance officer confirmed ${label} as a true match on a restricted-party list. A package with a listed party cannot be designated; return it so the consortium removes the party, or decline it.`,
          object: { type: 'hit', id: hit.id, label },
          overridable: false,
        },
      ];
    }
    return [];
  });
};

const reviewBlockers = (input: DesignationGateInput): DesignationBlocker[] =>
  input.submittedReviews >= input.requiredReviews
    ? []
    : [
        {
          code: 'reviews_missing',
          message: `${input.submittedReviews} of the ${input.requiredReviews} reviews the program requires are submitted. Wait for the assigned reviewers, or have the program officer assign more.`,
          object: {
            type: 'reviews',
            id: 'reviews',
            label: `${input.submittedReviews} of ${input.requiredReviews} reviews submitted`,
          },
          overridable: false,
        },
      ];

const conflictBlockers = (input: DesignationGateInput): DesignationBlocker[] => [
  ...input.assignments
    .filter((a) => a.certification === 'recused' && !a.waived)
    .map(
      (a): DesignationBlocker => ({
        code: 'recusal_not_waived',
        message: `${a.reviewerName} declared a conflict of interest and recused; a program officer must waive it with a written reason, or assign another reviewer and remove this assignment.`,
        object: { type: 'assignment', id: a.id, label: a.reviewerName },
        overridable: false,
      }),
    ),
  ...input.conflicts
    .filter((c) => !c.waived)
    .map(
      (c): DesignationBlocker => ({
        code: 'conflict_not_waived',
        message: `${c.reviewerName} has a conflict of interest with ${c.companyName}; a program officer must waive it with a written reason, or replace the reviewer.`,
        object: { type: 'conflict', id: c.id, label: `${c.reviewerName} – ${c.companyName}` },
        overridable: false,
      }),
    ),
];

/**
 * Decides whether a package may be designated: every blocker (findings, screening, hits, reviews, conflicts), with
 * the overrides applied. An override must name a blocker finding present now and give a justification of at least
 * MIN_OVERRIDE_JUSTIFICATION characters; anything else (an unknown code, a screening or hit blocker, a short
 * justification) is invalid input naming the override, since a silent no-op would hide a mistake. Pure.
 */
export const decideDesignationGate = (input: DesignationGateInput): Result<DesignationVerdict> => {
  const findings = findingBlockers(input.findings);
  const invalid: FieldError[] = [];
  const overrideByCode = new Map<string, GateOverride>();
  input.overrides.forEach((o, index) => {
    const path = `overrides.${index}`;
    if (o.findingCode === SCREENING_FINDING) {
      invalid.push({
        path: `${path}.findingCode`,
        message: 'a party not screened cannot be overridden: screen it against current lists',
      });
    } else if (!findings.some((b) => b.findingCode === o.findingCode)) {
      invalid.push({
        path: `${path}.findingCode`,
        message: `no blocker finding "${o.findingCode}" holds on this proposal now`,
      });
    } else if (overrideByCode.has(o.findingCode)) {
      invalid.push({ path: `${path}.findingCode`, message: `"${o.findingCode}" is overridden twice` });
    } else if (o.justification.trim().length < MIN_OVERRIDE_JUSTIFICATION) {
      invalid.push({
        path: `${path}.justification`,
        message: `give a written justification of at least ${MIN_OVERRIDE_JUSTIFICATION} characters`,
      });
    } else {
      overrideByCode.set(o.findingCode, o);
    }
  });
  if (invalid.length > 0) {
    return err(
      appError('invalid_input', 'An override is not valid; each names a blocker finding and justifies it.', invalid),
    );
  }
  const overridden: OverriddenFinding[] = [];
  const remainingFindings = findings.filter((b) => {
    const override = b.findingCode === undefined ? undefined : overrideByCode.get(b.findingCode);
    if (!override) return true;
    overridden.push({
      findingCode: override.findingCode,
      title: input.findings.find((f) => f.code === override.findingCode)?.title ?? override.findingCode,
      label: b.object.label,
      justification: override.justification.trim(),
    });
    return false;
  });
  const blockers = [
    ...remainingFindings,
    ...screeningBlockers(input),
    ...hitBlockers(input),
    ...reviewBlockers(input),
    ...conflictBlockers(input),
  ];
  return ok({ designatable: blockers.length === 0, blockers, overridden });
};
