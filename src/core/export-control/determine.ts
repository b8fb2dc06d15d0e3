import { resolveCountry } from '../kernel/countries.ts';
import { appError } from '../kernel/errors.ts';
import { err, ok, type Result } from '../kernel/result.ts';
import { classifyChip } from './classify-chip.ts';
import { destinationProfile } from './data/destination-profile.ts';
import { ECCN_ENTRIES, findEccnEntry } from './data/eccns.ts';
import { findRegion } from './data/regions.ts';
import { EARLIEST_REFERENCE_DATE } from './dated.ts';
import { normalizeEccn } from './eccn.ts';
import { type Authorization, evaluateRules, type Reason, type TraceEntry } from './evaluate-rules.ts';
import { isIsoDate } from './iso-date.ts';
import type { ReviewPolicy } from './review-policy.ts';
import {
  type AnyRule,
  type Citation,
  type ExemptionFinding,
  type Facts,
  type PossibleException,
  TRANSACTIONS,
  type Transaction,
} from './rule.ts';
import { EXPORT_CONTROL_RULES } from './rule-set.ts';
import { rulesVersionAsOf } from './rules-version.ts';

export type DetermineInput = {
  eccn: string;
  /** ISO code or country name, or a region the EAR treats on its own ("Crimea", "DNR", "LNR") */
  destination: string;
  /** where the buyer or operator is headquartered */
  headquarters?: string;
  /** where its ultimate parent is headquartered */
  ultimateParentHeadquarters?: string;
  /** the consignee's name (exemptions such as the UAE Government or an approved entity are by name) */
  consignee?: string;
  /** export from the United States (default), reexport from abroad, or transfer within a country */
  transaction?: Transaction;
  tpp?: number;
  performanceDensity?: number;
  /** DRAM bandwidth in GB/s */
  memoryBandwidthGBs?: number;
  /** memory bandwidth density in GB/s per mm² (high-bandwidth memory, 3A090.c) */
  memoryBandwidthDensity?: number;
  /** aggregate bidirectional I/O rate in GB/s (the 2022 text of 3A090) */
  ioBandwidthGBs?: number;
  /** designed or marketed for datacenters (Note 2 to 3A090) */
  datacenter?: boolean;
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
  consignee: string | null;
  transaction: Transaction;
  date: string;
  /** the destination's Country Groups on the date (of its governing entry: China's for Hong Kong) */
  destinationGroups: string[];
  /** "undetermined" when the reference data cannot decide (the review policy says why) */
  status: 'determined' | 'undetermined';
  /** true whenever any U.S. authorization is required: a BIS licence or OFAC authorization */
  licenseRequired: boolean;
  reviewPolicy: ReviewPolicy;
  /** whose authorization is required, and by which rules */
  authorizations: Authorization[];
  /** consignee exemptions found: "applies" (the requirement was lifted) or "possible" (verify) */
  exemptions: ExemptionFinding[];
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

const destinationCode = (value: string): Result<string | undefined> => {
  const region = value.trim() === '' ? undefined : findRegion(value);
  return region ? ok(region.code) : code('destination', value);
};

/** Chip figures: a bare 3A090 refined by classifyChip on the date, or paragraphs it is known to fall outside. */
const refineChip = (
  eccn: string,
  input: DetermineInput,
  date: string,
  notes: string[],
): { eccn: string; excluded: Set<string> } => {
  const excluded = new Set<string>();
  if (eccn !== '3A090') return { eccn, excluded };
  if (input.memoryBandwidthDensity === undefined) excluded.add('3A090.c');
  if (input.tpp === undefined) return { eccn, excluded };
  const classified = classifyChip(
    {
      tpp: input.tpp,
      ...(input.performanceDensity === undefined ? {} : { performanceDensity: input.performanceDensity }),
      ...(input.memoryBandwidthDensity === undefined ? {} : { memoryBandwidthDensity: input.memoryBandwidthDensity }),
      ...(input.ioBandwidthGBs === undefined ? {} : { ioBandwidthGBs: input.ioBandwidthGBs }),
      ...(input.datacenter === undefined ? {} : { datacenter: input.datacenter }),
    },
    date,
  );
  if (!classified.ok) return { eccn, excluded };
  const c = classified.value;
  if (c.eccn && c.eccn !== '3A090') {
    notes.push(`3A090 refined to ${c.eccn} from the chip's figures (${c.definition}): ${c.reasons.at(-1)}`);
    return { eccn: c.eccn, excluded };
  }
  if (c.eccn === '3A090') {
    notes.push(`3A090 confirmed from the chip's figures (${c.definition}): ${c.reasons.at(-1)}`);
    return { eccn, excluded };
  }
  if (c.undetermined) {
    notes.push(`3A090 could not be refined (${c.definition}): ${c.reasons.at(-1)}; assumed covered`);
    return { eccn, excluded };
  }
  for (const p of ['3A090', '3A090.a', '3A090.b', '3A090.c']) excluded.add(p);
  notes.push(
    `given as 3A090, but the chip's own figures place it outside 3A090 (${c.definition}): ${c.reasons.join('; ')}; classify it under its own entry (often 3A991 or EAR99)`,
  );
  return { eccn, excluded };
};

/**
 * Export-control determination for one item to one destination on a date: is any U.S. authorization
 * required (a BIS licence or OFAC authorization), under which review policy, why (each reason names its
 * rule and citation), which consignee exemptions and licence exceptions may apply, the rules version and the
 * full trace. Uses only the rules and reference rows in force on the date; a date before the earliest
 * reference table is "undetermined". Pure: the date is passed in.
 */
export const determine = (
  input: DetermineInput,
  date: string,
  options: DetermineOptions = {},
): Result<Determination> => {
  if (!isIsoDate(date)) return err(appError('invalid_input', `date "${date}" must be a calendar date YYYY-MM-DD`));
  const eccnResult = normalizeEccn(input.eccn);
  if (!eccnResult.ok) return eccnResult;
  const destination = destinationCode(input.destination);
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
    ['memoryBandwidthDensity', input.memoryBandwidthDensity],
    ['ioBandwidthGBs', input.ioBandwidthGBs],
  ] as const) {
    if (value !== undefined && !(Number.isFinite(value) && value >= 0)) {
      return err(appError('invalid_input', `${name} must be a number of 0 or more`));
    }
  }
  const transaction = input.transaction ?? 'export';
  if (!TRANSACTIONS.includes(transaction)) {
    return err(appError('invalid_input', `transaction must be one of ${TRANSACTIONS.join(', ')}`));
  }
  const consignee = input.consignee?.trim() ? input.consignee.trim() : undefined;
  if (consignee !== undefined && consignee.length > 300) {
    return err(appError('invalid_input', 'consignee: a name of at most 300 characters'));
  }
  const rules = options.rules ?? EXPORT_CONTROL_RULES;
  const base = {
    destination: destination.value,
    headquarters: hq.value ?? null,
    ultimateParentHeadquarters: parent.value ?? null,
    consignee: consignee ?? null,
    transaction,
    date,
  };

  if (date < EARLIEST_REFERENCE_DATE) {
    const citation: Citation = {
      source: 'aiexports reference data',
      section: `earliest table ${EARLIEST_REFERENCE_DATE}`,
    };
    return ok({
      eccn: eccnResult.value,
      ...base,
      destinationGroups: [],
      status: 'undetermined',
      licenseRequired: true,
      reviewPolicy: 'undetermined',
      authorizations: [],
      exemptions: [],
      reasons: [
        {
          ruleId: 'before-reference-data',
          rule: 'Date before the earliest reference table',
          text: `Undetermined: ${date} is before ${EARLIEST_REFERENCE_DATE}, the earliest date the project's Country Groups, Country Chart and rules are held for; no determination is given for it, and it counts as needing a licence until checked. (${citation.source} ${citation.section})`,
          citation,
        },
      ],
      possibleExceptions: [],
      citations: [citation],
      rulesVersion: 'before-reference-data',
      notes: [],
      trace: [],
    });
  }

  const notes: string[] = [];
  const refined = refineChip(eccnResult.value, input, date, notes);
  const eccn = refined.eccn;
  const facts: Facts = {
    date,
    eccn,
    ...(refined.excluded.size > 0 ? { excludedPatterns: refined.excluded } : {}),
    transaction,
    ...(consignee === undefined ? {} : { consignee }),
    entry: findEccnEntry(eccn, date),
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
  for (const profile of [facts.destination, facts.headquarters, facts.ultimateParentHeadquarters]) {
    for (const caveat of profile?.caveats ?? []) if (!notes.includes(caveat)) notes.push(caveat);
  }
  if (!facts.entry && eccn !== 'EAR99') {
    const later = ECCN_ENTRIES.find(
      (e) => (eccn === e.eccn || eccn.startsWith(`${e.eccn}.`)) && e.effectiveFrom > date,
    );
    notes.push(
      later
        ? `${eccn} did not exist on ${date}: its entry is in force from ${later.effectiveFrom}${later.document ? ` (${later.document})` : ''}; classify the item under the entry in force then — undetermined`
        : `${eccn} is not in the project's ECCN reference data on ${date}`,
    );
  }

  const verdict = evaluateRules(rules, facts, { date, ...(options.switches ? { switches: options.switches } : {}) });
  const reasons = [...verdict.reasons];
  const citations = [...verdict.citations];
  for (const x of verdict.exemptions) {
    notes.push(
      x.status === 'applies'
        ? `Exemption applies under ${x.ruleId}: ${x.detail}`
        : `Exemption possible under ${x.ruleId} (verify): ${x.detail}`,
    );
  }
  if (!verdict.licenseRequired) {
    const citation = eccn === 'EAR99' ? NLR_EAR99 : NLR_CHART;
    reasons.push({
      ruleId: 'no-license-required',
      rule: 'No licence required (NLR)',
      text: `No licence required (NLR): no rule in force on ${date} requires a licence or other U.S. authorization for ${eccn} to ${facts.destination.code}${eccn === 'EAR99' ? ' (EAR99 item)' : ''}, provided no end-use or end-user prohibition (General Prohibitions 4–10) applies. (${citation.source} ${citation.section})`,
      citation,
    });
    citations.push(citation);
  }
  return ok({
    eccn,
    ...base,
    destination: facts.destination.code,
    destinationGroups: [...facts.destination.groups].sort(),
    status: verdict.reviewPolicy === 'undetermined' ? 'undetermined' : 'determined',
    licenseRequired: verdict.licenseRequired,
    reviewPolicy: verdict.reviewPolicy,
    authorizations: verdict.authorizations,
    exemptions: verdict.exemptions,
    reasons,
    possibleExceptions: verdict.possibleExceptions,
    citations,
    rulesVersion: rulesVersionAsOf(rules, date),
    notes,
    trace: verdict.trace,
  });
};
