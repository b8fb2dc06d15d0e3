import { ok, type Result } from '../../core/kernel/result.ts';
import { groupHits } from '../../core/screening/hit-groups.ts';
import { screenName } from '../../core/screening/matching/index.ts';
import { findProposal } from '../../db/repos/proposals.repo.ts';
import { type ScreeningStatus, upsertScreenedParty } from '../../db/repos/screened-parties.repo.ts';
import { notFound } from '../access.ts';
import { recordProposalBlockers } from '../eligibility/check-proposal-findings.ts';
import { notify, proposalLabel } from '../notifications/notify.ts';
import { recordAudit } from '../record-audit.ts';
import { inTransaction, type ServiceDeps } from '../service-deps.ts';
import { collectProposalParties } from './collect-proposal-parties.ts';
import { withListAges } from './list-ages.ts';
import { loadCurrentIndex } from './load-current-index.ts';
import { type RecordedHit, recordPartyHits } from './record-party-hits.ts';
import { hitRowsOf } from './screening-index-cache.ts';

export type ProposalScreeningRun = {
  parties: number;
  newHits: number;
  reused: number;
  listVersionIds: string[];
  /** 'not_screened' when no list version was loaded, or only ones older than maxListAgeDays (a blocker) */
  status: ScreeningStatus;
};

/**
 * Screens every party of a proposal against all current list versions and stores the parties and their new
 * hits (decisions reused where they apply), with one audit entry. Run by the `screen-proposal` job. Fail-closed:
 * with no current list version, or only ones older than the program setting maxListAgeDays, every party is
 * recorded as 'not_screened' (a blocker in the proposal's findings), never as screened without hits.
 */
export const screenProposalParties = async (
  deps: ServiceDeps,
  proposalId: string,
): Promise<Result<ProposalScreeningRun>> => {
  const proposal = await findProposal(deps.db, proposalId);
  if (!proposal) return notFound('Proposal');
  const parties = await collectProposalParties(deps.db, proposal);
  const current = await loadCurrentIndex(deps);
  const aged = await withListAges(deps.db, current.versions, deps.clock());
  const status: ScreeningStatus = aged.some((v) => !v.stale) ? 'screened' : 'not_screened';
  const listVersionIds = current.versions.map((v) => v.id);
  const screened = parties.map((party) => ({
    party,
    hits: screenName(current.index, {
      name: party.name,
      type: party.type,
      ...(party.country ? { country: party.country } : {}),
    }),
  }));
  const grouped = screened.map(({ party, hits }) => ({
    party,
    groups: groupHits(hitRowsOf(current.origins, hits)),
  }));
  const screenedRun = await inTransaction(deps.db, async (trx) => {
    const recorded: RecordedHit[] = [];
    for (const { party, groups } of grouped) {
      const stored = await upsertScreenedParty(trx, {
        id: deps.newId(),
        proposalId,
        kind: party.kind,
        partyKey: party.partyKey,
        name: party.name,
        type: party.type,
        country: party.country,
        companyId: party.companyId,
        screeningStatus: status,
        listVersionIds,
        now: deps.clock(),
      });
      recorded.push(...(await recordPartyHits(trx, deps, stored, groups)));
    }
    const open = recorded.filter((r) => r.reusedFrom === null).length;
    if (open > 0) {
      await notify(trx, deps, {
        kind: 'screening_hits',
        title: `${open} new screening ${open === 1 ? 'hit' : 'hits'} on ${proposalLabel(proposal.draft.title)}`,
        body: 'Decide each hit: true match or false positive.',
        link: '/compliance/hits',
        object: { type: 'proposal', id: proposalId },
      });
    }
    const run = {
      parties: parties.length,
      newHits: recorded.length,
      reused: recorded.filter((r) => r.reusedFrom !== null).length,
      listVersionIds,
      status,
    };
    await recordAudit(trx, deps, {
      actor: null,
      action: 'screening.screen_proposal',
      objectType: 'proposal',
      objectId: proposalId,
      summary: run,
    });
    return ok(run);
  });
  if (!screenedRun.ok) return screenedRun;
  // the queue filters and sorts on the blockers as of this screening
  const blockers = await recordProposalBlockers(deps.db, proposalId, deps.clock(), deps.screeningCache);
  return blockers.ok ? screenedRun : blockers;
};
