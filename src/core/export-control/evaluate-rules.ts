import { inForceOn } from './dated.ts';
import { EVALUATORS } from './evaluators.ts';
import { type ReviewPolicy, stricterPolicy } from './review-policy.ts';
import type { Agency, AnyRule, Citation, ExemptionFinding, Facts, PossibleException, RuleOutcome } from './rule.ts';

export type TraceStatus = 'applied' | 'not-applicable' | 'not-in-force' | 'not-enforced';

/** One line of the trace: which rule was looked at, with what inputs, to what effect. */
export type TraceEntry = {
  ruleId: string;
  kind: string;
  title: string;
  citation: Citation;
  status: TraceStatus;
  /** shown when the rule is not taken from the Federal Register text */
  confidence?: 'secondary' | 'unverified';
  detail: string;
  inputs?: Record<string, unknown>;
  effect?: string;
};

/** One reason for the verdict: the rule, in plain words, with its citation and whose authorization it needs. */
export type Reason = { ruleId: string; rule: string; text: string; citation: Citation; agency?: Agency };

/** An agency whose authorization is required, and the rules that require it. */
export type Authorization = { agency: Agency; ruleIds: string[]; citations: Citation[] };

export type Verdict = {
  licenseRequired: boolean;
  reviewPolicy: ReviewPolicy;
  reasons: Reason[];
  possibleExceptions: PossibleException[];
  citations: Citation[];
  /** every agency whose authorization is required (BIS licence, OFAC authorization) */
  authorizations: Authorization[];
  /** consignee exemptions the rules found (applied or possible) */
  exemptions: ExemptionFinding[];
  trace: TraceEntry[];
};

export type EvaluateOptions = { date: string; switches?: Readonly<Record<string, boolean>> };

const citations = new WeakMap<AnyRule, Citation>();

/** A rule's citation (built once per rule object). */
export const citationOf = (rule: AnyRule): Citation => {
  let citation = citations.get(rule);
  if (!citation) {
    citation = Object.freeze({
      source: rule.source,
      section: rule.section,
      ...(rule.url === undefined ? {} : { url: rule.url }),
    });
    citations.set(rule, citation);
  }
  return citation;
};

const citationText = (c: Citation): string => `${c.source} ${c.section}`;

const inForce = (rule: AnyRule, date: string): boolean => inForceOn(rule, date);

const CONFIDENCE_MARK = { primary: '', secondary: ' [secondary]', unverified: ' [unverified]' } as const;

const runRule = (rule: AnyRule, facts: Facts): RuleOutcome =>
  (EVALUATORS[rule.kind] as (rule: AnyRule, facts: Facts) => RuleOutcome)(rule, facts);

/**
 * Evaluates every rule in force on the date against the facts, through the kind table, and combines the
 * outcomes: a licence is required if any rule requires one; the review policy is the strictest, after
 * policy rules have set the policy of their family; exceptions and citations are collected, de-duplicated.
 */
