import {
  type EndUserListHit,
  type EndUserScreening,
  endUserListOf,
  type ScreenedEndUser,
} from '../../core/export-control/end-user-lists.ts';
import { groupHits } from '../../core/screening/hit-groups.ts';
import { screenName } from '../../core/screening/matching/index.ts';
import { findReusableDecision } from '../../db/repos/adjudications.repo.ts';
import { withListAges } from '../screening/list-ages.ts';
import { loadCurrentIndex } from '../screening/load-current-index.ts';
import { LISTS_UNAVAILABLE_MESSAGE } from '../screening/require-current-index.ts';
import { hitRowsOf } from '../screening/screening-index-cache.ts';
import type { ServiceDeps } from '../service-deps.ts';

/** A named party to screen: its name and role, with a country and, for proposals, its screening party key. */
export type EndUserToScreen = ScreenedEndUser & { country?: string | undefined; partyKey?: string | undefined };

/**
 * Screens named consignees and end users against the Entity List, Unverified List and Military End-User List of
 * the current list versions, with the screening matcher and index (`loadCurrentIndex`): one hit per list entity,
 * with the entry's licence requirement, review policy and Federal Register notice where the list gives them, and
 * the list version and its date. A hit that a compliance officer decided was a false positive for the same party
 * key and entry is left out; a true match is marked so. Fail-closed: 'unavailable' when no current version of
 * the Consolidated Screening List (the list carrying these three) is loaded, or only ones older than the
 * program's maxListAgeDays; never an empty pass.
 */
export const screenEndUsers = async (
  deps: Pick<ServiceDeps, 'db' | 'screeningCache' | 'clock'>,
  parties: readonly EndUserToScreen[],
): Promise<EndUserScreening> => {
  const named = parties.map(({ role, name, path }) => ({ role, name, ...(path ? { path } : {}) }));
  if (parties.length === 0) return { status: 'screened', parties: [], lists: [], hits: [] };
  const current = await loadCurrentIndex(deps);
  const aged = await withListAges(deps.db, current.versions, deps.clock());
  const carrying = aged.filter((v) => v.format === 'csl');
  const fresh = carrying.filter((v) => !v.stale);
  if (fresh.length === 0) {
    const reason =
      carrying.length === 0
        ? `no current version of the Consolidated Screening List (which carries the Entity List, Unverified List and Military End-User List) is loaded. ${LISTS_UNAVAILABLE_MESSAGE}`
        : `the loaded Consolidated Screening List (${carrying.map((v) => `${v.source} as of ${v.asOf}, ${v.ageDays} days old`).join(', ')}) is older than the program's maximum list age of ${carrying[0]?.maxAgeDays} days; refresh it.`;
    return { status: 'unavailable', parties: named, reason };
  }
  const versions = new Map(fresh.map((v) => [v.id, v]));
  const hits: EndUserListHit[] = [];
  for (const [index, party] of parties.entries()) {
    const found = screenName(current.index, {
      name: party.name,
      ...(party.country ? { country: party.country } : {}),
    });
    for (const group of groupHits(hitRowsOf(current.origins, found))) {
      const { entry, versionId, source } = group.best.origin;
      const kind = endUserListOf(entry.source);
      const version = versions.get(versionId);
      if (kind === null || !version) continue;
      let decision: EndUserListHit['decision'] = 'open';
      if (party.partyKey) {
        const decided = await findReusableDecision(deps.db, {
          partyKey: party.partyKey,
          listSource: source,
          entryId: group.entryId,
          fingerprint: group.fingerprint,
          excludeHitId: '',
        });
        if (decided?.decision === 'false_positive') continue;
        if (decided?.decision === 'true_match') decision = 'true_match';
      }
      hits.push({
        party: named[index] ?? { role: party.role, name: party.name },
        kind,
        entryId: group.entryId,
        entryName: group.hit.name,
        matchedName: group.hit.matchedName,
        score: group.hit.score,
        listVersion: { id: version.id, source: version.source, asOf: version.asOf },
        licenseRequirement: entry.licenseRequirement ?? null,
        licensePolicy: entry.licensePolicy ?? null,
        federalRegisterNotice: entry.federalRegisterNotice ?? null,
        entryUrl: group.entryUrl,
        decision,
      });
    }
  }
  return {
    status: 'screened',
    parties: named,
    lists: fresh.map((v) => ({ id: v.id, source: v.source, asOf: v.asOf })),
    hits,
  };
};
