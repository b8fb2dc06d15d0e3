import type { PartyKind } from '../screening/extract-proposal-parties.ts';
import { scoreNames } from '../screening/matching/index.ts';
import { type AffiliationRelationship, RELATIONSHIP_WORDS } from './reviewer-profile.ts';

/**
 * Conflicts of interest between a reviewer and a proposal (5 CFR 2635.502): a declared affiliation, current or
 * ended within the last 12 months, that names any company in the proposal. One conflicted company conflicts the
 * whole proposal. Names are compared with the screening matcher, so legal forms, case and punctuation do not hide
 * a company ("Atlas Compute Inc" meets "ATLAS COMPUTE, INC.").
 */

/** 5 CFR 2635.502(b)(1)(iv): a person for whom one served as employee, officer, director, consultant… "within the last year". */
export const CONFLICT_LOOKBACK_MONTHS = 12;
export const CONFLICT_RULE = {
  citation: '5 CFR 2635.502',
  effective: '1992-08-07',
  words: 'a covered relationship, current or within the last year, with a party to the matter',
} as const;

/**
 * The least matcher score at which an affiliation names a proposal's company. The same name under another legal
 * form, case or punctuation scores 1; a shared word with another company ("Atlas Compute" / "Atlas Networks")
 * scores about 0.33, a close but different name ("Atlas Compute" / "Atlas Computing") about 0.84.
 */
export const CONFLICT_MATCH_THRESHOLD = 0.85;

export type ConflictAffiliation = {
  id: string;
  companyName: string;
  country: string | null;
  relationship: AffiliationRelationship;
  startDate: string;
  endDate: string | null;
};

export type ConflictParty = { kind: PartyKind; name: string; country: string | null; companyId: string | null };

export type Conflict = {
  affiliationId: string;
  affiliationCompany: string;
  relationship: AffiliationRelationship;
  partyName: string;
  partyKind: PartyKind;
  partyCountry: string | null;
  /** the matcher's score, 0..1 */
  score: number;
  /** why: the matcher's token explanation and the affiliation's dates */
  reason: string;
};

const PARTY_WORDS: Record<PartyKind, string> = {
  member: 'a consortium member',
  owner: 'an owner of a member (ownership graph)',
  operator: 'the operator',
  'end-user': 'a named end user',
  buyer: 'a buyer',
  builder: 'the builder',
};

/** The ISO date `months` months before `date` (YYYY-MM-DD), clamped to the month's last day. */
export const monthsBefore = (date: string, months: number): string => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) - months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = Math.min(d, last);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
};

/**
 * Whether an affiliation counts on `asOf` (YYYY-MM-DD): it has started (or starts: negotiating is forward-looking,
 * so an affiliation dated in the future counts too) and has not ended, or ended on or after the date 12 months
 * before.
 */
export const affiliationCounts = (affiliation: Pick<ConflictAffiliation, 'endDate'>, asOf: string): boolean =>
  affiliation.endDate === null || affiliation.endDate >= monthsBefore(asOf, CONFLICT_LOOKBACK_MONTHS);

/** Scores two company names both ways and keeps the higher (the matcher weighs query and list sides). */
const compare = (a: string, b: string): { score: number; explanation: string } => {
  const ab = scoreNames(a, b, 'company');
  const ba = scoreNames(b, a, 'company');
  return ab.score >= ba.score ? ab : ba;
};

/** Every (affiliation, party) pair that conflicts, with why; empty when the reviewer may review the proposal. */
export const findConflicts = (input: {
  affiliations: readonly ConflictAffiliation[];
  parties: readonly ConflictParty[];
  /** today, YYYY-MM-DD */
  asOf: string;
  threshold?: number;
}): Conflict[] => {
  const threshold = input.threshold ?? CONFLICT_MATCH_THRESHOLD;
  const conflicts: Conflict[] = [];
  for (const affiliation of input.affiliations) {
    if (!affiliationCounts(affiliation, input.asOf)) continue;
    for (const party of input.parties) {
      const { score, explanation } = compare(affiliation.companyName, party.name);
      if (score < threshold) continue;
      const period =
        affiliation.endDate === null
          ? `since ${affiliation.startDate}, continuing`
          : `${affiliation.startDate} to ${affiliation.endDate}, within ${CONFLICT_LOOKBACK_MONTHS} months of ${input.asOf}`;
      conflicts.push({
        affiliationId: affiliation.id,
        affiliationCompany: affiliation.companyName,
        relationship: affiliation.relationship,
        partyName: party.name,
        partyKind: party.kind,
        partyCountry: party.country,
        score,
        reason:
          `Declared ${RELATIONSHIP_WORDS[affiliation.relationship]} with “${affiliation.companyName}” (${period}) ` +
          `names ${PARTY_WORDS[party.kind]}, “${party.name}”: name match ${score.toFixed(2)} (${explanation}); ` +
          `${CONFLICT_RULE.citation}.`,
      });
    }
  }
  return conflicts;
};