export const evaluateRules = (rules: readonly AnyRule[], facts: Facts, options: EvaluateOptions): Verdict => {
  const trace: TraceEntry[] = [];
  const traceById = new Map<string, TraceEntry>();
  const fired: { rule: AnyRule; outcome: RuleOutcome }[] = [];
  const exemptions: ExemptionFinding[] = [];
  for (const rule of rules) {
    const base = {
      ruleId: rule.id,
      kind: rule.kind,
      title: rule.title,
      citation: citationOf(rule),
      ...(rule.confidence && rule.confidence !== 'primary' ? { confidence: rule.confidence } : {}),
    };
    if (!inForce(rule, options.date)) {
      const window = `${rule.effectiveFrom} – ${rule.effectiveTo ?? 'open'}`;
      trace.push({ ...base, status: 'not-in-force', detail: `in force ${window}; not on ${options.date}` });
      continue;
    }
    const enforcement = rule.enforcement;
    if (
      enforcement &&
      enforcement.notEnforcedFrom <= options.date &&
      options.switches?.[enforcement.switchKey] !== true
    ) {
      trace.push({
        ...base,
        status: 'not-enforced',
        detail: `${enforcement.note} (switch "${enforcement.switchKey}" is off)`,
      });
      continue;
    }
    const outcome = runRule(rule, facts);
    const entry: TraceEntry = {
      ...base,
      status: outcome.applies ? 'applied' : 'not-applicable',
      detail: outcome.detail,
      inputs: outcome.inputs,
    };
    trace.push(entry);
    traceById.set(rule.id, entry);
    if (outcome.exemption) exemptions.push(outcome.exemption);
    if (outcome.applies) fired.push({ rule, outcome });
  }

  const overrides = new Map<string, { rule: AnyRule; reviewPolicy: ReviewPolicy }>();
  for (const { rule, outcome } of fired) {
    if (outcome.policyOverride) {
      overrides.set(outcome.policyOverride.family, { rule, reviewPolicy: outcome.policyOverride.reviewPolicy });
    }
  }
  const requirements = fired.filter(({ outcome }) => outcome.licenseRequired === true);
  const usedOverrides = new Set<string>();
  let reviewPolicy: ReviewPolicy = 'none';
  for (const { outcome } of requirements) {
    const override = outcome.family === undefined ? undefined : overrides.get(outcome.family);
    if (override && outcome.family !== undefined) usedOverrides.add(outcome.family);
    reviewPolicy = stricterPolicy(reviewPolicy, override?.reviewPolicy ?? outcome.reviewPolicy ?? 'undetermined');
  }

  const reasons: Reason[] = [];
  const cited = new Map<string, Citation>();
  const exceptions = new Map<string, PossibleException>();
  const authorizations = new Map<Agency, Authorization>();
  for (const { rule, outcome } of fired) {
    const entry = traceById.get(rule.id);
    const isOverride = outcome.policyOverride !== undefined;
    if (isOverride && !usedOverrides.has(outcome.policyOverride?.family ?? '')) {
      if (entry) entry.effect = 'no licence requirement of its family applied; no effect';
      continue;
    }
    if (!isOverride && outcome.licenseRequired !== true) continue;
    const citation = citationOf(rule);
    const policy = isOverride ? outcome.policyOverride?.reviewPolicy : outcome.reviewPolicy;
    const overriddenBy = outcome.family === undefined || isOverride ? undefined : overrides.get(outcome.family)?.rule;
    const policyWords = overriddenBy
      ? `Licence required; review policy set by "${overriddenBy.title}"`
      : `${isOverride ? 'Review policy' : 'Licence required; review policy'}: ${policy?.replace(/_/g, ' ')}`;
    if (entry) entry.effect = isOverride ? `review policy set to ${policy}` : `licence required (${policy})`;
    const agency: Agency = rule.agency ?? 'BIS';
    const who = isOverride ? '' : agency === 'OFAC' ? ' OFAC authorization required.' : '';
    reasons.push({
      ruleId: rule.id,
      rule: rule.title,
      text: `${rule.title}${CONFIDENCE_MARK[rule.confidence ?? 'primary']}: ${outcome.detail}. ${agency === 'OFAC' && !isOverride ? policyWords.replace('Licence required', 'Authorization required') : policyWords}.${who} (${citationText(citation)}${rule.document ? `; ${rule.document}` : ''})`,
      citation,
      ...(isOverride ? {} : { agency }),
    });
    cited.set(citationText(citation), citation);
    if (!isOverride) {
      const authorization = authorizations.get(agency) ?? { agency, ruleIds: [], citations: [] };
      authorization.ruleIds.push(rule.id);
      if (!authorization.citations.some((c) => citationText(c) === citationText(citation))) {
        authorization.citations.push(citation);
      }
      authorizations.set(agency, authorization);
    }
    for (const x of outcome.possibleExceptions ?? []) {
      if (
        inForceOn(
          { effectiveFrom: x.effectiveFrom ?? '0000-01-01', ...(x.effectiveTo ? { effectiveTo: x.effectiveTo } : {}) },
          options.date,
        )
      ) {
        exceptions.set(x.code, x);
      }
    }
  }
  return {
    licenseRequired: requirements.length > 0,
    reviewPolicy,
    reasons,
    possibleExceptions: [...exceptions.values()],
    citations: [...cited.values()],
    authorizations: [...authorizations.values()],
    exemptions,
    trace,
  };
};
