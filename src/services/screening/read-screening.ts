import { can } from '../../core/accounts/permissions.ts';
import type { Actor } from '../../core/accounts/roles.ts';
import { ok, type Result } from '../../core/kernel/result.ts';
import type { AlertStatus } from '../../core/screening/alert-status.ts';
import { hitListDetails } from '../../core/screening/hit-list-details.ts';
import type { HitStatus } from '../../core/screening/hit-status.ts';
import type { ListEntry } from '../../core/screening/lists/list-entry.ts';
import { type AdjudicationRecord, listAdjudications } from '../../db/repos/adjudications.repo.ts';
import { type AlertRecord, listAlerts } from '../../db/repos/alerts.repo.ts';
import { findVersionEntry } from '../../db/repos/list-entries.repo.ts';
import { listListVersions } from '../../db/repos/list-versions.repo.ts';
import {
  findScreenedParty,
  listScreenedParties,
  type ScreenedPartyRecord,
} from '../../db/repos/screened-parties.repo.ts';
import { findHit, type HitListItem, listHits } from '../../db/repos/screening-hits.repo.ts';
import { loadVisibleProposal, notFound, refused } from '../access.ts';
import type { ServiceDeps } from '../service-deps.ts';
import { type AgedListVersion, withListAges } from './list-ages.ts';

/** Hits for the compliance queue, newest first (compliance officers and admins). */
export const listScreeningHits = async (
  deps: Pick<ServiceDeps, 'db'>,
  actor: Actor,
  filter: { status?: HitStatus },
): Promise<Result<HitListItem[]>> => {
  if (!can(actor, 'screening.hits.read')) return refused('screening.hits.read');
  return ok(await listHits(deps.db, filter));
};

export type HitDetail = {
  hit: HitListItem;
  party: ScreenedPartyRecord;
  entry: ListEntry | null;
  adjudications: AdjudicationRecord[];
};

/** One hit with the party and the full list entry side by side, and its decisions (compliance officers, admins). */
export const getScreeningHit = async (
  deps: Pick<ServiceDeps, 'db'>,
  actor: Actor,
  hitId: string,
): Promise<Result<HitDetail>> => {
  if (!can(actor, 'screening.hits.read')) return refused('screening.hits.read');
  const hit = await findHit(deps.db, hitId);
  if (!hit) return notFound('Hit');
  const party = await findScreenedParty(deps.db, hit.partyId);
  if (!party) return notFound('Hit');
  const entry = await findVersionEntry(deps.db, {
    versionId: hit.listVersionId,
    entryId: hit.entryId,
    fingerprint: hit.entryFingerprint,
  });
  return ok({ hit: { ...hit, party }, party, entry, adjudications: await listAdjudications(deps.db, [hit.id]) });
};

export type ProposalScreeningHit = {
  id: string;
  partyId: string;
  /** government roles only (with the matched name and score): applicants never learn which list entry */
  listSource?: string;
  /** readable list name, e.g. "Entity List" (government roles only) */
  listName?: string;
  entryId?: string;
  matchedName?: string;
  score?: number;
  status: HitStatus;
  /** government roles only: the decisions with their reasons */
  adjudications?: AdjudicationRecord[];
};

export type ProposalScreening = {
  /** applicants: without listVersionIds (which lists screened a party is a government matter) */
  parties: (ScreenedPartyRecord | Omit<ScreenedPartyRecord, 'listVersionIds'>)[];
  hits: ProposalScreeningHit[];
  /** government roles only: the list versions the parties were last screened against, with their age as of now */
  lists?: AgedListVersion[];
};

/**
 * A proposal's screened parties and hits, for whoever may see the proposal (404 otherwise). Government roles also
 * get the list versions used, with their age; applicants see each hit's status, never the lists, the entries or
 * the officers' reasons.
 */
export const getProposalScreening = async (
  deps: Pick<ServiceDeps, 'db' | 'clock'>,
  actor: Actor,
  proposalId: string,
): Promise<Result<ProposalScreening>> => {
  const proposal = await loadVisibleProposal(deps.db, actor, proposalId);
  if (!proposal.ok) return proposal;
  const parties = await listScreenedParties(deps.db, { proposalId });
  const hits = await listHits(deps.db, { partyIds: parties.map((p) => p.id) });
  const government = can(actor, 'screening.decisions.read');
  const decisions = government
    ? await listAdjudications(
        deps.db,
        hits.map((h) => h.id),
      )
    : [];
  const versionIds = [...new Set(parties.flatMap((p) => p.listVersionIds))];
  const lists = government
    ? await withListAges(deps.db, await listListVersions(deps.db, { ids: versionIds }), deps.clock())
    : undefined;
  return ok({
    parties: government ? parties : parties.map(({ listVersionIds: _hidden, ...party }) => party),
    ...(lists ? { lists } : {}),
    hits: hits.map((hit) =>
      government
        ? {
            id: hit.id,
            partyId: hit.partyId,
            listSource: hit.listSource,
            listName: hitListDetails(hit).listName,
            entryId: hit.entryId,
            matchedName: hit.matchedName,
            score: hit.score,
            status: hit.status,
            adjudications: decisions.filter((d) => d.hitId === hit.id),
          }
        : { id: hit.id, partyId: hit.partyId, status: hit.status },
    ),
  });
};

/** The alerts inbox (compliance officers, admins): hits on designated proposals and list alerts, open or acknowledged. */
export const listScreeningAlerts = async (
  deps: Pick<ServiceDeps, 'db'>,
  actor: Actor,
  options: { status?: AlertStatus } = {},
): Promise<Result<AlertRecord[]>> => {
  if (!can(actor, 'screening.hits.read')) return refused('screening.hits.read');
  return ok(await listAlerts(deps.db, options));
};
