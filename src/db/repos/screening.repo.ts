// The screening repository is split by aggregate: list-versions, list-entries, screened-parties,
// screening-hits, adjudications and alerts (`*.repo.ts` beside this file). This module only re-exports
// what callers outside the services still import from here (the screening and lists routes, the
// list-refresh job test); import the aggregate's repository instead, and delete this file once nothing does.
export type { AdjudicationRecord } from './adjudications.repo.ts';
export { type ListVersionRecord, listListVersions } from './list-versions.repo.ts';
export type { ScreenedPartyRecord } from './screened-parties.repo.ts';
export type { HitListItem } from './screening-hits.repo.ts';
