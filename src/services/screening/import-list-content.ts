import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { can } from '../../core/accounts/permissions.ts';
import type { Actor } from '../../core/accounts/roles.ts';
import { appError } from '../../core/kernel/errors.ts';
import { err, type Result } from '../../core/kernel/result.ts';
import type { ListFormat } from '../../core/screening/lists/list-entry.ts';
import { refused } from '../access.ts';
import type { ServiceDeps } from '../service-deps.ts';
import { type ImportListResult, importListVersion } from './import-list-version.ts';

const DEFAULT_NAMES: Record<Exclude<ListFormat, 'ofac'>, string> = {
  csl: 'consolidated.csv',
  un: 'consolidated.xml',
  dpl: 'dpl.txt',
  watchlist: 'watchlist.csv',
};

/**
 * Imports a list sent as text (the API's upload): written to a private temporary file and imported like a
 * file. OFAC's set of files is imported from the command line instead.
 */
export const importListContent = async (
  deps: ServiceDeps,
  actor: Actor,
  input: { source: string; format: ListFormat; content: string; fileName?: string; asOf?: string },
): Promise<Result<ImportListResult>> => {
  if (!can(actor, 'lists.import')) return refused('lists.import');
  if (input.format === 'ofac') {
    return err(
      appError('invalid_input', 'OFAC lists are several files: import them with "aiexports lists import".', [
        { path: 'format', message: 'not accepted as text' },
      ]),
    );
  }
  const fallback = DEFAULT_NAMES[input.format];
  const cslJson = input.format === 'csl' && /^\s*[[{]/.test(input.content);
  const name = input.fileName ? basename(input.fileName) : cslJson ? 'consolidated.json' : fallback;
  const folder = await mkdtemp(join(tmpdir(), 'aiex-list-'));
  try {
    const path = join(folder, name);
    await writeFile(path, input.content, 'utf8');
    return await importListVersion(deps, actor, {
      source: input.source,
      format: input.format,
      path,
      fileNames: [name],
      ...(input.asOf ? { asOf: input.asOf } : {}),
    });
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
};
