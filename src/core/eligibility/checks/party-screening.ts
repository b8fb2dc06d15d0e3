import type { Check, ScreenedPartyStatus } from '../check-context.ts';
import type { Finding } from '../finding.ts';
import { citationOfProgramRule, PROGRAM_RULES } from '../program-rules.ts';

const why = (party: ScreenedPartyStatus, maxAgeDays: number): string => {
  const at = party.screenedAt ? ` at ${party.screenedAt}` : '';
  if (party.lists.length === 0) return `no screening list was loaded when it was screened${at}`;
  const lists = party.lists.map((l) => `${l.source} as of ${l.asOf} (${l.ageDays} days old)`).join(', ');
  return `it was screened${at} only against lists older than the program's maximum list age of ${maxAgeDays} days: ${lists}`;
};

/**
 * Fail-closed screening: a party of the proposal whose last screening had no current list version, or only ones
 * older than the program setting maxListAgeDays, is "not screened", a blocker naming the lists and their dates.
 * Load or refresh the lists; the delta re-screening of the new version screens the party again.
 */
export const checkPartyScreening: Check = ({ screenedParties, settings, rulesVersion }) =>
  screenedParties
    .filter((party) => party.screeningStatus === 'not_screened')
    .map(
      (party): Finding => ({
        code: 'party_not_screened',
        severity: 'blocker',
        title: `${party.name} not screened against current denied-party lists`,
        explanation: `${party.name} (${party.kind}) is not screened: ${why(party, settings.maxListAgeDays)}. Load or refresh the lists (aiexports lists import, POST /api/v1/lists/import or /api/v1/lists/{source}/refresh); the re-screening of the new version clears this.`,
        citations: [citationOfProgramRule(PROGRAM_RULES.partyScreening)],
        rulesVersion,
        subject: { path: `screening.parties.${party.kind}`, label: party.name },
      }),
    );
