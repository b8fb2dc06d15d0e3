import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ok, type Result } from '../../core/kernel/result.ts';
import type { ListFormat } from '../../core/screening/lists/list-entry.ts';
import type { ServiceDeps } from '../service-deps.ts';
import { importListVersion } from './import-list-version.ts';

/** A snapshot file: `<source>_<YYYY-MM-DD>.<ext>.gz`, its date the list's asOf (data/lists/README.md). */
const SNAPSHOT_FILE = /^(csl|un)_(\d{4}-\d{2}-\d{2})\.(csv|xml)\.gz$/;

/** The repository's snapshot folder, data/lists/. */
export const DEFAULT_LIST_SNAPSHOTS = fileURLToPath(new URL('../../../data/lists', import.meta.url));

export type ImportedSnapshot = { source: string; asOf: string; file: string; versionId: string; entryCount: number };

/**
 * Imports the dated list snapshots of a folder (the repository's data/lists/: the trade.gov CSL and the UN list)
 * as list versions, by the system, through the ordinary list import (audited, duplicates recognised). The newest
 * file of each source is imported; a folder without snapshots imports nothing.
 */
export const importListSnapshots = async (deps: ServiceDeps, folder: string): Promise<Result<ImportedSnapshot[]>> => {
  const names = (await readdir(folder)).filter((name) => SNAPSHOT_FILE.test(name)).sort();
  const newest = new Map<string, string>();
  for (const name of names) newest.set(SNAPSHOT_FILE.exec(name)![1]!, name);
  const imported: ImportedSnapshot[] = [];
  for (const [source, file] of newest) {
    const asOf = SNAPSHOT_FILE.exec(file)![2]!;
    const result = await importListVersion(deps, null, {
      source,
      format: source as ListFormat,
      path: join(folder, file),
      asOf,
    });
    if (!result.ok) return result;
    const { version } = result.value;
    imported.push({ source, asOf, file, versionId: version.id, entryCount: version.entryCount });
  }
  return ok(imported);
};
