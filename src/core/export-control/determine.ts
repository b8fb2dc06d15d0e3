import { resolveCountry } from '../kernel/countries.ts';
import { appError } from '../kernel/errors.ts';
import { err, ok, type Result } from '../kernel/result.ts';
import { classifyChip } from './classify-chip.ts';
import { destinationProfile } from './data/destination-profile.ts';
import { findEccnEntry } from './data/eccns.ts';
import { normalizeEccn } from './eccn.ts';
import { evaluateRules, type Reason, type TraceEntry } from './evaluate-rules.ts';
import { isIsoDate } from './iso-date.ts';
import type { ReviewPolicy } from './review-policy.ts';
import type { AnyRule, Citation, Facts, PossibleException } from './rule.ts';
import { EXPORT_CONTROL_RULES } from './rule-set.ts';
import { rulesVersionAsOf } from './rules-version.ts';

export type DetermineInput = {
  eccn: string;
  /** ISO code or country name */
  destination: string;
  /** where the buyer or operator is headquartered */
  headquarters?: string;
  /** where its ultimate parent is headquartered */
  ultimateParentHeadquarters?: string;
  tpp?: number;
  performanceDensity?: number;
  /** DRAM bandwidth in GB/s */
  memoryBandwidthGBs?: number;
};

export type DetermineOptions = {
  /** rules to use instead of the project's (tests, what-if) */
  rules?: readonly AnyRule[];
  /** switches for rules in force but not enforced, e.g. { "ai-diffusion": true } */
  switches?: Readonly<Record<string, boolean>>;
};

export type Determination = {
  eccn: string;
  destination: string;
  headquarters: string | null;
  ultimateParentHeadquarters: string | null;
  date: string;
  licenseRequired: boolean;
  reviewPolicy: ReviewPolicy;
  reasons: Reason[];
  possibleExceptions: PossibleException[];
  citations: Citation[];
  rulesVersion: string;
  notes: string[];
  trace: TraceEntry[];
};

const NLR_EAR99: Citation = {
  source: 'Export Administration Regulations, 15 CFR',
  section: '734.3(c) and 738.4(a)(2)(ii)(B)',
};
const NLR_CHART: Citation = { source: 'Export Administration Regulations, 15 CFR', section: '738.4(a)(2)(ii)(B)' };

const code = (field: string, value: string | undefined): Result<string | undefined> => {
  if (value === undefined || value.trim() === '') return ok(undefined);
  const country = resolveCountry(value);
  return country.ok ? ok(country.value.code) : err(appError('invalid_input', `${field}: ${country.error.message}`));
};

/**
 * Export-control determination for one item to one destination on a date: is a licence required, under
 * which review policy, why (each reason names its rule and citation), which exceptions may apply, the
 * rules version and the full trace. Pure: the date is passed in.
 */
export const determine = (
  input: DetermineInput,
  date: string,
  options: DetermineOptions = {},
): Result<Determination> => {
  if (!isIsoDate(date)) return err(appError('invalid_input', `date "${date}" must be a calendar date YYYY-MM-DD`));
  const eccnResult = normalizeEccn(input.eccn);
  if (!eccnResult.ok) return eccnResult;
  const destination = code('destination', input.destination);
  if (!destination.ok) return destination;
  if (destination.value === undefined) return err(appError('invalid_input', 'destination is required'));
  const hq = code('headquarters', input.headquarters);
  if (!hq.ok) return hq;
  const parent = code('ultimateParentHeadquarters', input.ultimateParentHeadquarters);
  if (!parent.ok) return parent;
  for (const [name, value] of [
    ['tpp', input.tpp],
    ['performanceDensity', input.performanceDensity],
    ['memoryBandwidthGBs', input.memoryBandwidthGBs],
  ] as const) {
    if (value !== undefined && !(Number.isFinite(value) && value >= 0)) {
      return err(appError('invalid_input', `${name} must be a number of 0 or more`));
    }
  }

  const notes: string[] = [];
  let eccn = eccnResult.value;
  if (eccn === '3A090' && input.tpp !== undefined && input.performanceDensity !== undefined) {
    const classified = classifyChip({ tpp: input.tpp, performanceDensity: input.performanceDensity });
    if (classified.ok && classified.value.eccn) {
      notes.push(
        `3A090 refined to ${classified.value.eccn} from TPP and performance density: ${classified.value.reasons.at(-1)}`,
      );
      eccn = classified.value.eccn;
    } else if (classified.ok) {
      notes.push(
        'given as 3A090, but TPP and performance density are below the 3A090.a/.b thresholds; check the classification',
      );
    }
  }
  const facts: Facts = {
    eccn,
    entry: findEccnEntry(eccn),
    destination: destinationProfile(destination.value, date),
    ...(hq.value === undefined ? {} : { headquarters: destinationProfile(hq.value, date) }),
    ...(parent.value === undefined ? {} : { ultimateParentHeadquarters: destinationProfile(parent.value, date) }),
    ...(input.tpp === undefined ? {} : { tpp: input.tpp }),
    ...(input.performanceDensity === undefined ? {} : { performanceDensity: input.performanceDensity }),
    ...(input.memoryBandwidthGBs === undefined ? {} : { memoryBandwidthGBs: input.memoryBandwidthGBs }),
  };
  if (facts.destination.governedBy !== facts.destination.code) {
    notes.push(`${facts.destination.code} is governed by the EAR entries for ${facts.destination.governedBy}`);
  }
  notes.push(facts.destination.tablesNote);
  if (!facts.entry && eccn !== 'EAR99') notes.push(`${eccn} is not in the project's ECCN reference data`);

  const rules = options.rules ?? EXPORT_CONTROL_RULES;
  const verdict = evaluateRules(rules, facts, { date, ...(options.switches ? { switches: options.switches } : {}) });
  const reasons = [...verdict.reasons];
  const citations = [...verdict.citations];
  if (!verdict.licenseRequired) {
    const citation = eccn === 'EAR99' ? NLR_EAR99 : NLR_CHART;
    reasons.push({
      ruleId: 'no-license-required',
      rule: 'No licence required (NLR)',
      text: `No licence required (NLR): no rule in force on ${date} requires a licence for ${eccn} to ${facts.destination.code}${eccn === 'EAR99' ? ' (EAR99 item)' : ''}, provided no end-use or end-user prohibition (General Prohibitions 4–10) applies. (${citation.source} ${citation.section})`,
      citation,
    });
    citations.push(citation);
  }
  return ok({
    eccn,
    destination: facts.destination.code,
    headquarters: hq.value ?? null,
    ultimateParentHeadquarters: parent.value ?? null,
    date,
    licenseRequired: verdict.licenseRequired,
    reviewPolicy: verdict.reviewPolicy,
    reasons,
    possibleExceptions: verdict.possibleExceptions,
    citations,
    rulesVersion: rulesVersionAsOf(rules, date),
    notes,
    trace: verdict.trace,
  });
};
