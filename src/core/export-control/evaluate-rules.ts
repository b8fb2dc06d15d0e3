import { EVALUATORS } from './evaluators.ts';
import { type ReviewPolicy, stricterPolicy } from './review-policy.ts';
import type { AnyRule, Citation, Facts, PossibleException, RuleOutcome } from './rule.ts';

export type TraceStatus = 'applied' | 'not-applicable' | 'not-in-force' | 'not-enforced';

/** One line of the trace: which rule was looked at, with what inputs, to what effect. */
export type TraceEntry = {
  ruleId: string;
  kind: string;
  title: string;
  citation: Citation;
  status: TraceStatus;
  detail: string;
  inputs?: Record<string, unknown>;
  effect?: string;
};

/** One reason for the verdict: the rule, in plain words, with its citation. */
export type Reason = { ruleId: string; rule: string; text: string; citation: Citation };

export type Verdict = {
  licenseRequired: boolean;
  reviewPolicy: ReviewPolicy;
  reasons: Reason[];
  possibleExceptions: PossibleException[];
  citations: Citation[];
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

const inForce = (rule: AnyRule, date: string): boolean =>
  rule.effectiveFrom <= date && (rule.effectiveTo === undefined || date < rule.effectiveTo);

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
  for (const rule of rules) {
    const base = { ruleId: rule.id, kind: rule.kind, title: rule.title, citation: citationOf(rule) };
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
    reasons.push({
      ruleId: rule.id,
      rule: rule.title,
      text: `${rule.title}: ${outcome.detail}. ${policyWords}. (${citationText(citation)}${rule.document ? `; ${rule.document}` : ''})`,
      citation,
    });
    cited.set(citationText(citation), citation);
    for (const x of outcome.possibleExceptions ?? []) exceptions.set(x.code, x);
  }
  return {
    licenseRequired: requirements.length > 0,
    reviewPolicy,
    reasons,
    possibleExceptions: [...exceptions.values()],
    citations: [...cited.values()],
    trace,
  };
};
