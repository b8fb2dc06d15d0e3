import type { Citation } from '../export-control/rule.ts';

/** The program's own rules (eligibility), with their citations and effective dates. Data, frozen. */
export type ProgramRule = Citation & { id: string; title: string; effectiveFrom: string; effectiveTo?: string };

const CALL = 'Call for Proposals for Pre-Set Consortia (American AI Exports Program), FR Doc 2026-06952';
const EO = 'Executive Order 14320, Promoting the Export of the American AI Technology Stack (FR Doc 2025-14218)';

export const PROGRAM_RULES = Object.freeze({
  fiveLayers: Object.freeze({
    id: 'five-layers',
    title: 'A full-stack package has five layers',
    source: EO,
    section: '§ 3(b)(i)',
    effectiveFrom: '2025-07-23',
  }),
  consortium: Object.freeze({
    id: 'consortium-anchor-targets',
    title: 'One anchor member; at least one target country',
    source: CALL,
    section: 'eligibility: consortium and proposal contents',
    effectiveFrom: '2025-07-23',
  }),
  countryOfConcern: Object.freeze({
    id: 'country-of-concern',
    title: 'No member located in, or owned or controlled from, a country of concern',
    source: CALL,
    section: 'eligibility: foreign members',
    effectiveFrom: '2025-07-23',
  }),
  controlArithmetic: Object.freeze({
    id: 'control-arithmetic',
    title: 'Aggregate ownership of 50 percent or more (OFAC 50 Percent Rule arithmetic)',
    source: 'OFAC, Revised Guidance on Entities Owned by Persons Whose Property and Interests in Property Are Blocked',
    section: 'Aug. 13, 2014 (aggregation across owners); OFAC FAQs 398 and 401',
    effectiveFrom: '2014-08-13',
  }),
  dataSharing: Object.freeze({
    id: 'data-sharing-jurisdiction',
    title: 'Layer 2–5 providers not based where the law can compel data sharing',
    source: CALL,
    section: 'eligibility: data, software, cybersecurity and application providers',
    effectiveFrom: '2025-07-23',
  }),
  usContent: Object.freeze({
    id: 'us-content',
    title: 'U.S. content of the hardware layer (presumption threshold, configurable)',
    source: CALL,
    section: 'national-interest determination: U.S. content',
    effectiveFrom: '2025-07-23',
  }),
  outboundNotifiable: Object.freeze({
    id: 'outbound-notifiable',
    title: 'Outbound investment: notifiable AI transaction',
    source: 'Outbound investment security program, 31 CFR',
    section: '850.217',
    url: 'https://www.ecfr.gov/current/title-31/subtitle-B/chapter-VIII/part-850',
    effectiveFrom: '2025-01-02',
  }),
  outboundProhibited: Object.freeze({
    id: 'outbound-prohibited',
    title: 'Outbound investment: prohibited AI transaction',
    source: 'Outbound investment security program, 31 CFR',
    section: '850.224',
    url: 'https://www.ecfr.gov/current/title-31/subtitle-B/chapter-VIII/part-850',
    effectiveFrom: '2025-01-02',
  }),
  partyScreening: Object.freeze({
    id: 'party-screening',
    title: 'Every party screened against current denied-party lists before review',
    source: EO,
    section:
      '§ 3(b) (proposals screened for export-control compliance; program rule: lists no older than maxListAgeDays)',
    effectiveFrom: '2025-07-23',
  }),
} satisfies Record<string, ProgramRule>);

export const citationOfProgramRule = (rule: ProgramRule): Citation => ({
  source: rule.source,
  section: rule.section,
  ...(rule.url === undefined ? {} : { url: rule.url }),
});

export const programRuleInForce = (rule: ProgramRule, asOf: string): boolean =>
  rule.effectiveFrom <= asOf && (rule.effectiveTo === undefined || asOf < rule.effectiveTo);
