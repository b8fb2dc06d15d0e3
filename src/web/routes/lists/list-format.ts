import type { ListVersion } from '../../api/types.ts';

const DAY_MS = 86_400_000;

/** Whole days from a list's as-of date (YYYY-MM-DD or YYYY-MM) to `now`; null when the date cannot be read. */
export const ageInDays = (asOf: string, now: Date): number | null => {
  const day = /^\d{4}-\d{2}$/.test(asOf) ? `${asOf}-01` : asOf.slice(0, 10);
  const time = Date.parse(`${day}T00:00:00Z`);
  if (Number.isNaN(time)) return null;
  return Math.max(0, Math.floor((now.getTime() - time) / DAY_MS));
};

export const formatAge = (days: number | null): string =>
  days === null ? '—' : days === 0 ? 'today' : days === 1 ? '1 day' : `${days} days`;

/** The current version of each source, sorted by source. */
export const currentVersions = (versions: readonly ListVersion[]): ListVersion[] =>
  versions.filter((v) => v.isCurrent).sort((a, b) => a.source.localeCompare(b.source));

/** The version imported just before this one for the same source, the natural base of its diff. */
export const previousVersion = (versions: readonly ListVersion[], version: ListVersion): ListVersion | undefined =>
  versions
    .filter((v) => v.source === version.source && v.id !== version.id && v.importedAt < version.importedAt)
    .sort((a, b) => b.importedAt.localeCompare(a.importedAt))[0];

/** The list format a source name implies (`csl`, `ofac`, `un`, `dpl`, `watchlist:NAME`). */
export const formatOfSource = (source: string): string => source.split(':')[0] ?? source;
