import { hitListDetails } from '../../../core/screening/hit-list-details.ts';
import type { AdjudicationRecord } from '../../../db/repos/adjudications.repo.ts';
import type { AlertRecord } from '../../../db/repos/alerts.repo.ts';
import type { ListVersionRecord } from '../../../db/repos/list-versions.repo.ts';
import type { ScreenedPartyRecord } from '../../../db/repos/screened-parties.repo.ts';
import type { HitListItem } from '../../../db/repos/screening-hits.repo.ts';
import type {
  RefreshRun as RefreshRunRecord,
  SourceSchedule as SourceScheduleRecord,
} from '../../../services/screening/read-list-schedule.ts';
import type { ProposalScreening as ProposalScreeningRecord } from '../../../services/screening/read-screening.ts';
import type {
  Adjudication,
  Hit,
  HitExplanation,
  ListVersion,
  Party,
  ProposalScreening,
  RefreshRun,
  ScreeningAlert,
  SourceSchedule,
} from './screening.schemas.ts';

// Screening records as the wire shows them: dates as ISO strings, only the documented fields.

export const presentParty = (p: ScreenedPartyRecord): Party => ({
  id: p.id,
  proposalId: p.proposalId,
  kind: p.kind,
  name: p.name,
  type: p.type,
  country: p.country,
  companyId: p.companyId,
  screeningStatus: p.screeningStatus,
  listVersionIds: p.listVersionIds,
  screenedAt: p.screenedAt?.toISOString() ?? null,
});

export const presentAdjudication = (a: AdjudicationRecord): Adjudication => ({
  id: a.id,
  decision: a.decision,
  reason: a.reason,
  decidedBy: a.decidedBy,
  decidedAt: a.decidedAt.toISOString(),
  reusedFrom: a.reusedFrom,
});

/** The stored explanation: an object with the matched tokens, or text from older hits. */
const presentExplanation = (explanation: unknown): HitExplanation | string | null =>
  typeof explanation === 'string' || (typeof explanation === 'object' && explanation !== null)
    ? (explanation as HitExplanation | string)
    : null;

export const presentHit = (h: HitListItem): Hit => ({
  ...hitListDetails(h),
  id: h.id,
  party: presentParty(h.party),
  listSource: h.listSource,
  listVersionId: h.listVersionId,
  entryId: h.entryId,
  entryFingerprint: h.entryFingerprint,
  score: h.score,
  matchedName: h.matchedName,
  explanation: presentExplanation(h.explanation),
  status: h.status,
  reusedFrom: h.reusedFrom,
  createdAt: h.createdAt.toISOString(),
});

export const presentProposalScreening = (value: ProposalScreeningRecord): ProposalScreening => ({
  parties: value.parties.map((p) =>
    'listVersionIds' in p
      ? presentParty(p)
      : {
          id: p.id,
          proposalId: p.proposalId,
          kind: p.kind,
          name: p.name,
          type: p.type,
          country: p.country,
          companyId: p.companyId,
          screeningStatus: p.screeningStatus,
          screenedAt: p.screenedAt?.toISOString() ?? null,
        },
  ),
  ...(value.lists
    ? {
        lists: value.lists.map((v) => ({
          id: v.id,
          source: v.source,
          asOf: v.asOf,
          entryCount: v.entryCount,
          isCurrent: v.isCurrent,
          ageDays: v.ageDays,
          stale: v.stale,
          maxAgeDays: v.maxAgeDays,
        })),
      }
    : {}),
  hits: value.hits.map(({ adjudications, ...hit }) => ({
    ...hit,
    ...(adjudications ? { adjudications: adjudications.map(presentAdjudication) } : {}),
  })),
});

export const presentAlert = (a: AlertRecord): ScreeningAlert => ({
  id: a.id,
  kind: a.kind,
  hitId: a.hitId,
  proposalId: a.proposalId,
  listSource: a.listSource,
  listVersionId: a.listVersionId,
  message: a.message,
  createdAt: a.createdAt.toISOString(),
  acknowledgedAt: a.acknowledgedAt?.toISOString() ?? null,
  acknowledgedBy: a.acknowledgedBy,
  acknowledgementNote: a.acknowledgementNote,
});

export const presentListVersion = (
  v: ListVersionRecord & { ageDays?: number; stale?: boolean; maxAgeDays?: number },
): ListVersion => ({
  id: v.id,
  source: v.source,
  format: v.format,
  contentHash: v.contentHash,
  asOf: v.asOf,
  entryCount: v.entryCount,
  importedAt: v.importedAt.toISOString(),
  importedBy: v.importedBy,
  isCurrent: v.isCurrent,
  files: v.files,
  ...(v.ageDays === undefined ? {} : { ageDays: v.ageDays, stale: v.stale ?? false, maxAgeDays: v.maxAgeDays ?? 0 }),
});

const presentRefreshRun = (run: RefreshRunRecord | null): RefreshRun | null =>
  run === null
    ? null
    : {
        ...run,
        createdAt: run.createdAt.toISOString(),
        finishedAt: run.finishedAt?.toISOString() ?? null,
      };

export const presentSourceSchedule = (s: SourceScheduleRecord): SourceSchedule => ({
  source: s.source,
  lastRefresh: presentRefreshRun(s.lastRefresh),
  lastScheduled: presentRefreshRun(s.lastScheduled),
  nextDueAt: s.nextDueAt?.toISOString() ?? null,
  pending: s.pending,
});
